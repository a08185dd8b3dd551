/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

/**
 * A response body that is not valid Wallet API v1. Internal: the pipeline turns it into an {@link
 * dev.walletsdk.InvalidResponseException} carrying the HTTP status and request id.
 */
public final class ResponseFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the member path
   */
  public ResponseFormatException(String message) {
    super(message, null, false, false);
  }
}
