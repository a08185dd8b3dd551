/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.ApiKey;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.runtime.ControlToken;
import dev.walletsdk.mock.internal.runtime.JournalFile;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.mock.internal.runtime.RequestJournal;
import dev.walletsdk.mock.internal.server.InProcessTransport;
import dev.walletsdk.spi.Transport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Wallet API v1 platform for tests: a real double-entry ledger behind the same protocol as the
 * bank's, with a virtual clock, FX control, fault injection and a control plane.
 *
 * <pre>{@code
 * MockWalletServer mock = MockWalletServer.inProcess();
 * WalletClient wallet = WalletClient.builder()
 *     .transport(mock.transport())
 *     .apiKey(mock.apiKey())
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe: any number of clients may use one mock at once. {@link #start(int)} also serves
 * it over HTTP on a loopback port.
 */
public final class MockWalletServer implements AutoCloseable {
  private final MockRuntime runtime;
  private final MockControl control;
  private final MockLedger ledger;
  private final InProcessTransport transport;

  private MockWalletServer(MockRuntime runtime) {
    this.runtime = runtime;
    this.control = new MockControl(runtime);
    this.ledger = new MockLedger(runtime);
    this.transport = new InProcessTransport(runtime);
  }

  /**
   * Creates an in-process mock with the defaults: a manual clock starting now, seed 0, no journal.
   *
   * @return the mock
   */
  public static MockWalletServer inProcess() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a transport that hands requests to this mock in-process, without sockets.
   *
   * @return the transport; its default base URI is {@code http://localhost}
   */
  public Transport transport() {
    return transport;
  }

  /**
   * Returns the API key of the default partner.
   *
   * @return the key
   */
  public ApiKey apiKey() {
    return ApiKey.of(runtime.defaultApiKey());
  }

  /**
   * Returns the control plane.
   *
   * @return the control plane
   */
  public MockControl control() {
    return control;
  }

  /**
   * Returns the webhooks: endpoints, deliveries, chaos.
   *
   * @return the webhooks
   */
  public MockWebhooks webhooks() {
    return new MockWebhooks(runtime);
  }

  /**
   * Returns the ledger view.
   *
   * @return the ledger
   */
  public MockLedger ledger() {
    return ledger;
  }

  /**
   * Returns the request journal: every Wallet API request this mock received.
   *
   * @return the request journal
   */
  public MockRequests requests() {
    return new MockRequests(runtime.requests());
  }

  /**
   * Checks that the number of Wallet API requests received that match a pattern meets an
   * expectation, as in {@code mock.verify(exactly(2), postRequestedFor("/v1/transfers"))}: the same
   * as {@code requests().verify(count, pattern)}.
   *
   * @param count the expectation; {@link RequestCount#exactly}, {@link RequestCount#atLeast},
   *     {@link RequestCount#atMost} or {@link RequestCount#never}
   * @param pattern the pattern; {@link RequestPattern#postRequestedFor(String)} and its siblings
   * @throws AssertionError if it does not; the message lists the closest requests received
   */
  public void verify(RequestCount count, RequestPattern pattern) {
    requests().verify(count, pattern);
  }

  /**
   * Serves this mock over HTTP on the loopback interface.
   *
   * @param port the port, or 0 for any free one
   * @return the running server; close it to stop serving
   */
  public MockHttpServer start(int port) {
    return MockHttpServer.start(runtime, port);
  }

  /**
   * Serves this mock over HTTPS on the loopback interface.
   *
   * @param port the port, or 0 for any free one
   * @param tls the key and certificate to present, such as {@link MockTls#selfSigned()}
   * @return the running server, whose base URL starts with {@code https://}; close it to stop
   *     serving
   */
  public MockHttpServer start(int port, MockTls tls) {
    return MockHttpServer.start(runtime, port, tls);
  }

  /** Closes the journal file, if any. */
  @Override
  public void close() {
    runtime.close();
  }

  MockRuntime runtime() {
    return runtime;
  }

  /** Configures a {@link MockWalletServer}. */
  public static final class Builder {
    private long seed;
    private @Nullable Instant startAt;
    private boolean followSystemClock;
    private @Nullable Path journal;
    private boolean newJournal;
    private boolean fsyncJournal;
    private @Nullable ControlToken controlToken;
    private int maxRecordedRequests = RequestJournal.DEFAULT_MAX_REQUESTS;
    private int maxRecordedBodyBytes = RequestJournal.DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /**
     * Bounds the request journal ({@link MockWalletServer#requests()}): past either bound the
     * oldest requests are dropped and counted. A body longer than the byte bound is cut to it.
     *
     * @param maxRequests the most requests kept, at least 1; 1,000 unless set
     * @param maxBodyBytes the most body bytes kept, all requests together, 0 or more; 4 MiB unless
     *     set
     * @return this builder
     * @throws IllegalArgumentException if a bound is out of range
     */
    public Builder requestJournal(int maxRequests, int maxBodyBytes) {
      RequestJournal.checkBounds(maxRequests, maxBodyBytes);
      this.maxRecordedRequests = maxRequests;
      this.maxRecordedBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Sets the seed of resource ids and fault probabilities: the same seed and the same requests
     * give the same ids and faults.
     *
     * @param seed the seed; 0 unless set
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Starts the manual clock at a given time instead of now.
     *
     * @param startAt the initial virtual time, from 2000-01-01 to 2100-01-01 (UTC)
     * @return this builder
     * @throws IllegalArgumentException if the time is out of that range
     */
    public Builder startAt(Instant startAt) {
      this.startAt = MockClock.requireInRange(Objects.requireNonNull(startAt, "startAt"));
      this.followSystemClock = false;
      return this;
    }

    /**
     * Makes the virtual clock follow the system clock (plus any advance) instead of standing still.
     *
     * @return this builder
     */
    public Builder followSystemClock() {
      this.followSystemClock = true;
      return this;
    }

    /**
     * Keeps every state change in a journal file, and replays it on start: state survives a
     * restart. A torn last record, from a process killed mid-write, is dropped; an empty or damaged
     * journal, or one another mock holds, refuses to start.
     *
     * @param journal the file; created if absent
     * @return this builder
     */
    public Builder journal(Path journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /**
     * Starts with a new, empty journal even if the file exists: its records are discarded.
     *
     * @return this builder
     */
    public Builder newJournal() {
      this.newJournal = true;
      return this;
    }

    /**
     * Forces every journal record to disk before its response is sent, so that a machine crash (not
     * only a killed process) loses nothing acknowledged. Off unless set: slower writes.
     *
     * @param fsync whether to force every record
     * @return this builder
     */
    public Builder fsyncJournal(boolean fsync) {
      this.fsyncJournal = fsync;
      return this;
    }

    /**
     * Makes every control-plane request over HTTP ({@code /_mock/}) carry a token in the {@code
     * Mock-Control-Token} header, for a mock shared by several people or machines. The token is
     * compared in constant time and never logged or printed.
     *
     * @param token 16 to 256 visible ASCII characters, no spaces
     * @return this builder
     * @throws IllegalArgumentException if the token is too short, too long or has other characters
     */
    public Builder controlToken(String token) {
      this.controlToken = ControlToken.of(Objects.requireNonNull(token, "token"));
      return this;
    }

    /**
     * Builds the mock, replaying its journal if it has one.
     *
     * @return the mock
     */
    public MockWalletServer build() {
      return new MockWalletServer(
          MockRuntime.start(
              new MockRuntime.Settings(
                  seed,
                  startAt,
                  followSystemClock,
                  journal,
                  new JournalFile.Options(newJournal, fsyncJournal),
                  controlToken,
                  maxRecordedRequests,
                  maxRecordedBodyBytes)));
    }
  }
}
