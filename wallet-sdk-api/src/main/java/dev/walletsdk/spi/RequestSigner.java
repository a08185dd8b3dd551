/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

/**
 * Signs each attempt of a request so the server can prove it came from the partner and was not
 * altered: RFC 9421 HTTP Message Signatures in Wallet API v1.
 *
 * <p>The client calls the signer last, after user interceptors and authentication, once per attempt
 * (each attempt gets a fresh {@code created} time and, in Wallet API v1, a fresh random {@code
 * nonce}, so that no two attempts carry the same signature). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestSigner {
  /**
   * Returns the request with its signature headers added (for Wallet API v1: {@code
   * Content-Digest}, {@code Signature-Input} and {@code Signature}).
   *
   * @param request the request as it will be sent
   * @return the signed request
   */
  TransportRequest sign(TransportRequest request);
}
