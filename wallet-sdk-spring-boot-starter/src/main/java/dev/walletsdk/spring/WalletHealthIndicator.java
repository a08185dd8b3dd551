/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether the wallet platform answers: one {@code GET /v1/keys} (the server's public keys:
 * small, read-only, needs only the API key), one attempt without retries, bounded by a timeout.
 *
 * <p>{@code UP} with {@code serverKeys} (how many keys the platform publishes); {@code DOWN} with
 * {@code error} (the SDK's stable error code, such as {@code transport_error} or {@code
 * authentication_failed}) and {@code httpStatus} (0 when no response arrived). Never reports the
 * URL, the API key or a server message. Thread-safe.
 */
public final class WalletHealthIndicator implements HealthIndicator {
  private final WalletClient probe;

  /**
   * Creates the indicator.
   *
   * @param client the application's client; the check uses a view of it with one attempt and {@code
   *     timeout} as connect, read and call timeout
   * @param timeout the longest a check may take, positive
   */
  public WalletHealthIndicator(WalletClient client, Duration timeout) {
    Objects.requireNonNull(client, "client");
    Timeouts bounded = Timeouts.of(timeout, timeout, timeout);
    this.probe = client.withOptions(o -> o.timeouts(bounded).retries(RetryPolicy.none()));
  }

  @Override
  public Health health() {
    try {
      int keys = probe.keys().list().size();
      return Health.up().withDetail("serverKeys", keys).build();
    } catch (WalletException e) {
      return Health.down()
          .withDetail("error", e.code())
          .withDetail("httpStatus", e.httpStatus())
          .build();
    }
  }
}
