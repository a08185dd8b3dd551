/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.engine.SpendingPeriod.Window;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A wallet's spending in one currency over one period, with the period before it: totals by
 * merchant category, by merchant or by direction. Derived from the payments, refunds and history
 * the engine keeps, so replay reproduces it. Merchant payments count at what left the wallet (FX
 * fee included) in the currency debited; a refund counts in the period it is made, against the
 * category and merchant of its payment, so a period's total may be negative. Use under the engine's
 * lock.
 */
public final class SpendingAnalysis {
  /** What the totals are grouped by. */
  public enum GroupBy {
    /** The merchant's ISO 18245 category. */
    CATEGORY,
    /** The merchant. */
    MERCHANT,
    /** Money in ({@code in}) and out ({@code out}) of the wallet. */
    DIRECTION;

    /**
     * Reads a wire name.
     *
     * @param text {@code category}, {@code merchant} or {@code direction}
     * @return the grouping, or empty if the name is not one
     */
    public static Optional<GroupBy> parse(String text) {
      for (GroupBy by : values()) {
        if (by.wireName().equals(text)) {
          return Optional.of(by);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the wire name.
     *
     * @return the lower-case name
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One total.
   *
   * @param key the category code, merchant id, or {@code in}/{@code out}
   * @param category the category of a category or merchant line, {@code null} for a direction
   * @param amount the net total in the period
   * @param previous the net total in the period before
   * @param count the payments (or, by direction, the movements; refunds not counted) in the period
   * @param merchantAmounts for cross-currency payments, the net the merchants received in their
   *     currencies in the period, by currency; zeros left out
   * @param budget the budget of this category, period and currency, if any
   */
  public record Line(
      String key,
      @Nullable String category,
      Amount amount,
      Amount previous,
      int count,
      List<Amount> merchantAmounts,
      @Nullable BudgetRecord budget) {}

  private final Engine engine;

  /**
   * Creates the analysis.
   *
   * @param engine the platform state
   */
  public SpendingAnalysis(Engine engine) {
    this.engine = engine;
  }

  /**
   * Computes the totals of a wallet, sorted by key.
   *
   * @param walletId the wallet
   * @param window the period
   * @param currency the wallet currency to total
   * @param by the grouping
   * @return the lines; by category, every category with a budget of this period and currency is
   *     there even without spending
   */
  public List<Line> lines(String walletId, Window window, CurrencyCode currency, GroupBy by) {
    Map<String, Tally> tallies = new TreeMap<>();
    if (by == GroupBy.DIRECTION) {
      directions(walletId, window, currency, tallies);
    } else {
      Function<PaymentRecord, String> key =
          by == GroupBy.CATEGORY ? PaymentRecord::category : PaymentRecord::merchantId;
      payments(walletId, window, currency, key, tallies);
      if (by == GroupBy.CATEGORY) {
        for (BudgetRecord budget : engine.budgets().ofWallet(walletId)) {
          if (budget.period() == window.period() && budget.amount().currency() == currency) {
            tallies.computeIfAbsent(budget.category(), c -> new Tally(c));
          }
        }
      }
    }
    List<Line> lines = new ArrayList<>(tallies.size());
    tallies.forEach(
        (k, tally) -> {
          BudgetRecord budget =
              by == GroupBy.CATEGORY
                  ? engine.budgets().find(walletId, k, window.period(), currency).orElse(null)
                  : null;
          lines.add(tally.line(k, currency, budget));
        });
    return lines;
  }

  /**
   * Returns the net a wallet spent in a category in a period.
   *
   * @param walletId the wallet
   * @param category the category
   * @param window the period
   * @param currency the currency debited
   * @return the net, in minor units; negative if refunds outweigh payments
   */
  public long spent(String walletId, String category, Window window, CurrencyCode currency) {
    Map<String, Tally> tallies = new TreeMap<>();
    payments(walletId, window, currency, PaymentRecord::category, tallies);
    Tally tally = tallies.get(category);
    return tally == null ? 0 : tally.current;
  }

  private void payments(
      String walletId,
      Window window,
      CurrencyCode currency,
      Function<PaymentRecord, String> key,
      Map<String, Tally> tallies) {
    Window previous = window.previous();
    for (PaymentRecord payment : engine.payments().values()) {
      if (counts(payment, walletId, currency)) {
        Tally tally =
            tallies.computeIfAbsent(key.apply(payment), k -> new Tally(payment.category()));
        tally.add(window, previous, payment.createdAt(), payment.debited(), payment.amount(), 1);
      }
    }
    for (RefundRecord refund : engine.refunds().values()) {
      PaymentRecord payment = engine.payments().get(refund.paymentId());
      if (payment != null && counts(payment, walletId, currency)) {
        Tally tally =
            tallies.computeIfAbsent(key.apply(payment), k -> new Tally(payment.category()));
        tally.add(
            window,
            previous,
            refund.createdAt(),
            negate(refund.credited()),
            negate(refund.amount()),
            0);
      }
    }
  }

  private static boolean counts(PaymentRecord payment, String walletId, CurrencyCode currency) {
    return payment.walletId().equals(walletId) && payment.debited().currency() == currency;
  }

  private void directions(
      String walletId, Window window, CurrencyCode currency, Map<String, Tally> tallies) {
    Tally in = new Tally(null);
    Tally out = new Tally(null);
    tallies.put("in", in);
    tallies.put("out", out);
    Window previous = window.previous();
    WalletRecord wallet = engine.wallet(walletId).orElseThrow();
    // A movement may post several legs (an FX payment's principal and fee): it counts once.
    Set<String> outCounted = new HashSet<>();
    Set<String> inCounted = new HashSet<>();
    for (TransactionRecord transaction : wallet.transactions()) {
      Amount amount = transaction.amount();
      if (amount.currency() != currency) {
        continue;
      }
      Instant at = transaction.createdAt();
      String cause = transaction.resourceId();
      if (transaction.direction().equals("debit")) {
        out.add(window, previous, at, amount, amount, outCounted.add(cause) ? 1 : 0);
      } else if (transaction.type().equals("refund")) {
        out.add(window, previous, at, negate(amount), negate(amount), 0);
      } else {
        in.add(window, previous, at, amount, amount, inCounted.add(cause) ? 1 : 0);
      }
    }
  }

  private static Amount negate(Amount amount) {
    return Amount.of(amount.currency(), Math.negateExact(amount.minor()));
  }

  /** A running total of one key. */
  private static final class Tally {
    private final @Nullable String category;
    private long current;
    private long previousTotal;
    private int count;
    private final Map<String, Long> foreign = new TreeMap<>();

    Tally(@Nullable String category) {
      this.category = category;
    }

    void add(
        Window window, Window previous, Instant at, Amount debited, Amount merchant, int payments) {
      if (window.contains(at)) {
        current = Math.addExact(current, debited.minor());
        count += payments;
        if (merchant.currency() != debited.currency()) {
          foreign.merge(merchant.code(), merchant.minor(), Math::addExact);
        }
      } else if (previous.contains(at)) {
        previousTotal = Math.addExact(previousTotal, debited.minor());
      }
    }

    Line line(String key, CurrencyCode currency, @Nullable BudgetRecord budget) {
      List<Amount> merchantAmounts = new ArrayList<>();
      foreign.forEach(
          (code, minor) -> {
            if (minor != 0) {
              merchantAmounts.add(Amount.of(CurrencyCode.of(code), minor));
            }
          });
      return new Line(
          key,
          category,
          Amount.of(currency, current),
          Amount.of(currency, previousTotal),
          count,
          List.copyOf(merchantAmounts),
          budget);
    }
  }
}
