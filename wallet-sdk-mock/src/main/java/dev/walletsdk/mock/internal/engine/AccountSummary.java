/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * A payout's bank account as the platform keeps it: the full number is never stored.
 *
 * @param holderName the account holder
 * @param last4 the last four characters of the account number
 * @param bankCode the bank code, if given
 */
public record AccountSummary(String holderName, String last4, @Nullable String bankCode) {}
