/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;

/**
 * A redemption of rewards points into money.
 *
 * @param id the redemption id ({@code rdm_…})
 * @param partnerId the owner
 * @param walletId the wallet whose points were redeemed and which received the money
 * @param points the points redeemed
 * @param amount the money credited
 * @param createdAt when
 */
public record RedemptionRecord(
    String id, String partnerId, String walletId, long points, Amount amount, Instant createdAt) {}
