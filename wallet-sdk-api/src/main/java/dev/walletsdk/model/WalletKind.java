/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/**
 * Whose money a {@link Wallet} holds: a person's or a business's. The kind is set when the wallet
 * is opened and never changes. Business wallets can issue e-invoices and send batch payouts; a
 * personal wallet that asks for either is refused with {@code business_wallet_required}.
 */
public enum WalletKind {
  /** A person's wallet; the default. */
  PERSONAL,
  /** A business's wallet: a merchant or a corporate customer. */
  BUSINESS,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
