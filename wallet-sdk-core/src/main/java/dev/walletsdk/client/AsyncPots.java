/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Page;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@link Pots}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncPots {
  /**
   * Creates a pot.
   *
   * @param request the pot
   * @return the pot, when it is created
   */
  CompletableFuture<Pot> create(PotRequest request);

  /**
   * Reads one page of a wallet's pots, oldest first.
   *
   * @param wallet the wallet
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page, when it arrives
   */
  CompletableFuture<Page<Pot>> list(WalletId wallet, @Nullable String cursor, int limit);

  /**
   * Reads a pot.
   *
   * @param id the pot
   * @return the pot, when it arrives
   */
  CompletableFuture<Pot> get(PotId id);

  /**
   * Renames an open pot.
   *
   * @param id the pot
   * @param name the new name
   * @return the pot, when renamed
   */
  CompletableFuture<Pot> rename(PotId id, String name);

  /**
   * Closes an empty pot.
   *
   * @param id the pot
   * @return the closed pot, when closed
   */
  CompletableFuture<Pot> close(PotId id);

  /**
   * Moves money from the wallet's available balance into a pot.
   *
   * @param request the pot and amount
   * @return the move, when made
   */
  CompletableFuture<PotMove> deposit(PotMoveRequest request);

  /**
   * Moves money from a pot back to the wallet's available balance.
   *
   * @param request the pot and amount
   * @return the move, when made
   */
  CompletableFuture<PotMove> withdraw(PotMoveRequest request);
}
