/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One response body as it arrives, kept in the pieces it came in (no doubling buffer), refused as
 * soon as it would pass {@link ResponseLimits#MAX_BODY_BYTES} or the transport's budget. A body
 * that came in one piece, as most API responses do, is returned as that piece, without a second
 * copy. Used by one thread at a time.
 */
final class BoundedBody implements AutoCloseable {
  private final ResponseLimits limits;
  private byte @Nullable [] first;
  private @Nullable List<byte[]> more;
  private int size;
  private long reserved;

  BoundedBody(ResponseLimits limits) {
    this.limits = limits;
  }

  /**
   * Adds bytes that arrived.
   *
   * @param bytes the buffer
   * @param offset where the new bytes start
   * @param length how many bytes are new
   * @throws IOException if the body grows past the limit or the budget; stop reading then
   */
  void append(byte[] bytes, int offset, int length) throws IOException {
    reserve(length);
    add(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /**
   * Adds the bytes that arrived in a buffer.
   *
   * @param buffer the buffer, read to its end
   * @throws IOException if the body grows past the limit or the budget; stop reading then
   */
  void append(ByteBuffer buffer) throws IOException {
    int length = buffer.remaining();
    reserve(length);
    byte[] piece = new byte[length];
    buffer.get(piece);
    add(piece);
  }

  private void add(byte[] piece) {
    if (first == null) {
      first = piece;
    } else {
      if (more == null) {
        more = new ArrayList<>();
      }
      more.add(piece);
    }
    size += piece.length;
  }

  private void reserve(int length) throws IOException {
    if ((long) size + length > ResponseLimits.MAX_BODY_BYTES) {
      throw ResponseTooLargeException.streamed();
    }
    limits.reserve(length, size);
    reserved += length;
  }

  /**
   * Returns the whole body.
   *
   * @return the bytes received
   */
  byte[] toByteArray() {
    if (first == null) {
      return new byte[0];
    }
    if (more == null) {
      return first;
    }
    byte[] whole = new byte[size];
    System.arraycopy(first, 0, whole, 0, first.length);
    int at = first.length;
    for (byte[] piece : more) {
      System.arraycopy(piece, 0, whole, at, piece.length);
      at += piece.length;
    }
    return whole;
  }

  /** Drops the pieces and gives their bytes back to the budget. */
  @Override
  public void close() {
    first = null;
    more = null;
    limits.release(reserved);
    reserved = 0;
  }
}
