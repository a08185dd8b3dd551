/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.RateLimitedException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exactly-once money movement under faults: N transfers and payments from several threads through
 * the SDK over loopback HTTP, with both transports, while the mock injects seeded faults of every
 * kind into about 30% of API requests. Afterwards the journal and the balances must account for
 * every call exactly.
 *
 * <p>{@code -Dchaos.n} sets N per transport (2,000 by default; the {@code chaos} profile runs
 * 100,000); {@code -Dchaos.transports=jdk} runs one transport. Each run writes its numbers to
 * {@code target/reliability/chaos-<transport>.properties} for docs/reliability.md.
 */
class ChaosRunTest {
  private static final int N = Integer.getInteger("chaos.n", 2_000);
  private static final int THREADS = 8;
  private static final int WALLETS = 16;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(200);
  private static final Duration DELAY = Duration.ofMillis(250);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(3);
  private static final int ITEMS_PER_BATCH = 25;

  /**
   * Six faults, one of each kind, matched in order: each fires with the probability that makes it
   * about 5% of all requests (0.05, then 0.05 / 0.95, ...), about 30% together.
   */
  static List<Fault> faults() {
    List<Fault> faults =
        List.of(
            Fault.resetBeforeProcessing(),
            Fault.dropResponseAfterCommit(),
            Fault.delay(DELAY),
            Fault.serverError(503),
            Fault.rateLimited(RETRY_AFTER),
            Fault.truncatedBody());
    List<Fault> chained = new ArrayList<>();
    for (int i = 0; i < faults.size(); i++) {
      chained.add(faults.get(i).withProbability(0.05 / (1 - 0.05 * i)));
    }
    return chained;
  }

  /** Checks that every wait after a 429 is the announced Retry-After, and counts retries. */
  static final class RetryAudit implements RequestListener {
    final Map<String, AtomicInteger> retriesByCause = new ConcurrentHashMap<>();
    final List<String> violations = new CopyOnWriteArrayList<>();

    @Override
    public void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
      retriesByCause
          .computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger())
          .incrementAndGet();
      if (cause instanceof RateLimitedException && !delay.equals(RETRY_AFTER)) {
        violations.add(call.idempotencyKey() + " waited " + delay + " after a 429");
      }
    }
  }

  /**
   * Each configuration on each transport; {@code -Dchaos.configs} and {@code -Dchaos.transports}
   * choose.
   */
  static Stream<Arguments> runs() {
    List<String> configs =
        List.of(System.getProperty("chaos.configs", "plain,secure,risk,tiers").split(","));
    List<String> transports =
        List.of(System.getProperty("chaos.transports", "okhttp,jdk").split(","));
    return Stream.of("plain", "secure", "risk", "tiers")
        .filter(configs::contains)
        .flatMap(
            config ->
                Stream.of("okhttp", "jdk")
                    // Tiers change what the ledger computes, not what the transport carries: one
                    // transport proves them and keeps the suite short.
                    .filter(t -> !config.equals("tiers") || t.equals("jdk"))
                    .filter(transports::contains)
                    .map(transport -> Arguments.of(config, transport)));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("runs")
  void nothingIsLostOrDoubledUnderFaults(String config, String transportName) throws Exception {
    boolean secure = config.equals("secure");
    boolean risk = config.equals("risk");
    boolean tiers = config.equals("tiers");
    try (MockWalletServer mock = MockWalletServer.builder().seed(7).build();
        MockHttpServer server = mock.start(0);
        Transport transport = Workload.transport(transportName)) {
      List<Duration> waits = new CopyOnWriteArrayList<>();
      RetryAudit audit = new RetryAudit();
      SecureConfiguration security =
          new SecureConfiguration(mock.control().clock(), mock.control()::advanceClock);
      WalletClient.Builder builder =
          WalletClient.builder()
              .baseUrl(server.baseUrl().toString())
              .transport(transport)
              .apiKey(mock.apiKey())
              .timeouts(Timeouts.of(Duration.ofSeconds(2), READ_TIMEOUT, Duration.ofSeconds(60)))
              .retries(RetryPolicy.defaults())
              .sleeper(waits::add)
              .addListener(audit);
      if (secure) {
        List<ServerKey> serverKeys;
        try (WalletClient bootstrap = builder.build()) {
          serverKeys = bootstrap.keys().list();
        }
        // From here on the platform refuses this partner's unsigned requests.
        security.registered(
            mock.control()
                .registerSigningKey(mock.control().defaultPartner(), security.publicKey()),
            serverKeys);
        security.apply(builder);
      }
      try (WalletClient client = builder.build()) {
        List<WalletId> wallets = new ArrayList<>();
        for (int i = 0; i < WALLETS; i++) {
          WalletId wallet = SecureConfiguration.openWallet(client, "Chaos", i, secure);
          mock.control().fund(wallet, Workload.FUNDING_EUR);
          mock.control().fund(wallet, Workload.FUNDING_USD);
          if (secure || risk) {
            security.enrolled(wallet, mock.control().enrollTotp(wallet));
          }
          if (secure) {
            SecureConfiguration.STEP_UP_THRESHOLDS.forEach(
                threshold -> mock.control().setStepUpThreshold(wallet, threshold));
          }
          wallets.add(wallet);
        }
        Workload.POINTS_PER_UNIT.forEach(mock.control()::setRewardsEarnRule);
        String prefix =
            (secure ? "chaos-secure-" : risk ? "chaos-risk-" : tiers ? "chaos-tiers-" : "chaos-")
                + transportName;
        Workload workload =
            new Workload(wallets, mock.control().demoMerchant(), N, 42, prefix, secure);
        if (risk) {
          RiskRules.apply(mock.control(), workload);
        }
        if (tiers) {
          TierRules.apply(mock.control());
          workload.withTiers();
        }
        Map<WalletId, WalletClient> perWallet = new HashMap<>();
        for (WalletId wallet : wallets) {
          perWallet.put(
              wallet,
              secure || risk
                  ? client.withOptions(o -> o.stepUpHandler(security.authenticator(wallet)))
                  : client);
        }
        long requestsBefore = mock.control().apiRequests();
        faults().forEach(mock.control()::injectFault);

        long started = System.nanoTime();
        workload.run(op -> perWallet.get(op.from()), THREADS);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        mock.control().clearFaults();
        long requests = mock.control().apiRequests() - requestsBefore;
        Map<Fault.Kind, Integer> fired = mock.control().firedFaults();
        int faultsFired = fired.values().stream().mapToInt(Integer::intValue).sum();
        int succeeded = workload.succeeded();
        Map<String, Integer> failures = workload.failuresByCode();
        BiFunction<WalletId, CurrencyCode, Money> pending =
            (wallet, currency) -> client.balances().get(wallet, currency).pending();

        Workload.Verdict verdict =
            workload.verify(
                JournalView.parse(mock.ledger().exportJournal()),
                mock.control()::balance,
                mock.control()::rewardsPoints,
                pending);
        assertThat(mock.ledger().audit().violations()).isEmpty();
        assertThat(audit.violations).isEmpty();
        assertThat(fired.keySet()).containsExactlyInAnyOrder(Fault.Kind.values());
        assertThat((double) faultsFired / requests).isBetween(0.2, 0.4);
        assertThat(waits).contains(RETRY_AFTER);
        // Four attempts each, so a call fails only when about four faults in a row hit it.
        assertThat(succeeded).as("failures by code: %s", failures).isGreaterThan(N * 95 / 100);

        // A failed call is found again by its idempotency key: sent again without faults, it
        // either replays what was committed or is applied now — once, either way.
        workload.reconcile(op -> perWallet.get(op.from()));
        Workload.Verdict reconciled =
            workload.verify(
                JournalView.parse(mock.ledger().exportJournal()),
                mock.control()::balance,
                mock.control()::rewardsPoints,
                pending);
        assertThat(reconciled.failedAndAbsent() + reconciled.failedButApplied()).isZero();
        assertThat(mock.ledger().audit().violations()).isEmpty();
        if (risk) {
          assertThat(JournalView.parse(mock.ledger().exportJournal()).heldForReview())
              .as("money still held for review after reconciling")
              .isZero();
          assertThat(workload.reviewed()).as("calls held for review and released").isPositive();
          assertThat(RiskRules.stepUps(client)).as("calls stepped up by velocity").isPositive();
        }
        if (tiers) {
          Map<WalletId, List<String>> expected = workload.expectedTierChanges();
          assertThat(TierRules.changes(client)).as("tier changes announced").isEqualTo(expected);
          assertThat(
                  expected.values().stream()
                      .filter(c -> c.contains("SILVER->GOLD") || c.contains("STANDARD->GOLD"))
                      .count())
              .as("wallets that reached gold")
              .isPositive();
          System.out.println(prefix + " tier changes: " + expected);
        }

        report(
            prefix,
            elapsedMs,
            requests,
            fired,
            faultsFired,
            succeeded,
            failures,
            verdict,
            audit,
            mock.ledger().audit().violations().size(),
            security.clockSteps(),
            workload.reviewed());
      }
    }
  }

  /**
   * Batch payouts under the same faults: {@code -Dchaos.batches} batches (160 by default) of 25
   * items from four business wallets, each sent twice with its key while faults are on and once
   * more without; one payee is closed and one payer has a per-transaction limit, so some items
   * fail. Every answer of a batch must be the same, every item reported paid must be in the journal
   * exactly once, no failed item may have moved money, and the balances must add up.
   */
  @ParameterizedTest(name = "batch payouts over {0}")
  @MethodSource("transports")
  void batchPayoutsAreNeitherLostNorDoubledUnderFaults(String transportName) throws Exception {
    int batches = Integer.getInteger("chaos.batches", 160);
    try (MockWalletServer mock = MockWalletServer.builder().seed(11).build();
        MockHttpServer server = mock.start(0);
        Transport transport = Workload.transport(transportName)) {
      RetryAudit audit = new RetryAudit();
      List<Duration> waits = new CopyOnWriteArrayList<>();
      try (WalletClient client =
          WalletClient.builder()
              .baseUrl(server.baseUrl().toString())
              .transport(transport)
              .apiKey(mock.apiKey())
              .timeouts(Timeouts.of(Duration.ofSeconds(2), READ_TIMEOUT, Duration.ofSeconds(60)))
              .retries(RetryPolicy.defaults())
              .sleeper(waits::add)
              .addListener(audit)
              .build()) {
        Money funding = Money.of("100000.00", "EUR");
        List<WalletId> payers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          WalletId payer = mock.control().openBusinessWallet("Payer " + i, CurrencyCode.EUR);
          mock.control().fund(payer, funding);
          payers.add(payer);
        }
        mock.control().setLimits(payers.get(3), CurrencyCode.EUR, Money.of("8.00", "EUR"), null);
        List<WalletId> payees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          payees.add(mock.control().openWallet("Payee " + i, CurrencyCode.EUR));
        }
        mock.control().setWalletStatus(payees.get(5), dev.walletsdk.model.WalletStatus.CLOSED);
        BatchWorkload workload =
            new BatchWorkload(payers, payees, batches, ITEMS_PER_BATCH, "chaos-" + transportName);
        long requestsBefore = mock.control().apiRequests();
        faults().forEach(mock.control()::injectFault);

        workload.send(client, 2, 4);

        mock.control().clearFaults();
        long requests = mock.control().apiRequests() - requestsBefore;
        Map<Fault.Kind, Integer> fired = mock.control().firedFaults();
        int faultsFired = fired.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> failures = workload.failuresByCode();
        workload.send(client, 1, 4);
        BatchWorkload.Verdict verdict =
            workload.verify(client, JournalView.parse(mock.ledger().exportJournal()));
        long payersHold = 0;
        for (WalletId payer : payers) {
          payersHold += mock.control().balance(payer, CurrencyCode.EUR).minorUnits();
        }
        long payeesHold = 0;
        for (WalletId payee : payees) {
          payeesHold += mock.control().balance(payee, CurrencyCode.EUR).minorUnits();
        }

        assertThat(verdict.batchesAnswered()).isEqualTo(batches);
        assertThat(verdict.batchesDiffering()).isZero();
        assertThat(verdict.items()).isEqualTo(batches * ITEMS_PER_BATCH);
        assertThat(verdict.duplicates()).isZero();
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.phantom()).isZero();
        assertThat(verdict.paid()).isPositive();
        assertThat(verdict.failed()).isPositive();
        assertThat(payeesHold).isEqualTo(verdict.paidMinor());
        assertThat(payersHold).isEqualTo(4 * funding.minorUnits() - verdict.paidMinor());
        assertThat(mock.ledger().audit().violations()).isEmpty();
        assertThat(audit.violations).isEmpty();
        assertThat(faultsFired).isPositive();

        StringBuilder out = new StringBuilder();
        out.append("run=chaos-batches-").append(transportName).append('\n');
        out.append("batches=").append(batches).append('\n');
        out.append("sends=").append(workload.sends()).append('\n');
        out.append("requestsUnderFaults=").append(requests).append('\n');
        out.append("faults=").append(faultsFired).append('\n');
        fired.forEach(
            (kind, count) ->
                out.append("fault.").append(kind).append('=').append(count).append('\n'));
        failures.forEach(
            (code, count) ->
                out.append("failure.").append(code).append('=').append(count).append('\n'));
        out.append("items=").append(verdict.items()).append('\n');
        out.append("itemsPaid=").append(verdict.paid()).append('\n');
        out.append("itemsFailed=").append(verdict.failed()).append('\n');
        out.append("duplicates=").append(verdict.duplicates()).append('\n');
        out.append("lost=").append(verdict.lost()).append('\n');
        out.append("phantom=").append(verdict.phantom()).append('\n');
        out.append("auditViolations=").append(mock.ledger().audit().violations().size());
        out.append('\n');
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("chaos-batches-" + transportName + ".properties"), out);
        System.out.print(out);
      }
    }
  }

  /** The transports {@code -Dchaos.transports} chooses. */
  static Stream<String> transports() {
    List<String> transports =
        List.of(System.getProperty("chaos.transports", "okhttp,jdk").split(","));
    return Stream.of("okhttp", "jdk").filter(transports::contains);
  }

  private static void report(
      String run,
      long elapsedMs,
      long requests,
      Map<Fault.Kind, Integer> fired,
      int faultsFired,
      int succeeded,
      Map<String, Integer> failures,
      Workload.Verdict verdict,
      RetryAudit audit,
      int auditViolations,
      int clockSteps,
      int reviewed)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("run=").append(run).append('\n');
    out.append("calls=").append(N).append('\n');
    out.append("threads=").append(THREADS).append('\n');
    out.append("elapsedMs=").append(elapsedMs).append('\n');
    out.append("requests=").append(requests).append('\n');
    out.append("faults=").append(faultsFired).append('\n');
    for (Fault.Kind kind : Fault.Kind.values()) {
      out.append("fault.")
          .append(kind)
          .append('=')
          .append(fired.getOrDefault(kind, 0))
          .append('\n');
    }
    out.append("succeeded=").append(succeeded).append('\n');
    out.append("failed=").append(N - succeeded).append('\n');
    out.append("failedButApplied=").append(verdict.failedButApplied()).append('\n');
    out.append("failedAndAbsent=").append(verdict.failedAndAbsent()).append('\n');
    failures.forEach(
        (code, count) ->
            out.append("failure.").append(code).append('=').append(count).append('\n'));
    audit.retriesByCause.forEach(
        (cause, count) ->
            out.append("retry.").append(cause).append('=').append(count).append('\n'));
    out.append("duplicates=").append(verdict.duplicates()).append('\n');
    out.append("lost=").append(verdict.lost()).append('\n');
    out.append("auditViolations=").append(auditViolations).append('\n');
    out.append("stepUpClockSteps=").append(clockSteps).append('\n');
    out.append("reviewedAndReleased=").append(reviewed).append('\n');
    Path dir = Path.of("target", "reliability");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(run + ".properties"), out);
    System.out.print(out);
  }
}
