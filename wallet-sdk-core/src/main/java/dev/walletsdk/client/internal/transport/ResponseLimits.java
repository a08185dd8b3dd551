package dev.walletsdk.client.internal.transport;

import java.io.IOException;
import java.io.InputStream;

/** The largest response body a transport accepts: Wallet API v1 responses are small. */
final class ResponseLimits {
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private ResponseLimits() {}

  /**
   * Reads a whole body, refusing one over the limit whether or not its length was declared.
   *
   * @param declaredLength the {@code Content-Length}, or -1 if unknown (chunked)
   * @param body the body stream; the caller closes it
   * @return the bytes
   * @throws IOException if reading fails or the body is over the limit
   */
  static byte[] read(long declaredLength, InputStream body) throws IOException {
    if (declaredLength > MAX_BODY_BYTES) {
      throw tooLarge(Long.toString(declaredLength));
    }
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge("more than " + MAX_BODY_BYTES);
    }
    return bytes;
  }

  private static IOException tooLarge(String size) {
    return new IOException(
        "response body of " + size + " bytes exceeds the limit of " + MAX_BODY_BYTES + " bytes");
  }
}
