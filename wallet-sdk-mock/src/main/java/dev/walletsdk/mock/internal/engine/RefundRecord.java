/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A refund as the engine keeps it.
 *
 * @param id the refund id
 * @param partnerId the partner
 * @param paymentId the payment refunded
 * @param walletId the wallet credited
 * @param amount what was refunded, in the payment's currency
 * @param credited what the wallet got back, in the currency it was debited in
 * @param reason why, if given
 * @param createdAt when
 */
public record RefundRecord(
    String id,
    String partnerId,
    String paymentId,
    String walletId,
    Amount amount,
    Amount credited,
    @Nullable String reason,
    Instant createdAt) {}
