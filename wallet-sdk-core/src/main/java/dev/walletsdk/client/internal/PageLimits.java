/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;

/** The page size bounds of Wallet API v1 list operations. */
final class PageLimits {
  static final int MAX = 100;

  private PageLimits() {}

  static int check(int limit) {
    if (limit < 1 || limit > MAX) {
      throw InvalidRequestException.forField(
          "limit", "out_of_range", "limit must be between 1 and " + MAX + " but was " + limit);
    }
    return limit;
  }
}
