/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import java.io.IOException;

/** A response body is over {@link ResponseLimits#MAX_BODY_BYTES}; the transport stopped reading. */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private ResponseTooLargeException(String size) {
    super(
        "response body of "
            + size
            + " bytes exceeds the limit of "
            + ResponseLimits.MAX_BODY_BYTES
            + " bytes");
  }

  static ResponseTooLargeException declared(long length) {
    return new ResponseTooLargeException(Long.toString(length));
  }

  static ResponseTooLargeException streamed() {
    return new ResponseTooLargeException("more than " + ResponseLimits.MAX_BODY_BYTES);
  }
}
