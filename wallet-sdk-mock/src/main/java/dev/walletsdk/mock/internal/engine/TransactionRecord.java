/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One posted entry of a wallet's history, derived from a ledger leg when it is posted.
 *
 * @param id the transaction id
 * @param walletId the wallet
 * @param type {@code funding}, {@code payment}, {@code refund}, {@code transfer_in}, {@code
 *     transfer_out}, {@code payout} or {@code fee}
 * @param direction {@code credit} or {@code debit}
 * @param amount the amount moved
 * @param balanceAfter the wallet's posted balance in that currency afterwards
 * @param resourceId what caused it
 * @param reference the partner's reference of the cause, if any
 * @param description the description of the cause, if any
 * @param createdAt when it was posted
 */
public record TransactionRecord(
    String id,
    String walletId,
    String type,
    String direction,
    Amount amount,
    Amount balanceAfter,
    String resourceId,
    @Nullable String reference,
    @Nullable String description,
    Instant createdAt) {}
