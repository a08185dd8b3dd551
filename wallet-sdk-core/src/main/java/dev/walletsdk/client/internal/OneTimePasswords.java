/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/** Checks one-time passwords before they are sent; messages never show the password. */
final class OneTimePasswords {
  private OneTimePasswords() {}

  static String check(@Nullable String otp) {
    if (otp == null || !otp.matches("[0-9]{6,8}")) {
      throw InvalidRequestException.forField(
          "otp", "invalid_format", "otp must be 6 to 8 digits (value not shown)");
    }
    return otp;
  }
}
