/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.RequestSigner;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;

/**
 * Signs each attempt (RFC 9421) after everything else that changes the request. The URI is first
 * brought to its {@linkplain TargetUri canonical form}, which every transport sends unchanged, so
 * the signed {@code @target-uri} is what goes on the wire.
 */
final class SigningLink implements Interceptor {
  private final RequestSigner signer;

  SigningLink(RequestSigner signer) {
    this.signer = signer;
  }

  @Override
  public TransportResponse intercept(Chain chain) {
    TransportRequest request = chain.request();
    TransportRequest canonical =
        request.toBuilder().uri(TargetUri.canonical(request.uri())).build();
    return chain.proceed(signer.sign(canonical));
  }
}
