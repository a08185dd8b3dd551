/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.control.ControlPlane;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.engine.PrivacyService;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.mock.internal.http.ApiServer;
import dev.walletsdk.mock.internal.security.PlatformSecurity;
import dev.walletsdk.mock.internal.view.EventViews;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The running mock: the current engine with its API and control plane, composed with the log of
 * every command that changed state ({@link CommandLog}, kept in memory and in a journal file when
 * one is configured), {@link Snapshots}, faults ({@link FaultedExchange}) and webhooks. A snapshot
 * is a position in the log; restoring one rebuilds the engine by replaying the log up to it, so
 * replay is exercised on every restore.
 *
 * <p>Thread-safe: requests share the engine; a restore waits for them and then swaps the engine.
 */
public final class MockRuntime implements AutoCloseable {
  /**
   * How to start.
   *
   * @param seed the seed of resource ids and fault probabilities
   * @param startAt where a manual clock starts, or {@code null} for now
   * @param followSystemClock whether the clock follows the system clock instead of standing still
   * @param journal the journal file, or {@code null} to keep state in memory only
   * @param journalOptions whether to start a new journal and whether to force every record
   * @param controlToken the token every control-plane request must carry, or {@code null} for none
   * @param maxRecordedRequests the most API requests the request journal keeps
   * @param maxRecordedBodyBytes the most body bytes the request journal keeps, all requests
   *     together
   */
  public record Settings(
      long seed,
      @Nullable Instant startAt,
      boolean followSystemClock,
      @Nullable Path journal,
      JournalFile.Options journalOptions,
      @Nullable ControlToken controlToken,
      int maxRecordedRequests,
      int maxRecordedBodyBytes) {
    /**
     * How to start, with the default journal options and no control token.
     *
     * @param seed the seed of resource ids and fault probabilities
     * @param startAt where a manual clock starts, or {@code null} for now
     * @param followSystemClock whether the clock follows the system clock
     * @param journal the journal file, or {@code null} to keep state in memory only
     */
    public Settings(
        long seed, @Nullable Instant startAt, boolean followSystemClock, @Nullable Path journal) {
      this(
          seed,
          startAt,
          followSystemClock,
          journal,
          JournalFile.Options.DEFAULTS,
          null,
          RequestJournal.DEFAULT_MAX_REQUESTS,
          RequestJournal.DEFAULT_MAX_BODY_BYTES);
    }
  }

  /** The merchant every mock has from the start. */
  public static final String DEMO_MERCHANT = "mer_demo";

  private static final Pattern ERASURE_PATH = Pattern.compile("^/v1/wallets/([^/]+)/erasure$");

  /** The commands that set a new mock up: the default partner and the demo merchant. */
  private static final int SETUP_COMMANDS = 2;

  private final Settings settings;
  private final long seed;
  private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
  private final CommandLog log;
  private final DataKeys keys;
  private final PersonalData personal;
  private int walletsRecorded;
  private final Snapshots snapshots;
  private final Faults faults;
  private final ControlHttp controlHttp;
  private final RequestGuard guard;
  private final PlatformSecurity security;
  private final Clock virtualClock;
  private final WebhookDispatcher webhooks;
  private volatile Instance instance;
  private volatile Runnable beforeExecute = () -> {};
  private final AtomicLong apiRequests = new AtomicLong();
  private final RequestJournal requests;

  private MockRuntime(Settings settings, @Nullable JournalFile journal, DataKeys keys) {
    this.settings = settings;
    this.keys = keys;
    this.personal = new PersonalData(keys);
    this.requests =
        new RequestJournal(settings.maxRecordedRequests(), settings.maxRecordedBodyBytes());
    this.log = new CommandLog(journal, personal);
    this.seed = journal == null ? settings.seed() : journal.seed();
    this.faults = new Faults(seed);
    this.virtualClock =
        new CurrentEngineClock(
            () -> instance == null ? null : instance.engine().clock(),
            settings.startAt() != null ? settings.startAt() : Instant.now());
    this.security =
        PlatformSecurity.create(
            seed,
            virtualClock,
            keyId ->
                instance
                    .engine()
                    .signingKey(keyId)
                    .map(
                        k ->
                            new PlatformSecurity.PartnerKeys.Registered(
                                k.partnerId(), k.publicKey())));
    this.instance = newInstance();
    instance.replay(log.openedUpTo(log.size()));
    this.walletsRecorded = instance.engine().walletCount();
    // An erasure recorded just before a crash may not have destroyed its key yet.
    for (var wallet : instance.engine().wallets()) {
      if (wallet.erasedAt() != null) {
        keys.destroy(wallet.id());
      }
    }
    if (log.size() == 0) {
      createPartner("default");
      control(
          "merchant.register",
          MockJson.object().put("merchantId", DEMO_MERCHANT).put("name", "Demo Merchant"));
    }
    this.webhooks = new WebhookDispatcher(() -> instance.engine().clock().now(), seed);
    instance.deliverEventsTo(webhooks).eraseRequestsIn(requests);
    this.snapshots = new Snapshots(log, SETUP_COMMANDS, this::newInstance);
    if (log.size() < SETUP_COMMANDS
        || !(log.get(0) instanceof Command.Control first && first.op().equals("partner.create"))) {
      throw new IllegalStateException("the journal does not start with the mock's setup");
    }
    this.controlHttp = new ControlHttp(this);
    this.guard = new RequestGuard(settings.controlToken());
  }

  /**
   * Starts a runtime, replaying its journal if it has one.
   *
   * @param settings how to start
   * @return the runtime
   * @throws IllegalStateException if the journal is held by another mock, empty or damaged
   */
  public static MockRuntime start(Settings settings) {
    JournalFile journal =
        settings.journal() == null
            ? null
            : JournalFile.open(settings.journal(), settings.seed(), settings.journalOptions());
    try {
      DataKeys keys =
          journal == null
              ? DataKeys.inMemory()
              : DataKeys.open(DataKeys.fileOf(settings.journal()), journal.commands().isEmpty());
      return new MockRuntime(settings, journal, keys);
    } catch (RuntimeException e) {
      if (journal != null) {
        try {
          journal.close();
        } catch (RuntimeException closing) {
          e.addSuppressed(closing);
        }
      }
      throw e;
    }
  }

  private Instance newInstance() {
    MockClock clock =
        settings.followSystemClock()
            ? MockClock.following(Clock.systemUTC())
            : MockClock.manual(
                settings.startAt() != null
                    ? settings.startAt()
                    : Instant.now().truncatedTo(ChronoUnit.SECONDS));
    Engine engine = new Engine(clock, seed, EventViews::render);
    Services services =
        Services.of(
            engine,
            (pointer, envelope) ->
                StandIns.isEnvelope(envelope)
                    ? StandIns.plainFor(pointer)
                    : security.decrypt(pointer, envelope),
            security::withReceipt,
            security);
    ApiServer api = new ApiServer(engine, services, this::recordInLine, security);
    api.beforeExecute(() -> beforeExecute.run());
    api.afterRecord(this::awaitJournal);
    ControlPlane control = new ControlPlane(engine, services, this::record);
    return new Instance(engine, api, control);
  }

  private void record(Command command) {
    log.append(sealed(command));
    afterRecorded(command);
  }

  /** As {@link #record}, but the journal writes the command once its writer waits for it. */
  private void recordInLine(Command command) {
    log.appendInLine(sealed(command));
    afterRecorded(command);
  }

  /** The command with its personal data sealed under its holder's key; under the engine's lock. */
  private Command sealed(Command command) {
    Engine engine = engine();
    int walletsBefore = walletsRecorded;
    Command sealed =
        personal.seal(command, log.size(), () -> Holders.of(command, engine, walletsBefore));
    walletsRecorded = engine.walletCount();
    return sealed;
  }

  /**
   * After an erasure, destroys the holder's data key, which shreds every copy of their personal
   * data the journal holds, and drops their personal data from webhook deliveries still queued.
   */
  private void afterRecorded(Command command) {
    if (command instanceof Command.Api api && api.method().equals("POST")) {
      Matcher erasure = ERASURE_PATH.matcher(api.path());
      if (erasure.matches()) {
        String walletId = erasure.group(1);
        boolean erased =
            engine().wallet(walletId).map(wallet -> wallet.erasedAt() != null).orElse(false);
        if (erased) {
          keys.destroy(walletId);
          if (webhooks != null) {
            webhooks.rewritePending(event -> PrivacyService.scrubbed(event, walletId));
          }
        }
      }
    }
  }

  /** Waits, outside the engine's lock, until the journal holds every command recorded so far. */
  private void awaitJournal() {
    log.awaitDurable();
  }

  /**
   * Returns the API key of the first partner, the default one.
   *
   * @return the key
   */
  public String defaultApiKey() {
    return ((Command.Control) log.get(0)).args().get("apiKey").asText();
  }

  /**
   * Creates a partner with a new API key; journaled.
   *
   * @param name the partner's name
   * @return the partner id and API key
   */
  public ObjectNode createPartner(String name) {
    ObjectNode args = MockJson.object();
    args.put("name", name);
    args.put("apiKey", engine().ids().secret("sk_test_"));
    ObjectNode result = (ObjectNode) control("partner.create", args);
    result.put("apiKey", args.get("apiKey").asText());
    return result;
  }

  /**
   * Answers one request, with faults applied to Wallet API routes.
   *
   * @param request the request
   * @return what the transport must do
   */
  public Exchange exchange(TransportRequest request) {
    // An opaque URI ("urn:x") has no path; it matches no route and gets a 404 like any other.
    String path = Objects.requireNonNullElse(request.uri().getRawPath(), "");
    if (ConsolePage.handles(path)) {
      // The page holds no state, so no token; a browser loads it by navigating, without one.
      return new Exchange.Respond(
          RequestGuard.foreignOrigin(request)
              .map(ControlHttp::problem)
              .orElseGet(() -> ConsolePage.serve(request)),
          Duration.ZERO);
    }
    if (path.startsWith("/_mock/")) {
      Optional<ApiProblem> refusal = guard.controlRefusal(request);
      // Control operations take the locks they need; restoring a snapshot needs the write lock.
      return new Exchange.Respond(
          refusal.map(ControlHttp::problem).orElseGet(() -> controlHttp.handle(request)),
          Duration.ZERO);
    }
    apiRequests.incrementAndGet();
    Instant receivedAt = virtualClock.instant();
    Optional<Fault> fault;
    Exchange outcome;
    swap.readLock().lock();
    try {
      fault = path.startsWith("/v1/") ? faults.pick(request.method(), path) : Optional.empty();
      outcome =
          fault
              .map(f -> FaultedExchange.of(f, request, r -> instance.api().handle(r)))
              .orElseGet(() -> new Exchange.Respond(instance.api().handle(request), Duration.ZERO));
    } finally {
      swap.readLock().unlock();
    }
    record(request, receivedAt, outcome, fault.map(Fault::kind).orElse(null));
    return outcome;
  }

  private void record(
      TransportRequest request, Instant receivedAt, Exchange outcome, Fault.@Nullable Kind fault) {
    TransportResponse answer = null;
    if (outcome instanceof Exchange.Respond respond) {
      answer = respond.response();
    } else if (outcome instanceof Exchange.Truncate truncate) {
      answer = truncate.response();
    }
    // A response lost to a fault still names the wallets the request created or touched.
    TransportResponse named = outcome instanceof Exchange.Drop drop ? drop.discarded() : answer;
    requests.record(
        request,
        receivedAt,
        answer == null ? 0 : answer.status(),
        fault,
        named == null ? new byte[0] : named.body());
  }

  /**
   * Returns the journal of Wallet API requests received.
   *
   * @return the request journal
   */
  public RequestJournal requests() {
    return requests;
  }

  /**
   * Answers one request that came over the network: as {@link #exchange}, once its {@code Host}
   * names this server by a loopback name and port (a browser tricked by DNS rebinding sends the
   * attacker's host name).
   *
   * @param request the request
   * @param port the port the server listens on
   * @return what the transport must do
   */
  public Exchange exchangeFromNetwork(TransportRequest request, int port) {
    return RequestGuard.foreignHost(request, port)
        .<Exchange>map(problem -> new Exchange.Respond(ControlHttp.problem(problem), Duration.ZERO))
        .orElseGet(() -> exchange(request));
  }

  /**
   * Applies a journaled control operation.
   *
   * @param op the operation
   * @param args its arguments
   * @return its result
   */
  public JsonNode control(String op, JsonNode args) {
    swap.readLock().lock();
    try {
      return instance.control().apply(op, args);
    } finally {
      swap.readLock().unlock();
    }
  }

  /**
   * Lists transaction-monitoring rules.
   *
   * @param partnerId the partner, or {@code null} for every partner's
   * @return {@code {"rules": [...]}}
   */
  public JsonNode riskRules(@Nullable String partnerId) {
    swap.readLock().lock();
    try {
      return instance.control().riskRules(partnerId);
    } finally {
      swap.readLock().unlock();
    }
  }

  /**
   * Reads the state under the engine's lock.
   *
   * @param reader reads the engine
   * @param <T> the result type
   * @return what it read
   */
  public <T> T read(Function<Engine, T> reader) {
    swap.readLock().lock();
    try {
      Engine engine = instance.engine();
      return engine.locked(() -> reader.apply(engine));
    } finally {
      swap.readLock().unlock();
    }
  }

  private Engine engine() {
    return instance.engine();
  }

  /**
   * Marks the current state.
   *
   * @return the snapshot: the number of commands applied so far
   */
  public int snapshot() {
    return read(engine -> snapshots.position());
  }

  /**
   * Returns to a snapshot: the engine is rebuilt from the commands before it.
   *
   * @param position a value returned by {@link #snapshot()}
   * @throws IllegalArgumentException if the position is not a snapshot of this state
   */
  public void restore(int position) {
    swap.writeLock().lock();
    try {
      instance = snapshots.restore(position).deliverEventsTo(webhooks).eraseRequestsIn(requests);
    } finally {
      swap.writeLock().unlock();
    }
  }

  /** Returns to the state right after start: only the default partner remains. */
  public void reset() {
    restore(snapshots.earliest());
  }

  /**
   * Rebuilds a fresh engine from the whole log and returns it, leaving the running one alone: the
   * check that replay reproduces the state.
   *
   * @return the replayed engine
   */
  public Engine replayed() {
    swap.writeLock().lock();
    try {
      return snapshots.replayed().engine();
    } finally {
      swap.writeLock().unlock();
    }
  }

  /**
   * Returns the webhook dispatcher.
   *
   * @return the dispatcher
   */
  public WebhookDispatcher webhooks() {
    return webhooks;
  }

  /**
   * Returns the platform's keys.
   *
   * @return the key material and checks
   */
  public PlatformSecurity security() {
    return security;
  }

  /**
   * Adds a fault.
   *
   * @param fault the fault
   */
  public void inject(Fault fault) {
    faults.add(fault);
  }

  /** Removes every fault. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Returns how many times each kind of fault fired.
   *
   * @return counts by kind
   */
  public Map<Fault.Kind, Integer> firedFaults() {
    return faults.fired();
  }

  /**
   * Returns how many Wallet API requests reached the mock.
   *
   * @return the count, faulted ones included
   */
  public long apiRequests() {
    return apiRequests.get();
  }

  /**
   * Returns the active faults.
   *
   * @return the faults, in matching order
   */
  public List<Fault> faults() {
    return faults.list();
  }

  /**
   * Sets what runs between accepting a write's idempotency key and executing it (tests use it to
   * hold a request in flight).
   *
   * @param hook runs outside the engine's lock
   */
  public void beforeExecute(Runnable hook) {
    this.beforeExecute = hook;
  }

  /**
   * Returns the virtual time of the current engine as a {@link Clock}, in UTC.
   *
   * @return the clock, which follows clock changes and snapshot restores
   */
  public Clock clock() {
    return virtualClock;
  }

  /**
   * Returns the journal's seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /** Closes the journal file, if any. */
  @Override
  public void close() {
    if (log.journaled()) {
      swap.writeLock().lock();
      try {
        log.close();
      } finally {
        swap.writeLock().unlock();
      }
    }
  }

  /**
   * Returns the answer to a request whose body is larger than any the mock reads.
   *
   * @return a {@code 413 payload_too_large} problem
   */
  public static TransportResponse bodyTooLarge() {
    return ControlHttp.problem(
        ApiProblem.of(413, "payload_too_large", "Payload too large", "the body exceeds 1 MiB"));
  }
}
