/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

/**
 * What a QR code payment added to the merchant's amount: the payer's tip, or the code's convenience
 * fee. It is part of the payment's amount, shown apart so the payer sees what it paid for.
 *
 * @param tip {@code true} for a tip the payer entered, {@code false} for a convenience fee
 * @param amount the part of the payment's amount it is
 */
public record QrExtra(boolean tip, Amount amount) {}
