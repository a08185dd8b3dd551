/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;

/**
 * A change of a wallet's membership tier.
 *
 * @param id the change id, {@code mtc_…}
 * @param partnerId the owner
 * @param walletId the wallet
 * @param from the tier before
 * @param to the tier after
 * @param cause {@code payment}, {@code refund}, {@code window_rolled} or {@code tiers_changed}
 * @param rollingSpend the rolling spend that decided it
 * @param pointsInWindow the points in the window that decided it
 * @param changedAt when
 */
public record TierChangeRecord(
    String id,
    String partnerId,
    String walletId,
    String from,
    String to,
    String cause,
    Amount rollingSpend,
    long pointsInWindow,
    Instant changedAt) {}
