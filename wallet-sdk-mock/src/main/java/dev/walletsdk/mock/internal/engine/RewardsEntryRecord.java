/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a wallet's rewards points, as its rewards history shows it.
 *
 * @param id the entry id ({@code rwe_…})
 * @param walletId the wallet
 * @param type {@code earned}, {@code redeemed} or {@code reversed}
 * @param points how many points moved, positive
 * @param balanceAfter the wallet's points after the change
 * @param resourceId what caused it: a payment, a refund or a redemption
 * @param amount the money a redemption paid out, or {@code null}
 * @param createdAt when
 */
public record RewardsEntryRecord(
    String id,
    String walletId,
    String type,
    long points,
    long balanceAfter,
    String resourceId,
    @Nullable Amount amount,
    Instant createdAt) {}
