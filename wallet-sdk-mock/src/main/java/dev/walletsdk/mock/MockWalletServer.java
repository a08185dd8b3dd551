package dev.walletsdk.mock;

import dev.walletsdk.ApiKey;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.http.ApiServer;
import dev.walletsdk.mock.internal.server.InProcessTransport;
import dev.walletsdk.spi.Transport;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Wallet API v1 platform for tests: a real double-entry ledger behind the same protocol as the
 * bank's, with a virtual clock and a control plane.
 *
 * <pre>{@code
 * MockWalletServer mock = MockWalletServer.inProcess();
 * WalletClient wallet = WalletClient.builder()
 *     .transport(mock.transport())
 *     .apiKey(mock.apiKey())
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe: any number of clients may use one mock at once.
 */
public final class MockWalletServer implements AutoCloseable {
  private final Engine engine;
  private final ApiServer api;
  private final ApiKey apiKey;
  private final MockControl control;
  private final MockLedger ledger;
  private final InProcessTransport transport;

  private MockWalletServer(Builder builder) {
    MockClock clock =
        builder.followSystemClock
            ? MockClock.following(Clock.systemUTC())
            : MockClock.manual(
                builder.startAt != null
                    ? builder.startAt
                    : Instant.now().truncatedTo(ChronoUnit.SECONDS));
    this.engine = new Engine(clock, builder.seed);
    this.api = new ApiServer(engine);
    Partner partner = engine.locked(() -> engine.addPartner("default"));
    this.apiKey = ApiKey.of(engine.locked(() -> engine.issueApiKey(partner)));
    this.control = new MockControl(engine, new WalletService(engine), partner);
    this.ledger = new MockLedger(engine);
    this.transport = new InProcessTransport(api);
  }

  /**
   * Creates an in-process mock with the defaults: a manual clock starting now, seed 0.
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
    return apiKey;
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
   * Returns the ledger view.
   *
   * @return the ledger
   */
  public MockLedger ledger() {
    return ledger;
  }

  /** Releases the mock; the in-process mock holds no resources beyond memory. */
  @Override
  public void close() {}

  /** Configures a {@link MockWalletServer}. */
  public static final class Builder {
    private long seed;
    private @Nullable Instant startAt;
    private boolean followSystemClock;

    private Builder() {}

    /**
     * Sets the seed of resource ids: the same seed and the same requests give the same ids.
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
     * @param startAt the initial virtual time
     * @return this builder
     */
    public Builder startAt(Instant startAt) {
      this.startAt = Objects.requireNonNull(startAt, "startAt");
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
     * Builds the mock.
     *
     * @return the mock
     */
    public MockWalletServer build() {
      return new MockWalletServer(this);
    }
  }
}
