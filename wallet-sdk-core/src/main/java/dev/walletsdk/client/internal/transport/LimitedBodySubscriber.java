package dev.walletsdk.client.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a JDK response body into bytes, but cancels the exchange as soon as it grows past {@link
 * ResponseLimits#MAX_BODY_BYTES}, declared length or not.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  static HttpResponse.BodyHandler<byte[]> handler() {
    return info -> new LimitedBodySubscriber();
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (bytes.size() + buffer.remaining() > ResponseLimits.MAX_BODY_BYTES) {
        subscription.cancel();
        result.completeExceptionally(
            new IOException(
                "response body of more than "
                    + ResponseLimits.MAX_BODY_BYTES
                    + " bytes exceeds the limit of "
                    + ResponseLimits.MAX_BODY_BYTES
                    + " bytes"));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}
