/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.engine.SpendingPeriod.Window;
import java.util.List;

/**
 * Creates, changes and deletes holders' budgets, and fires their alerts as merchant payments land:
 * {@code budget.threshold_reached} once per threshold per period when the net spent reaches that
 * percentage of the amount, and {@code budget.exceeded} once per period when it passes the amount.
 * A new period starts afresh; a refund lowers what is spent but re-arms nothing in its period.
 * Every method runs under the engine's lock.
 */
public final class BudgetService {
  /** The thresholds of a budget created without any. */
  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(80);

  /** The most thresholds a budget may have. */
  public static final int MAX_THRESHOLDS = 5;

  /** The most budgets a wallet may have. */
  public static final int MAX_PER_WALLET = 100;

  private final Engine engine;
  private final SpendingAnalysis analysis;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public BudgetService(Engine engine) {
    this.engine = engine;
    this.analysis = new SpendingAnalysis(engine);
  }

  /**
   * Creates a budget; the caller has checked the fields' formats.
   *
   * @param partner the owner
   * @param wallet the wallet, owned by the partner
   * @param category four digits
   * @param period the period
   * @param amount the most to spend per period, positive
   * @param thresholds distinct percentages from 1 to 100, ascending
   * @return the budget
   * @throws ApiProblem {@code 409 wallet_erased}, {@code 409 budget_exists} or {@code 422
   *     limit_exceeded}; nothing changes
   */
  public BudgetRecord create(
      Partner partner,
      WalletRecord wallet,
      String category,
      SpendingPeriod period,
      Amount amount,
      List<Integer> thresholds) {
    if (wallet.erasedAt() != null) {
      throw ApiProblem.of(
          409,
          "wallet_erased",
          "Wallet erased",
          "wallet " + wallet.id() + " was erased at " + wallet.erasedAt());
    }
    engine
        .budgets()
        .find(wallet.id(), category, period, amount.currency())
        .ifPresent(
            existing -> {
              throw ApiProblem.of(
                  409,
                  "budget_exists",
                  "Budget exists",
                  "wallet "
                      + wallet.id()
                      + " already has budget "
                      + existing.id()
                      + " for category "
                      + category
                      + " per "
                      + period.wireName()
                      + " in "
                      + amount.code());
            });
    if (engine.budgets().ofWallet(wallet.id()).size() >= MAX_PER_WALLET) {
      throw ApiProblem.of(
          422,
          "limit_exceeded",
          "Limit exceeded",
          "wallet "
              + wallet.id()
              + " already has "
              + MAX_PER_WALLET
              + " budgets, the most allowed");
    }
    BudgetRecord budget =
        new BudgetRecord(
            engine.ids().next("bgt_"),
            partner.id(),
            wallet.id(),
            category,
            period,
            amount,
            thresholds,
            engine.clock().now());
    engine.budgets().add(budget);
    return budget;
  }

  /**
   * Changes a budget's amount. What fired this period stays fired; the next payment is measured
   * against the new amount.
   *
   * @param budget the budget
   * @param amount the new amount, positive
   * @return the budget
   * @throws ApiProblem {@code 422 currency_mismatch} if the amount is in another currency; nothing
   *     changes
   */
  public BudgetRecord changeAmount(BudgetRecord budget, Amount amount) {
    if (amount.currency() != budget.amount().currency()) {
      throw ApiProblem.unprocessable(
          "/amount/currency",
          "currency_mismatch",
          "must be " + budget.amount().code() + ", the currency of budget " + budget.id());
    }
    budget.amount(amount, engine.clock().now());
    return budget;
  }

  /**
   * Deletes a budget.
   *
   * @param budget the budget
   */
  public void delete(BudgetRecord budget) {
    engine.budgets().remove(budget.id());
  }

  /**
   * Returns what a budget's wallet spent in its category in the current period.
   *
   * @param budget the budget
   * @return the budget, the current period and the net spent in it
   */
  public Status status(BudgetRecord budget) {
    Window window = Window.of(budget.period(), engine.clock().now());
    long spent =
        analysis.spent(budget.walletId(), budget.category(), window, budget.amount().currency());
    return new Status(budget, window, Amount.of(budget.amount().currency(), spent));
  }

  /**
   * A budget with its current period and the net spent in it.
   *
   * @param budget the budget
   * @param window the current period
   * @param spent the net spent
   */
  public record Status(BudgetRecord budget, Window window, Amount spent) {}

  /**
   * Fires the alerts a landed merchant payment brings about, after its {@code payment.succeeded}.
   *
   * @param payment the payment, just recorded
   */
  void paymentLanded(PaymentRecord payment) {
    for (BudgetRecord budget : engine.budgets().ofWallet(payment.walletId())) {
      if (budget.category().equals(payment.category())
          && budget.amount().currency() == payment.debited().currency()) {
        evaluate(budget, payment.id());
      }
    }
  }

  private void evaluate(BudgetRecord budget, String paymentId) {
    Status status = status(budget);
    budget.enterPeriod(status.window().start());
    long spent = status.spent().minor();
    long amount = budget.amount().minor();
    for (int threshold : budget.thresholds()) {
      boolean reached =
          Math.multiplyExact(spent, 100L) >= Math.multiplyExact(amount, (long) threshold);
      if (reached && budget.fire(threshold)) {
        engine.emit(
            new DomainEvent.BudgetAlert(
                budget.partnerId(), "budget.threshold_reached", status, threshold, paymentId));
      }
    }
    if (spent > amount && budget.exceed()) {
      engine.emit(
          new DomainEvent.BudgetAlert(
              budget.partnerId(), "budget.exceeded", status, null, paymentId));
    }
  }
}
