/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;

/**
 * One movement of money between a wallet's available balance and one of its pots.
 *
 * @param id the move id ({@code pmv_…}), also the memo of its ledger entry
 * @param partnerId the owner
 * @param walletId the wallet
 * @param potId the pot
 * @param direction {@code deposit} (wallet to pot) or {@code withdrawal} (pot to wallet)
 * @param trigger {@code request} or {@code sweep}
 * @param amount the money moved, in the pot's currency
 * @param potBalanceAfter the pot's balance after the move
 * @param availableAfter the wallet's available balance in that currency after the move
 * @param createdAt when
 */
public record PotMoveRecord(
    String id,
    String partnerId,
    String walletId,
    String potId,
    String direction,
    String trigger,
    Amount amount,
    Amount potBalanceAfter,
    Amount availableAfter,
    Instant createdAt) {}
