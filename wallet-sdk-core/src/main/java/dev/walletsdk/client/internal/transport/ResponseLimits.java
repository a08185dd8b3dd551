package dev.walletsdk.client.internal.transport;

import java.io.IOException;

/** The largest response body a transport accepts: Wallet API v1 responses are small. */
final class ResponseLimits {
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private ResponseLimits() {}

  /**
   * Rejects a declared body length over the limit.
   *
   * @param contentLength the declared length, or -1 if unknown
   * @return {@code true}
   * @throws IOException if the length is over the limit
   */
  static boolean check(long contentLength) throws IOException {
    if (contentLength > MAX_BODY_BYTES) {
      throw new IOException(
          "response body of " + contentLength + " bytes exceeds " + MAX_BODY_BYTES + " bytes");
    }
    return true;
  }
}
