/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Savings pots: named sub-balances of a wallet, each its own ledger account in one of the wallet's
 * currencies. A deposit moves money from the wallet's available balance into the pot and a
 * withdrawal moves it back, each as one journal entry; an optional sweep deposits a fixed amount
 * every week or month on the platform clock. Every method runs under the engine's lock and either
 * completes or throws having changed nothing.
 */
public final class PotService {
  /** The most open pots a wallet may have. */
  public static final int MAX_OPEN_POTS = 20;

  private final Engine engine;
  private final Movements movements;

  /**
   * Creates the service and registers its sweeps with the clock's scheduler.
   *
   * @param engine the platform state
   */
  public PotService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
    engine.clock().onDue(this::runDue);
  }

  /**
   * Finds a pot.
   *
   * @param id the pot id
   * @return the pot, if it exists
   */
  public Optional<PotRecord> pot(String id) {
    return Optional.ofNullable(engine.pots().get(id));
  }

  /**
   * Returns a wallet's pots, open and closed, in order of creation.
   *
   * @param walletId the wallet
   * @return the pots
   */
  public List<PotRecord> pots(String walletId) {
    List<PotRecord> pots = new ArrayList<>();
    for (PotRecord pot : engine.pots().values()) {
      if (pot.walletId().equals(walletId)) {
        pots.add(pot);
      }
    }
    return pots;
  }

  /**
   * Returns what a pot holds.
   *
   * @param pot the pot
   * @return its ledger balance
   */
  public Amount balance(PotRecord pot) {
    return Amount.of(pot.currency(), posted(pot.accountKey()));
  }

  /**
   * Returns what a wallet's pots hold in one currency.
   *
   * @param walletId the wallet
   * @param currency the currency
   * @return the sum of its pots' balances
   */
  public long inPots(String walletId, CurrencyCode currency) {
    long sum = 0;
    for (PotRecord pot : pots(walletId)) {
      if (pot.currency() == currency) {
        sum = Math.addExact(sum, posted(pot.accountKey()));
      }
    }
    return sum;
  }

  private long posted(String key) {
    return engine.ledger().find(key).map(Account::posted).orElse(0L);
  }

  /**
   * Creates a pot.
   *
   * @param wallet the wallet, owned by the caller
   * @param name the name, unique among the wallet's open pots
   * @param currency one of the wallet's currencies
   * @param target the savings target in that currency, or {@code null}
   * @param sweep the sweep, its amount in that currency, or {@code null}
   * @return the pot
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 422 currency_not_held}, {@code 400
   *     duplicate_name} or {@code 422 too_many_pots}; nothing changes
   */
  public PotRecord create(
      WalletRecord wallet,
      String name,
      CurrencyCode currency,
      @Nullable Amount target,
      PotRecord.@Nullable Sweep sweep) {
    WalletService.requireActive(wallet);
    if (!wallet.currencies().contains(currency)) {
      throw ApiProblem.unprocessable(
          "/currency",
          "currency_not_held",
          "wallet " + wallet.id() + " holds " + wallet.currencies() + ", not " + currency);
    }
    requireUniqueName(wallet.id(), name, null);
    long open = pots(wallet.id()).stream().filter(p -> p.closedAt() == null).count();
    if (open >= MAX_OPEN_POTS) {
      throw ApiProblem.unprocessable(
          "/name",
          "too_many_pots",
          "wallet " + wallet.id() + " already has " + MAX_OPEN_POTS + " open pots");
    }
    PotRecord pot =
        new PotRecord(
            engine.ids().next("pot_"),
            wallet.partnerId(),
            wallet.id(),
            name,
            currency,
            target,
            sweep,
            engine.clock().now());
    engine.pots().put(pot.id(), pot);
    changed(pot, "pot.created");
    return pot;
  }

  /**
   * Renames an open pot.
   *
   * @param pot the pot
   * @param name the new name, unique among the wallet's open pots
   * @return the pot
   * @throws ApiProblem {@code 409 pot_closed} or {@code 400 duplicate_name}; nothing changes
   */
  public PotRecord rename(PotRecord pot, String name) {
    requireOpen(pot);
    requireUniqueName(pot.walletId(), name, pot.id());
    pot.rename(name);
    return pot;
  }

  /**
   * Closes an empty pot and ends its sweep.
   *
   * @param pot the pot
   * @return the pot
   * @throws ApiProblem {@code 409 pot_closed} or {@code 409 pot_not_empty}; nothing changes
   */
  public PotRecord close(PotRecord pot) {
    requireOpen(pot);
    Amount balance = balance(pot);
    if (balance.minor() != 0) {
      throw ApiProblem.of(
          409,
          "pot_not_empty",
          "Pot not empty",
          "pot " + pot.id() + " holds " + balance + "; withdraw it before closing the pot");
    }
    pot.close(engine.clock().now());
    changed(pot, "pot.closed");
    return pot;
  }

  /**
   * Moves money from the wallet's available balance into a pot.
   *
   * @param pot the pot
   * @param amount positive, in the pot's currency
   * @param scope the idempotency scope of the request, or {@code null} for a sweep
   * @return the move
   * @throws ApiProblem {@code 409 pot_closed}, {@code 409 wallet_not_active}, {@code 400
   *     currency_mismatch} or {@code 422 insufficient_funds}; nothing changes
   */
  public PotMoveRecord deposit(PotRecord pot, Amount amount, @Nullable String scope) {
    return move(pot, amount, true, scope == null ? "sweep" : "request", scope);
  }

  /**
   * Moves money from a pot back to the wallet's available balance.
   *
   * @param pot the pot
   * @param amount positive, in the pot's currency, at most what the pot holds
   * @param scope the idempotency scope of the request
   * @return the move
   * @throws ApiProblem {@code 409 pot_closed}, {@code 409 wallet_not_active}, {@code 400
   *     currency_mismatch} or {@code 422 insufficient_funds}; nothing changes
   */
  public PotMoveRecord withdraw(PotRecord pot, Amount amount, @Nullable String scope) {
    return move(pot, amount, false, "request", scope);
  }

  private PotMoveRecord move(
      PotRecord pot, Amount amount, boolean deposit, String trigger, @Nullable String scope) {
    requireOpen(pot);
    WalletRecord wallet = engine.wallet(pot.walletId()).orElseThrow();
    WalletService.requireActive(wallet);
    if (amount.currency() != pot.currency()) {
      throw ApiProblem.invalidField(
          "/amount/currency",
          "currency_mismatch",
          "must be " + pot.currency() + ", the currency of pot " + pot.id());
    }
    Amount before = balance(pot);
    if (!deposit && before.minor() < amount.minor()) {
      throw ApiProblem.of(
          422,
          "insufficient_funds",
          "Insufficient funds",
          "pot " + pot.id() + " holds " + before + " but " + amount + " is needed");
    }
    String walletAccount = movements.walletAccount(wallet, pot.currency());
    String potAccount =
        engine
            .ledger()
            .account(
                pot.accountKey(), pot.currency().code(), false, Amount.maxMinor(pot.currency()))
            .key();
    String id = engine.ids().next("pmv_");
    Leg leg =
        deposit
            ? new Leg(walletAccount, potAccount, amount.code(), amount.minor())
            : new Leg(potAccount, walletAccount, amount.code(), amount.minor());
    movements.post(
        List.of(leg),
        new Memo(id, deposit ? "pot_deposit" : "pot_withdrawal", scope),
        null,
        pot.name());
    Account account = engine.ledger().find(walletAccount).orElseThrow();
    PotMoveRecord move =
        new PotMoveRecord(
            id,
            pot.partnerId(),
            pot.walletId(),
            pot.id(),
            deposit ? "deposit" : "withdrawal",
            trigger,
            amount,
            balance(pot),
            Amount.of(pot.currency(), account.posted() - account.reserved()),
            engine.clock().now());
    engine.emit(new DomainEvent.PotMoved(pot.partnerId(), move));
    Amount target = pot.target();
    if (deposit
        && target != null
        && before.minor() < target.minor()
        && move.potBalanceAfter().minor() >= target.minor()) {
      changed(pot, "pot.target_reached");
    }
    return move;
  }

  /**
   * Runs every sweep that is due, oldest pot first. A run the wallet cannot cover (or any other
   * refusal) moves nothing, is recorded as skipped and announced as {@code pot.sweep_failed}; the
   * sweep goes on at its next due time. The clock's scheduler calls it; use under the lock.
   */
  public void runDue() {
    Instant now = engine.clock().now();
    for (PotRecord pot : List.copyOf(engine.pots().values())) {
      Instant due = pot.nextRunAt();
      while (due != null && !due.isAfter(now)) {
        PotRecord.Sweep sweep = java.util.Objects.requireNonNull(pot.sweep());
        String failure = null;
        try {
          deposit(pot, sweep.amount(), null);
        } catch (ApiProblem problem) {
          failure = problem.code();
        }
        pot.ran(new PotRecord.SweepRun(due, now, failure == null, failure));
        if (failure != null) {
          changed(pot, "pot.sweep_failed");
        }
        due = pot.nextRunAt();
      }
    }
  }

  private void changed(PotRecord pot, String type) {
    engine.emit(new DomainEvent.PotChanged(pot.partnerId(), type, pot, balance(pot)));
  }

  private static void requireOpen(PotRecord pot) {
    if (pot.closedAt() != null) {
      throw ApiProblem.of(
          409, "pot_closed", "Pot closed", "pot " + pot.id() + " was closed at " + pot.closedAt());
    }
  }

  private void requireUniqueName(String walletId, String name, @Nullable String except) {
    if (StandIns.isText(name)) {
      // A replay after erasure: every pot name of the holder opens as the same stand-in, and the
      // original names were accepted as unique when they were sent.
      return;
    }
    for (PotRecord other : pots(walletId)) {
      if (other.closedAt() == null && other.name().equals(name) && !other.id().equals(except)) {
        throw ApiProblem.invalidField(
            "/name",
            "duplicate_name",
            "wallet " + walletId + " already has an open pot named \"" + name + "\"");
      }
    }
  }
}
