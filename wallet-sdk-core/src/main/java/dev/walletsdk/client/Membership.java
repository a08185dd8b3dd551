/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.NotFoundException;
import dev.walletsdk.PermissionException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.WalletId;

/**
 * Membership tiers: a wallet's tier, its progress toward the next one and the benefits it enjoys,
 * and the partner's tier table. Tiers are reached by rolling spend or by rewards points earned over
 * a window of the platform clock; the platform applies their benefits (a points multiplier on
 * merchant payments, a discount on the FX fee of quotes) and announces each change as {@code
 * membership.tier_changed}. Reads only; thread-safe.
 */
public interface Membership {
  /**
   * Reads a wallet's membership.
   *
   * @param wallet the wallet
   * @return its tier and since when, its rolling spend and points in the window, its benefits and
   *     how far the next tier is
   * @throws NotFoundException if the wallet does not exist
   * @throws PermissionException if it belongs to another partner
   * @throws WalletException if the call fails otherwise
   */
  MembershipStatus get(WalletId wallet);

  /**
   * Reads the partner's tier table.
   *
   * @return the tiers, lowest first, with what qualifies for each and what each gives
   * @throws WalletException if the call fails
   */
  MembershipTierTable tiers();
}
