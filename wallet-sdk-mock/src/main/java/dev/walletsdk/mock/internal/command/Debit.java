/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.WalletRecord;

/**
 * One debit of a movement.
 *
 * @param wallet the wallet debited
 * @param amount what it pays, fees included
 */
public record Debit(WalletRecord wallet, Amount amount) {}
