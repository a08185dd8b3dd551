/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Collects a JDK response body into a {@link BoundedBody}, and cancels the exchange, which closes
 * the connection, as soon as the declared length or the bytes received pass the limits.
 *
 * <p>It hands itself to the client as the body as soon as the response headers are in, so a
 * blocking {@link java.net.http.HttpClient#send} returns then, and the calling thread waits for the
 * bytes with {@link #await}, bounded by what is left of the attempt's timeout. The client's own
 * request timeout ends at the response headers; this bounds the rest, without a timer or a thread
 * of its own. {@link #abandon} closes the exchange when the wait ends early. Thread-safe: the
 * client delivers from its threads while the caller may abandon.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<LimitedBodySubscriber> {
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final long declaredLength;
  private final ResponseLimits limits;
  private @Nullable BoundedBody body;
  private Flow.@Nullable Subscription subscription;

  private LimitedBodySubscriber(long declaredLength, ResponseLimits limits) {
    this.declaredLength = declaredLength;
    this.limits = limits;
  }

  /**
   * Returns a handler for one exchange.
   *
   * @param limits the limits the body counts against
   * @return the handler, which makes at most one subscriber
   */
  static Handler handler(ResponseLimits limits) {
    return new Handler(limits);
  }

  /**
   * Makes the body subscriber of one exchange, and can abandon it before the response is handed
   * over: the client subscribes the body as soon as the headers are in, before it completes the
   * exchange's future, so a caller that stops waiting for that future may already have a body
   * reading on the connection. Thread-safe.
   */
  static final class Handler implements HttpResponse.BodyHandler<LimitedBodySubscriber> {
    private final ResponseLimits limits;
    private @Nullable LimitedBodySubscriber subscriber;
    private @Nullable Throwable abandoned;

    private Handler(ResponseLimits limits) {
      this.limits = limits;
    }

    @Override
    public synchronized HttpResponse.BodySubscriber<LimitedBodySubscriber> apply(
        HttpResponse.ResponseInfo info) {
      LimitedBodySubscriber made =
          new LimitedBodySubscriber(
              info.headers().firstValueAsLong("Content-Length").orElse(-1), limits);
      if (abandoned != null) {
        made.abandon(abandoned);
      }
      subscriber = made;
      return made;
    }

    /**
     * Abandons the body if the client already subscribed it, or as soon as it does.
     *
     * @param reason what the body completes exceptionally with
     */
    synchronized void abandon(Throwable reason) {
      abandoned = reason;
      if (subscriber != null) {
        subscriber.abandon(reason);
      }
    }
  }

  @Override
  public CompletionStage<LimitedBodySubscriber> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  /**
   * Waits for the whole body.
   *
   * @param nanos the most to wait, in nanoseconds; negative waits without bound
   * @return the body
   * @throws ExecutionException if reading failed (the cause says why)
   * @throws TimeoutException if the body did not complete in time; call {@link #abandon} then
   * @throws InterruptedException if the thread was interrupted; call {@link #abandon} then
   */
  byte[] await(long nanos) throws ExecutionException, TimeoutException, InterruptedException {
    if (result.isDone() || nanos < 0) {
      return result.get();
    }
    return result.get(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Stops reading: cancels the exchange, which closes its connection, and gives the bytes read back
   * to the budget. Does nothing once the body is complete.
   *
   * @param reason what the body completes exceptionally with
   */
  synchronized void abandon(Throwable reason) {
    if (result.completeExceptionally(reason)) {
      release();
      if (subscription != null) {
        subscription.cancel();
      }
    }
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (result.isDone()) {
      subscription.cancel();
      return;
    }
    try {
      body = limits.open(declaredLength);
    } catch (IOException e) {
      fail(e);
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (result.isDone() || body == null) {
      return;
    }
    try {
      for (ByteBuffer buffer : buffers) {
        body.append(buffer);
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  private void fail(IOException e) {
    if (subscription != null) {
      subscription.cancel();
    }
    release();
    result.completeExceptionally(e);
  }

  private void release() {
    if (body != null) {
      body.close();
      body = null;
    }
  }

  @Override
  public synchronized void onError(Throwable throwable) {
    release();
    result.completeExceptionally(throwable);
  }

  @Override
  public synchronized void onComplete() {
    if (result.isDone() || body == null) {
      return;
    }
    byte[] whole = body.toByteArray();
    release();
    result.complete(whole);
  }
}
