/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.TransportException;
import dev.walletsdk.TransportException.Kind;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.Headers;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which transport failures the retry loop may retry. Every POST the pipeline prepares carries a
 * key, so a POST without one is built here directly.
 */
class RetryDecisionTest {
  private static final URI URI = java.net.URI.create("http://127.0.0.1/v1/transfers");

  private static Prepared prepared(String method, @Nullable String key) {
    return new Prepared(
        CallInfo.of("c0ffee01", "transfers.create", method, URI, key),
        method,
        URI,
        Headers.empty(),
        null);
  }

  private static TransportException failure(Kind kind) {
    return new TransportException("failed", kind, null);
  }

  @Test
  void postWithoutKeyIsNotRetriedAfterReadTimeout() {
    assertThat(Pipeline.mayRetry(failure(Kind.TIMEOUT), prepared("POST", null))).isFalse();
  }

  @Test
  void postWithoutKeyIsNotRetriedAfterBrokenConnection() {
    assertThat(Pipeline.mayRetry(failure(Kind.CONNECTION_FAILED), prepared("POST", null)))
        .isFalse();
  }

  @Test
  void postWithoutKeyIsRetriedWhenItCouldNotConnect() {
    assertThat(Pipeline.mayRetry(failure(Kind.CONNECT_FAILED), prepared("POST", null))).isTrue();
  }

  @Test
  void postWithKeyIsRetriedAfterReadTimeout() {
    assertThat(Pipeline.mayRetry(failure(Kind.TIMEOUT), prepared("POST", "key-1"))).isTrue();
  }

  @Test
  void getIsRetriedAfterReadTimeout() {
    assertThat(Pipeline.mayRetry(failure(Kind.TIMEOUT), prepared("GET", null))).isTrue();
  }

  @Test
  void cancelledCallIsNeverRetried() {
    assertThat(Pipeline.mayRetry(failure(Kind.CANCELLED), prepared("GET", null))).isFalse();
  }
}
