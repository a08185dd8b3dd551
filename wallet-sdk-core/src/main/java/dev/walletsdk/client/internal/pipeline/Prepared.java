/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.Headers;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A call made ready for its attempts: everything before the retry loop is done, so every attempt
 * sends the same URI, body and idempotency key.
 *
 * @param info what listeners and logs see of the call
 * @param method the HTTP method
 * @param uri the absolute request URI
 * @param headers the headers common to every attempt
 * @param body the serialized (and possibly field-encrypted) body, or {@code null}
 */
record Prepared(CallInfo info, String method, URI uri, Headers headers, byte @Nullable [] body) {

  boolean hasIdempotencyKey() {
    return info.idempotencyKey().isPresent();
  }
}
