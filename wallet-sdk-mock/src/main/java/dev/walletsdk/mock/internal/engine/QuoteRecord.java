/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A quote as the engine keeps it. It is open until used or until {@code expiresAt}.
 *
 * @param id the quote id
 * @param partnerId the partner that asked
 * @param walletId the wallet that will sell
 * @param sell what the wallet pays, fee included
 * @param buy what is bought
 * @param principal the part of {@code sell} converted
 * @param fee the fee, in the sell currency
 * @param rate the customer rate
 * @param fixedSide {@code sell} or {@code buy}
 * @param createdAt when it was made
 * @param expiresAt when it stops being usable
 */
public record QuoteRecord(
    String id,
    String partnerId,
    String walletId,
    Amount sell,
    Amount buy,
    Amount principal,
    Amount fee,
    BigDecimal rate,
    String fixedSide,
    Instant createdAt,
    Instant expiresAt) {

  /**
   * Returns the quote's state at a time.
   *
   * @param usedBy the payment or transfer that used it, or {@code null}
   * @param now the server time
   * @return {@code used}, {@code expired} or {@code open}
   */
  public String status(@Nullable String usedBy, Instant now) {
    if (usedBy != null) {
      return "used";
    }
    return now.isBefore(expiresAt) ? "open" : "expired";
  }
}
