/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

/** Tag 01: whether a code is shown for many payments or generated for one. */
public enum PointOfInitiation {
  /** {@code "11"}: a printed code used for many payments; the amount is usually entered. */
  STATIC("11"),
  /** {@code "12"}: a code generated for one payment, usually with its amount. */
  DYNAMIC("12");

  private final String code;

  PointOfInitiation(String code) {
    this.code = code;
  }

  /**
   * Returns the value of tag 01.
   *
   * @return {@code "11"} or {@code "12"}
   */
  public String code() {
    return code;
  }

  static PointOfInitiation of(String value) {
    for (PointOfInitiation method : values()) {
      if (method.code.equals(value)) {
        return method;
      }
    }
    throw new QrFormatException(
        "01",
        QrFormatException.INVALID_VALUE,
        "the point of initiation \"" + value + "\" is neither 11 (static) nor 12 (dynamic)");
  }
}
