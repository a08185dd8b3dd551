/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A split bill as the engine keeps it.
 *
 * @param id the split bill id
 * @param partnerId the paying partner
 * @param merchantId the merchant paid
 * @param amount the whole bill
 * @param method {@code exact} or {@code percentage}
 * @param shares what each wallet paid, in request order
 * @param description a description, or {@code null}
 * @param reference the partner's reference, or {@code null}
 * @param createdAt when it was paid
 */
public record SplitBillRecord(
    String id,
    String partnerId,
    String merchantId,
    Amount amount,
    String method,
    List<Share> shares,
    @Nullable String description,
    @Nullable String reference,
    Instant createdAt) {

  /**
   * One wallet's share.
   *
   * @param walletId the paying wallet
   * @param amount what it paid
   * @param percentage the percentage it came from, or {@code null} for an exact share
   */
  public record Share(String walletId, Amount amount, @Nullable BigDecimal percentage) {}
}
