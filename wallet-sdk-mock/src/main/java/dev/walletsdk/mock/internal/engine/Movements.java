/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.ledger.BalanceLimitException;
import dev.walletsdk.mock.internal.ledger.InsufficientBalanceException;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Moves money through the ledger and records each posted leg that touches a wallet in that wallet's
 * history, with the running balance after it.
 */
final class Movements {
  static final String WALLET_PREFIX = "wallet:";
  static final String FEES_PREFIX = "system:fees:";

  private final Engine engine;

  Movements(Engine engine) {
    this.engine = engine;
  }

  /** The account of a wallet in a currency, created on first use; it may not go negative. */
  String walletAccount(WalletRecord wallet, CurrencyCode currency) {
    return engine
        .ledger()
        .account(wallet.accountKey(currency), currency.code(), false, Amount.maxMinor(currency))
        .key();
  }

  /** A platform account in a currency, created on first use; it may go negative. */
  String systemAccount(String name, CurrencyCode currency) {
    String key = "system:" + name + ":" + currency.code();
    return engine.ledger().account(key, currency.code(), true).key();
  }

  /**
   * The legs of a conversion at a quote, in the order they are posted: the principal from the
   * wallet to the FX position in the sell currency, the fee (if any) from the wallet to fee
   * revenue, and the bought amount from the FX position in the buy currency to the target.
   *
   * @param wallet the wallet that sells
   * @param quote the quote converted at
   * @param target the account credited with the bought amount, given its currency; asked after the
   *     sell side's accounts exist, so accounts are created in posting order
   * @return the legs, in a list the caller may add to
   */
  List<Leg> fxLegs(WalletRecord wallet, QuoteRecord quote, Function<CurrencyCode, String> target) {
    CurrencyCode sell = quote.sell().currency();
    CurrencyCode buy = quote.buy().currency();
    List<Leg> legs = new ArrayList<>();
    legs.add(leg(walletAccount(wallet, sell), systemAccount("fx", sell), quote.principal()));
    if (quote.fee().minor() > 0) {
      legs.add(leg(walletAccount(wallet, sell), systemAccount("fees", sell), quote.fee()));
    }
    legs.add(leg(systemAccount("fx", buy), target.apply(buy), quote.buy()));
    return legs;
  }

  private static Leg leg(String debit, String credit, Amount amount) {
    return new Leg(debit, credit, amount.code(), amount.minor());
  }

  /**
   * Posts legs at once and records the wallets' history.
   *
   * @throws ApiProblem {@code 422 insufficient_funds} if a wallet lacks funds, {@code 422
   *     limit_exceeded} if an account would pass its balance limit; nothing changes
   */
  JournalEntry post(
      List<Leg> legs, Memo memo, @Nullable String reference, @Nullable String description) {
    Map<String, Long> running = balancesBefore(legs);
    JournalEntry entry;
    try {
      entry = engine.ledger().post(legs, engine.clock().now(), memo);
    } catch (InsufficientBalanceException e) {
      throw insufficientFunds(e);
    } catch (BalanceLimitException e) {
      throw balanceLimit(e);
    }
    recordHistory(entry, running, reference, description);
    return entry;
  }

  /**
   * Reserves legs; history is recorded when the reservation is posted.
   *
   * @throws ApiProblem {@code 422 insufficient_funds} if a wallet lacks funds, {@code 422
   *     limit_exceeded} if an account would pass its balance limit; nothing changes
   */
  JournalEntry reserve(List<Leg> legs, Memo memo) {
    try {
      return engine.ledger().reserve(legs, engine.clock().now(), memo);
    } catch (InsufficientBalanceException e) {
      throw insufficientFunds(e);
    } catch (BalanceLimitException e) {
      throw balanceLimit(e);
    }
  }

  /** Posts a reservation and records the wallets' history. */
  JournalEntry postReservation(
      long reservation, Memo memo, @Nullable String reference, @Nullable String description) {
    List<Leg> legs = engine.ledger().openReservations().get(reservation).legs();
    Map<String, Long> running = balancesBefore(legs);
    JournalEntry entry = engine.ledger().postReservation(reservation, engine.clock().now(), memo);
    recordHistory(entry, running, reference, description);
    return entry;
  }

  private Map<String, Long> balancesBefore(List<Leg> legs) {
    Map<String, Long> balances = new HashMap<>();
    for (Leg leg : legs) {
      for (String key : List.of(leg.debit(), leg.credit())) {
        if (key.startsWith(WALLET_PREFIX)) {
          balances.put(key, engine.ledger().find(key).map(Account::posted).orElse(0L));
        }
      }
    }
    return balances;
  }

  private void recordHistory(
      JournalEntry entry,
      Map<String, Long> running,
      @Nullable String reference,
      @Nullable String description) {
    List<Leg> legs = entry.legs();
    for (int i = 0; i < legs.size(); i++) {
      Leg leg = legs.get(i);
      String id = "txn_" + entry.sequence() + "n" + i;
      if (leg.debit().startsWith(WALLET_PREFIX)) {
        long after = running.merge(leg.debit(), -leg.amount(), Long::sum);
        String type = leg.credit().startsWith(FEES_PREFIX) ? "fee" : debitType(entry.memo());
        record(id + "d", leg.debit(), leg, type, "debit", after, entry, reference, description);
      }
      if (leg.credit().startsWith(WALLET_PREFIX)) {
        long after = running.merge(leg.credit(), leg.amount(), Long::sum);
        String type = creditType(entry.memo());
        record(id + "c", leg.credit(), leg, type, "credit", after, entry, reference, description);
      }
    }
  }

  private void record(
      String id,
      String accountKey,
      Leg leg,
      String type,
      String direction,
      long balanceAfter,
      JournalEntry entry,
      @Nullable String reference,
      @Nullable String description) {
    String walletId = accountKey.substring(WALLET_PREFIX.length(), accountKey.lastIndexOf(':'));
    CurrencyCode currency = CurrencyCode.of(leg.currency());
    WalletRecord wallet = engine.walletMap().get(walletId);
    wallet.record(
        new TransactionRecord(
            id,
            walletId,
            type,
            direction,
            Amount.of(currency, leg.amount()),
            Amount.of(currency, balanceAfter),
            entry.memo().resourceId(),
            reference,
            description,
            entry.at()));
  }

  private static String debitType(Memo memo) {
    return switch (memo.type()) {
      case "transfer" -> "transfer_out";
      default -> memo.type();
    };
  }

  private static String creditType(Memo memo) {
    return switch (memo.type()) {
      case "transfer" -> "transfer_in";
      default -> memo.type();
    };
  }

  /** A wallet would hold more than a wallet may, or a platform account more than it can count. */
  private static ApiProblem balanceLimit(BalanceLimitException e) {
    String key = e.accountKey();
    String detail;
    if (key.startsWith(WALLET_PREFIX)) {
      CurrencyCode currency = CurrencyCode.of(key.substring(key.lastIndexOf(':') + 1));
      String walletId = key.substring(WALLET_PREFIX.length(), key.lastIndexOf(':'));
      detail =
          "wallet "
              + walletId
              + " would hold more than "
              + Amount.of(currency, e.limit())
              + ", the most a wallet may hold";
    } else {
      detail = "the platform's account " + key + " would pass its limit of " + e.limit();
    }
    return ApiProblem.of(422, "limit_exceeded", "Limit exceeded", detail);
  }

  private ApiProblem insufficientFunds(InsufficientBalanceException e) {
    String key = e.accountKey();
    CurrencyCode currency = CurrencyCode.of(key.substring(key.lastIndexOf(':') + 1));
    String walletId = key.substring(WALLET_PREFIX.length(), key.lastIndexOf(':'));
    return ApiProblem.of(
        422,
        "insufficient_funds",
        "Insufficient funds",
        "wallet "
            + walletId
            + " has "
            + Amount.of(currency, e.available())
            + " available but "
            + Amount.of(currency, e.needed())
            + " is needed");
  }
}
