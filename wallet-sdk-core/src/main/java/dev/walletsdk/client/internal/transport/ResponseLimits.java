/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one transport lets response bodies take: each body at most {@link #MAX_BODY_BYTES} (Wallet
 * API v1 responses are small; the largest is a data export), and all bodies being read at once at
 * most {@link #MAX_BUFFERED_BYTES} together, so many concurrent large responses cannot exhaust the
 * heap. Thread-safe; one instance per transport and the transports derived from it.
 */
final class ResponseLimits {
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  static final long MAX_BUFFERED_BYTES = 4L * MAX_BODY_BYTES;

  private final AtomicLong buffered = new AtomicLong();

  /**
   * Starts reading one body.
   *
   * @param declaredLength the {@code Content-Length}, or -1 if unknown (chunked)
   * @return the body being read; close it to give its bytes back to the budget
   * @throws ResponseTooLargeException if the declared length is over the limit
   */
  BoundedBody open(long declaredLength) throws ResponseTooLargeException {
    if (declaredLength > MAX_BODY_BYTES) {
      throw ResponseTooLargeException.declared(declaredLength);
    }
    return new BoundedBody(this);
  }

  /**
   * Takes bytes from the budget of all bodies being read.
   *
   * @param bytes the bytes a body is about to hold
   * @param held the bytes the body already holds, for the message
   * @throws IOException if the bodies being read already hold too much
   */
  void reserve(int bytes, long held) throws IOException {
    long total = buffered.addAndGet(bytes);
    if (total > MAX_BUFFERED_BYTES) {
      buffered.addAndGet(-bytes);
      throw new IOException(
          "response body refused after "
              + held
              + " bytes: the responses being read hold the most this client buffers, "
              + MAX_BUFFERED_BYTES
              + " bytes");
    }
  }

  void release(long bytes) {
    buffered.addAndGet(-bytes);
  }
}
