package dev.walletsdk.client.internal.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a JDK response body into a {@link BoundedBody}, and cancels the exchange, which closes
 * the connection, as soon as the declared length or the bytes received pass the limits.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final long declaredLength;
  private final ResponseLimits limits;
  private BoundedBody body;
  private Flow.Subscription subscription;

  private LimitedBodySubscriber(long declaredLength, ResponseLimits limits) {
    this.declaredLength = declaredLength;
    this.limits = limits;
  }

  static HttpResponse.BodyHandler<byte[]> handler(ResponseLimits limits) {
    return info ->
        new LimitedBodySubscriber(
            info.headers().firstValueAsLong("Content-Length").orElse(-1), limits);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    try {
      body = limits.open(declaredLength);
    } catch (IOException e) {
      fail(e);
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
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
    subscription.cancel();
    if (body != null) {
      body.close();
    }
    result.completeExceptionally(e);
  }

  @Override
  public void onError(Throwable throwable) {
    if (body != null) {
      body.close();
    }
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    if (result.isDone()) {
      return;
    }
    byte[] whole = body.toByteArray();
    body.close();
    result.complete(whole);
  }
}
