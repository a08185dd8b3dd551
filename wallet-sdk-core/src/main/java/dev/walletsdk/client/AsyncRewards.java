/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Page;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsProgram;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@link Rewards}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncRewards {
  /**
   * Reads the programme.
   *
   * @return the programme, when it arrives
   */
  CompletableFuture<RewardsProgram> program();

  /**
   * Reads a wallet's points.
   *
   * @param wallet the wallet
   * @return its points, when they arrive
   */
  CompletableFuture<RewardsAccount> account(WalletId wallet);

  /**
   * Reads one page of a wallet's points history, newest first.
   *
   * @param wallet the wallet
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page, when it arrives
   */
  CompletableFuture<Page<RewardsEntry>> history(
      WalletId wallet, @Nullable String cursor, int limit);

  /**
   * Redeems points into money in the same wallet.
   *
   * @param request the redemption
   * @return the redemption, when it completes
   */
  CompletableFuture<RewardsRedemption> redeem(RedemptionRequest request);

  /**
   * Redeems points, building the request in place.
   *
   * @param request fills a {@link RedemptionRequest.Builder}
   * @return the redemption, when it completes
   */
  default CompletableFuture<RewardsRedemption> redeem(Consumer<RedemptionRequest.Builder> request) {
    RedemptionRequest.Builder builder = RedemptionRequest.builder();
    request.accept(builder);
    return redeem(builder.build());
  }

  /**
   * Reads a redemption.
   *
   * @param id the redemption's id
   * @return the redemption, when it arrives
   */
  CompletableFuture<RewardsRedemption> redemption(RedemptionId id);
}
