/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body without holding a thread while the client is slow to send it, up to a size:
 * the future fails with {@link TooLarge} past it, or with the server's own exception when the
 * framing is broken (a bad chunk, a body shorter than its Content-Length).
 */
final class BodyReader implements Runnable {
  /** The body is larger than the bound. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(int max) {
      super("the body exceeds " + max + " bytes");
    }
  }

  private final Content.Source source;
  private final int maxBytes;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();

  private BodyReader(Content.Source source, int maxBytes) {
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /**
   * Starts reading.
   *
   * @param source the request
   * @param maxBytes the largest body accepted
   * @return the body, when it has all arrived
   */
  static CompletableFuture<byte[]> read(Content.Source source, int maxBytes) {
    BodyReader reader = new BodyReader(source, maxBytes);
    reader.run();
    return reader.result;
  }

  @Override
  public void run() {
    while (!result.isDone()) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        result.completeExceptionally(chunk.getFailure());
        return;
      }
      try {
        ByteBuffer bytes = chunk.getByteBuffer();
        if (body.size() + bytes.remaining() > maxBytes) {
          result.completeExceptionally(new TooLarge(maxBytes));
          return;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        body.writeBytes(copy);
      } finally {
        chunk.release();
      }
      if (chunk.isLast()) {
        result.complete(body.toByteArray());
      }
    }
  }
}
