/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import org.jspecify.annotations.Nullable;

/**
 * How {@code toString} shows free text a person typed, such as a description: by its length only.
 * People put card numbers, account numbers and names in such fields, and {@code toString} output
 * ends up in logs.
 */
final class FreeText {
  private FreeText() {}

  static @Nullable String describe(@Nullable String text) {
    return text == null ? null : "<" + text.length() + " chars>";
  }
}
