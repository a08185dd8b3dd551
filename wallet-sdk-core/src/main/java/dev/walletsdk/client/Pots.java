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
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * Savings pots: named sub-balances of a wallet, each in one currency the wallet holds and in its
 * own ledger account. A deposit moves money from the wallet's available balance into a pot, a
 * withdrawal moves it back; both return a {@link PotMove} with the server's signed receipt and show
 * in the wallet's history as {@code POT_DEPOSIT} and {@code POT_WITHDRAWAL} transactions. The
 * wallet's {@link dev.walletsdk.model.Balance} excludes its pots and reports them as {@code
 * inPots()}.
 *
 * <p>Thread-safe. Each method is one HTTP call, except {@link #list(WalletId)}, which pages lazily.
 * Writes are idempotent under retries: each request carries one idempotency key across all
 * attempts.
 */
public interface Pots {
  /**
   * Creates a pot.
   *
   * @param request the pot
   * @return the pot, empty
   * @throws InvalidRequestException if the wallet does not hold the currency ({@code
   *     currency_not_held}), an open pot has the name ({@code duplicate_name}) or the wallet has 20
   *     open pots ({@code too_many_pots}); nothing changes
   * @throws ConflictException if the wallet is not active
   * @throws WalletException if the call fails otherwise
   */
  Pot create(PotRequest request);

  /**
   * Creates a pot, building the request in place.
   *
   * @param request fills a {@link PotRequest.Builder}
   * @return the pot
   * @throws WalletException as {@link #create(PotRequest)}
   */
  default Pot create(Consumer<PotRequest.Builder> request) {
    PotRequest.Builder builder = PotRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Lists a wallet's pots, open and closed, oldest first, fetching pages as the iteration needs
   * them.
   *
   * @param wallet the wallet
   * @return the pots
   */
  PagedIterable<Pot> list(WalletId wallet);

  /**
   * Reads a pot.
   *
   * @param id the pot
   * @return the pot with its balance now
   * @throws NotFoundException if it does not exist or belongs to another partner
   * @throws WalletException if the call fails otherwise
   */
  Pot get(PotId id);

  /**
   * Renames an open pot.
   *
   * @param id the pot
   * @param name 1 to {@value PotRequest#MAX_NAME_LENGTH} characters, not blank, unique among the
   *     wallet's open pots
   * @return the pot
   * @throws InvalidRequestException if the name is not valid, checked before any call, or taken
   *     ({@code duplicate_name})
   * @throws ConflictException if the pot is closed ({@code pot_closed})
   * @throws WalletException if the call fails otherwise
   */
  Pot rename(PotId id, String name);

  /**
   * Closes an empty pot and ends its sweep.
   *
   * @param id the pot
   * @return the closed pot
   * @throws ConflictException if the pot holds money ({@code pot_not_empty}) or is closed ({@code
   *     pot_closed}); nothing changes
   * @throws WalletException if the call fails otherwise
   */
  Pot close(PotId id);

  /**
   * Moves money from the wallet's available balance into a pot.
   *
   * @param request the pot and amount, in the pot's currency
   * @return the move, with the pot's and the wallet's balances after it
   * @throws InsufficientFundsException if the available balance does not cover it; nothing changes
   * @throws InvalidRequestException if the amount is in another currency ({@code
   *     currency_mismatch})
   * @throws ConflictException if the pot is closed or the wallet is not active
   * @throws WalletException if the call fails otherwise
   */
  PotMove deposit(PotMoveRequest request);

  /**
   * Moves money into a pot, with a key the client generates for this call.
   *
   * @param pot the pot
   * @param amount greater than zero, in the pot's currency
   * @return the move
   * @throws WalletException as {@link #deposit(PotMoveRequest)}
   */
  default PotMove deposit(PotId pot, Money amount) {
    return deposit(PotMoveRequest.of(pot, amount));
  }

  /**
   * Moves money from a pot back to the wallet's available balance.
   *
   * @param request the pot and amount, at most what the pot holds
   * @return the move
   * @throws InsufficientFundsException if the pot holds less; nothing changes
   * @throws WalletException otherwise as {@link #deposit(PotMoveRequest)}
   */
  PotMove withdraw(PotMoveRequest request);

  /**
   * Moves money out of a pot, with a key the client generates for this call.
   *
   * @param pot the pot
   * @param amount greater than zero, in the pot's currency
   * @return the move
   * @throws WalletException as {@link #withdraw(PotMoveRequest)}
   */
  default PotMove withdraw(PotId pot, Money amount) {
    return withdraw(PotMoveRequest.of(pot, amount));
  }
}
