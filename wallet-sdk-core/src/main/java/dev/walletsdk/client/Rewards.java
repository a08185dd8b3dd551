/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsProgram;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * Rewards points: merchant payments earn points by the programme's rules, refunds take them back
 * pro rata, and points redeem into money in the same wallet. The platform keeps points in its
 * ledger as their own asset, so every change is a ledger movement and appears in {@link
 * #history(WalletId)}.
 *
 * <p>Thread-safe. Each method is one HTTP call, except {@link #history(WalletId)}, which pages
 * lazily.
 */
public interface Rewards {
  /**
   * Reads the programme: earning rules and redemption rates.
   *
   * @return the programme
   * @throws WalletException if the call fails
   */
  RewardsProgram program();

  /**
   * Reads a wallet's points.
   *
   * @param wallet the wallet
   * @return its points now and over its life
   * @throws NotFoundException if the wallet does not exist
   * @throws WalletException if the call fails otherwise
   */
  RewardsAccount account(WalletId wallet);

  /**
   * Lists a wallet's points history, newest first, fetching pages as the iteration needs them.
   *
   * @param wallet the wallet
   * @return the entries
   */
  PagedIterable<RewardsEntry> history(WalletId wallet);

  /**
   * Redeems points into money in the same wallet. Idempotent under retries: the request carries one
   * idempotency key across all attempts.
   *
   * @param request the redemption
   * @return the redemption
   * @throws InvalidRequestException if the points are not whole blocks ({@code not_a_multiple}) or
   *     the currency has no rate ({@code points_not_redeemable}); nothing changes
   * @throws InsufficientFundsException if the wallet has fewer points ({@code
   *     insufficient_points}); nothing changes
   * @throws ConflictException if the wallet is not active
   * @throws WalletException if the call fails otherwise
   */
  RewardsRedemption redeem(RedemptionRequest request);

  /**
   * Redeems points, building the request in place.
   *
   * @param request fills a {@link RedemptionRequest.Builder}
   * @return the redemption
   * @throws WalletException as {@link #redeem(RedemptionRequest)}
   */
  default RewardsRedemption redeem(Consumer<RedemptionRequest.Builder> request) {
    RedemptionRequest.Builder builder = RedemptionRequest.builder();
    request.accept(builder);
    return redeem(builder.build());
  }

  /**
   * Reads a redemption.
   *
   * @param id the redemption's id
   * @return the redemption
   * @throws NotFoundException if it does not exist or belongs to another partner
   * @throws WalletException if the call fails otherwise
   */
  RewardsRedemption redemption(RedemptionId id);
}
