package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.RequestSigner;
import dev.walletsdk.spi.TransportResponse;

/** Signs each attempt (RFC 9421) after everything else that changes the request. */
final class SigningLink implements Interceptor {
  private final RequestSigner signer;

  SigningLink(RequestSigner signer) {
    this.signer = signer;
  }

  @Override
  public TransportResponse intercept(Chain chain) {
    return chain.proceed(signer.sign(chain.request()));
  }
}
