/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.Fault;
import dev.walletsdk.spi.Headers;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One Wallet API request as the request journal keeps it: secrets already redacted, the body cut to
 * the journal's byte cap. Immutable; the body array is never handed out.
 *
 * @param sequence the request's number, from 1, in the order requests were recorded
 * @param method the HTTP method
 * @param path the raw path
 * @param query the raw query, or {@code null} if there was none
 * @param headers the headers, with the values of secret-bearing ones replaced by {@code <redacted>}
 * @param body the body as received, up to the byte cap; empty once erased
 * @param bodyLength the length of the body as received
 * @param bodyErased whether the body was dropped because it concerned an erased holder
 * @param status the status answered, or 0 if the connection was dropped without an answer
 * @param fault the fault that fired on the request, or {@code null} if none did
 * @param receivedAt when the request arrived, on the mock's virtual clock
 * @param walletIds the wallet ids the request or its answer named, to find what an erasure reaches;
 *     empty for a request without a body, which leaves nothing to erase
 */
public record RecordedExchange(
    long sequence,
    String method,
    String path,
    @Nullable String query,
    Headers headers,
    byte[] body,
    int bodyLength,
    boolean bodyErased,
    int status,
    Fault.@Nullable Kind fault,
    Instant receivedAt,
    Set<String> walletIds) {

  /**
   * Returns the body kept, which may be shorter than the body received.
   *
   * @return a copy of the bytes kept
   */
  public byte[] bodyCopy() {
    return body.clone();
  }

  /** This record with its body dropped, for an erasure that reaches it. */
  RecordedExchange erased() {
    return new RecordedExchange(
        sequence,
        method,
        path,
        query,
        headers,
        new byte[0],
        bodyLength,
        true,
        status,
        fault,
        receivedAt,
        walletIds);
  }
}
