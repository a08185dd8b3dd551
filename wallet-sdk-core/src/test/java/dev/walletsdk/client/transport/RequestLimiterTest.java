/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.client.internal.transport.RequestLimiter;
import dev.walletsdk.client.support.Conditions;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The SDK's request limits: per host, in all, and what a request that gets no slot sees. */
class RequestLimiterTest {
  private static TransportRequest get(String uri, Duration timeout) {
    return TransportRequest.builder().method("GET").uri(URI.create(uri)).timeout(timeout).build();
  }

  private static final TransportRequest TO_A = get("https://a.test/v1/x", Duration.ofSeconds(5));
  private static final TransportRequest TO_B =
      get("https://b.test:8443/v1/x", Duration.ofSeconds(5));

  @Test
  void requestToAnotherHostIsNotHeldByTheLimitPerHost() {
    RequestLimiter limiter =
        RequestLimiter.of(ConnectionPooling.defaults().withMaxRequestsPerHost(1));

    RequestLimiter.Slot held = limiter.acquire(TO_A);
    RequestLimiter.Slot other = limiter.acquire(TO_B);

    assertThat(limiter.waiting()).isZero();
    other.close();
    held.close();
  }

  @Test
  void limitInAllHoldsRequestsToEveryHost() {
    RequestLimiter limiter = RequestLimiter.of(ConnectionPooling.defaults().withMaxRequests(1));
    RequestLimiter.Slot held = limiter.acquire(TO_A);

    CompletableFuture<RequestLimiter.Slot> waiting =
        CompletableFuture.supplyAsync(() -> limiter.acquire(TO_B));
    Conditions.await("the request to b.test waiting", () -> limiter.waiting() == 1);
    assertThat(waiting).isNotDone();
    held.close();

    waiting.join().close();
    assertThat(limiter.waiting()).isZero();
  }

  @Test
  void requestThatGetsNoSlotWithinItsTimeoutFailsNotSent() {
    RequestLimiter limiter =
        RequestLimiter.of(ConnectionPooling.defaults().withMaxRequestsPerHost(1));
    TransportRequest impatient = get("https://a.test/v1/y", Duration.ofMillis(1));

    RequestLimiter.Slot held = limiter.acquire(TO_A);
    TransportException e =
        catchThrowableOfType(TransportException.class, () -> limiter.acquire(impatient));

    assertThat(e)
        .hasMessage(
            "no request slot freed in time for GET https://a.test/v1/y (maxRequestsPerHost 1"
                + " to a.test already running); the request was not sent");
    assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
    assertThat(e.mayHaveBeenApplied()).isFalse();
    held.close();
  }

  @Test
  void slotIsFreedWhenTheLimitInAllRefusesAfterTheLimitPerHostGranted() {
    RequestLimiter limiter =
        RequestLimiter.of(
            ConnectionPooling.defaults().withMaxRequestsPerHost(1).withMaxRequests(1));
    RequestLimiter.Slot held = limiter.acquire(TO_B);

    catchThrowableOfType(
        TransportException.class,
        () -> limiter.acquire(get("https://a.test/v1/y", Duration.ofMillis(1))));
    held.close();

    limiter.acquire(TO_A).close();
    assertThat(limiter.waiting()).isZero();
  }
}
