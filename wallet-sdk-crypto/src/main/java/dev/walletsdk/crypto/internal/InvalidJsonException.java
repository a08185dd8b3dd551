/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

/**
 * The input of {@link Jcs#canonicalize(byte[])} is not JSON that RFC 8785 can canonicalize: a
 * syntax error, a duplicate member name, a number outside the IEEE 754 double range, a lone
 * surrogate, or input that is too large or too deeply nested.
 *
 * <p>The message names the position and the problem, never the content of the document, which may
 * hold personal data.
 */
public final class InvalidJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem was found. */
  private final int offset;

  /**
   * Creates the exception.
   *
   * @param offset the index of the character (UTF-16 code unit) where the problem was found, or
   *     {@code -1} when it concerns the whole input
   * @param problem what is wrong, without quoting the document
   */
  public InvalidJsonException(int offset, String problem) {
    super(offset < 0 ? "invalid JSON: " + problem : "invalid JSON at " + offset + ": " + problem);
    this.offset = offset;
  }

  /**
   * Returns where the problem was found.
   *
   * @return the index of the character (UTF-16 code unit) in the decoded text, or {@code -1} when
   *     the problem concerns the whole input
   */
  public int offset() {
    return offset;
  }
}
