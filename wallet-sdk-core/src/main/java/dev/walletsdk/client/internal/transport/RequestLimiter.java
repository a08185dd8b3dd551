/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Bounds the requests a transport runs at once, per host and in all. Both transports send with a
 * blocking call, which OkHttp's dispatcher limits do not count, so the SDK enforces the limits
 * itself. A request waits for a slot for at most its attempt's timeout and is never sent if none
 * frees. Thread-safe.
 */
public final class RequestLimiter {
  private static final RequestLimiter UNLIMITED = new RequestLimiter(0, 0);

  private final int perHost;
  private final int overall;
  private final @Nullable Semaphore all;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  private RequestLimiter(int perHost, int overall) {
    this.perHost = perHost;
    this.overall = overall;
    this.all = overall > 0 ? new Semaphore(overall, true) : null;
  }

  /**
   * Makes the limiter of the request limits of {@code pooling}.
   *
   * @param pooling the settings
   * @return a limiter; one that never waits if neither limit is set
   */
  public static RequestLimiter of(ConnectionPooling pooling) {
    int perHost = pooling.maxRequestsPerHost().orElse(0);
    int overall = pooling.maxRequests().orElse(0);
    return perHost == 0 && overall == 0 ? UNLIMITED : new RequestLimiter(perHost, overall);
  }

  /** A slot held while one request runs; closing it frees the slot. */
  public interface Slot extends AutoCloseable {
    /** Frees the slot. */
    @Override
    void close();
  }

  /**
   * Takes a slot for the request, waiting at most the request's timeout.
   *
   * @param request the request about to be sent
   * @return the slot, to close when the exchange is over
   * @throws TransportException of kind {@code CONNECT_FAILED} if no slot frees in time (the request
   *     was not sent), or {@code CANCELLED} if the thread is interrupted while waiting
   */
  public Slot acquire(TransportRequest request) {
    if (perHost == 0 && all == null) {
      return () -> {};
    }
    long deadline =
        System.nanoTime() + request.timeout().map(t -> t.toNanos()).orElse(Long.MAX_VALUE / 2);
    String host = hostOf(request.uri());
    Semaphore hostSlots =
        perHost > 0 ? hosts.computeIfAbsent(host, h -> new Semaphore(perHost, true)) : null;
    take(hostSlots, deadline, request, "maxRequestsPerHost " + perHost + " to " + host);
    try {
      take(all, deadline, request, "maxRequests " + overall);
    } catch (RuntimeException e) {
      release(hostSlots);
      throw e;
    }
    return () -> {
      release(all);
      release(hostSlots);
    };
  }

  /**
   * Runs one exchange inside a slot: takes it ({@link #acquire}), sends, and frees it however the
   * exchange ends.
   *
   * @param request the request about to be sent
   * @param send sends the request and reads its response
   * @return the response
   * @throws TransportException as {@link #acquire} does, or as {@code send} does
   */
  public TransportResponse run(
      TransportRequest request, Function<TransportRequest, TransportResponse> send) {
    Slot slot = acquire(request);
    try {
      return send.apply(request);
    } finally {
      slot.close();
    }
  }

  /**
   * Counts the requests waiting for a slot, for tests of the limits.
   *
   * @return the number of threads waiting
   */
  public int waiting() {
    int count = all == null ? 0 : all.getQueueLength();
    for (Semaphore slots : hosts.values()) {
      count += slots.getQueueLength();
    }
    return count;
  }

  /** Returns the limits, {@code 0} meaning none: {@code RequestLimiter{perHost=2, overall=0}}. */
  @Override
  public String toString() {
    return "RequestLimiter{perHost=" + perHost + ", overall=" + overall + "}";
  }

  private static void take(
      @Nullable Semaphore slots, long deadline, TransportRequest request, String limit) {
    if (slots == null) {
      return;
    }
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      if (!slots.tryAcquire(left, TimeUnit.NANOSECONDS)) {
        throw new TransportException(
            "no request slot freed in time for "
                + TransportFailures.target(request)
                + " ("
                + limit
                + " already running); the request was not sent",
            TransportException.Kind.CONNECT_FAILED,
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw TransportFailures.interrupted(request, e);
    }
  }

  private static void release(@Nullable Semaphore slots) {
    if (slots != null) {
      slots.release();
    }
  }

  private static String hostOf(URI uri) {
    return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }
}
