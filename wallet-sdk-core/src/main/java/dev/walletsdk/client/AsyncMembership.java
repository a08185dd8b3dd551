/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous {@link Membership}: the same operations, each returning a future completed with
 * the result or with the exception {@link Membership} documents. Thread-safe.
 */
public interface AsyncMembership {
  /**
   * Reads a wallet's membership, as {@link Membership#get(WalletId)}.
   *
   * @param wallet the wallet
   * @return the status
   */
  CompletableFuture<MembershipStatus> get(WalletId wallet);

  /**
   * Reads the partner's tier table, as {@link Membership#tiers()}.
   *
   * @return the table
   */
  CompletableFuture<MembershipTierTable> tiers();
}
