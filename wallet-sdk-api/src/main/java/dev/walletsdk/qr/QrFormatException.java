/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import java.util.List;

/**
 * A QR payload is not a valid EMVCo merchant-presented payload. The message and {@link #tag()} name
 * the data object at fault, for example {@code "63"} for a bad checksum or {@code "62.05"} for the
 * reference label inside the additional data template; {@link #reason()} says what is wrong.
 *
 * <p>The exception's {@link #code()} is {@code invalid_qr}; its single {@link #fieldErrors() field
 * error} has the field {@code "qr." + tag()} and the reason as its code.
 */
public final class QrFormatException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** The code of every QR format error. */
  public static final String CODE = "invalid_qr";

  /** The checksum in tag 63 does not match the payload. */
  public static final String CRC_MISMATCH = "crc_mismatch";

  /** A length is not two digits, is zero, runs past the end, or breaks the field's limits. */
  public static final String INVALID_LENGTH = "invalid_length";

  /** A tag appears twice in the same template. */
  public static final String DUPLICATE_TAG = "duplicate_tag";

  /** A mandatory tag is absent. */
  public static final String MISSING_TAG = "missing_tag";

  /** A tag is where it may not be: 00 not first, 63 not last, a fee without its indicator. */
  public static final String MISPLACED_TAG = "misplaced_tag";

  /** A value has the wrong format, such as a non-numeric currency. */
  public static final String INVALID_VALUE = "invalid_value";

  /** The numeric currency of tag 53 is not an ISO 4217 currency in circulation. */
  public static final String UNKNOWN_CURRENCY = "unknown_currency";

  /** An amount has more decimal places than its currency allows. */
  public static final String TOO_MANY_DECIMALS = "too_many_decimals";

  /** The data object at fault. */
  private final String tag;

  /** What is wrong with it. */
  private final String reason;

  QrFormatException(String tag, String reason, String detail) {
    super(
        "QR tag " + tag + ": " + detail,
        0,
        CODE,
        null,
        List.of(FieldError.of("qr." + tag, reason, "QR tag " + tag + ": " + detail)));
    this.tag = tag;
    this.reason = reason;
  }

  /**
   * Returns the data object at fault: a two-digit tag, or template and sub-tag joined by a dot;
   * {@code "??"} in place of a tag that is itself unreadable or cut off.
   *
   * @return for example {@code "54"}, {@code "26.00"} or {@code "62.??"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns what is wrong, one of the constants of this class.
   *
   * @return for example {@link #CRC_MISMATCH}
   */
  public String reason() {
    return reason;
  }
}
