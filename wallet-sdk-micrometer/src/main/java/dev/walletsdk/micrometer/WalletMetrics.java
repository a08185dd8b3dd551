/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.micrometer;

import static java.util.Objects.requireNonNull;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.spi.RequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;

/**
 * Records the Wallet SDK client's calls in a Micrometer {@link MeterRegistry}.
 *
 * <pre>{@code
 * WalletClient wallet = WalletMetrics.create(registry)
 *     .instrument(WalletClient.builder().apiKey(key))
 *     .build();
 * }</pre>
 *
 * <p>Meters, with Micrometer's dot-separated lower-case names (each registry renders them in its
 * own convention, for example {@code wallet_client_requests_seconds} in Prometheus):
 *
 * <ul>
 *   <li>{@value #REQUESTS} — timer of each call, retries and the waits between them included. Tags
 *       {@code operation}, {@code method}, {@code outcome}, {@code status}, {@code exception}.
 *   <li>{@value #ATTEMPTS} — timer of each attempt (one HTTP exchange). The same tags.
 *   <li>{@value #RETRIES} — counter of retries the client decided on. Tags {@code operation},
 *       {@code method}, {@code exception} (the failure being retried).
 *   <li>{@value #FAULTS} — counter of attempts that failed for a reason of the network or the
 *       server rather than of the request. Tags {@code operation}, {@code method}, {@code fault}:
 *       {@code connect_failed}, {@code timeout}, {@code connection_failed}, {@code cancelled} (no
 *       response), {@code invalid_response}, {@code rate_limited} (429) or {@code server_error}
 *       (5xx).
 *   <li>{@value #ACTIVE} — gauge of the calls in flight. Tags {@code operation}, {@code method}.
 * </ul>
 *
 * <p>Tag values are bounded: {@code operation} is the SDK's operation name ({@code
 * "transfers.create"}, never a path with ids); {@code outcome} is {@code SUCCESS}, {@code
 * CLIENT_ERROR} (4xx), {@code SERVER_ERROR} (5xx) or {@code UNKNOWN} (no response, or a response
 * the client refused); {@code status} is the final HTTP status or {@code NONE}; {@code exception}
 * is the simple class name of the failure or {@code none}. Common tags given to {@link
 * #create(MeterRegistry, Iterable)} are added to every meter.
 *
 * <p>Immutable and thread-safe; one instance can instrument any number of clients, which then share
 * their meters. Several instances on one registry share them too, the in-flight gauges included.
 */
public final class WalletMetrics {
  /** Name of the timer of calls. */
  public static final String REQUESTS = "wallet.client.requests";

  /** Name of the timer of attempts. */
  public static final String ATTEMPTS = "wallet.client.attempts";

  /** Name of the counter of retries. */
  public static final String RETRIES = "wallet.client.retries";

  /** Name of the counter of network and server faults. */
  public static final String FAULTS = "wallet.client.faults";

  /** Name of the gauge of calls in flight. */
  public static final String ACTIVE = "wallet.client.requests.active";

  private final MetricsListener listener;

  private WalletMetrics(MetricsListener listener) {
    this.listener = listener;
  }

  /**
   * Creates metrics recorded in a registry.
   *
   * @param registry where the meters are registered
   * @return the metrics
   */
  public static WalletMetrics create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * Creates metrics recorded in a registry with tags added to every meter, for example the
   * partner's tenant or environment. Common tags must have bounded values too.
   *
   * @param registry where the meters are registered
   * @param commonTags tags added to every meter
   * @return the metrics
   */
  public static WalletMetrics create(MeterRegistry registry, Iterable<Tag> commonTags) {
    requireNonNull(registry, "registry");
    return new WalletMetrics(
        new MetricsListener(registry, Tags.of(requireNonNull(commonTags, "commonTags"))));
  }

  /**
   * Adds this instance's {@linkplain #listener() listener} to a client builder.
   *
   * @param builder the builder of the client to measure
   * @return the same builder, for chaining
   */
  public WalletClient.Builder instrument(WalletClient.Builder builder) {
    return requireNonNull(builder, "builder").addListener(listener);
  }

  /**
   * Returns the listener that records the meters, for a builder assembled elsewhere ({@code
   * builder.addListener(metrics.listener())}).
   *
   * @return the listener; the same instance on every call
   */
  public RequestListener listener() {
    return listener;
  }
}
