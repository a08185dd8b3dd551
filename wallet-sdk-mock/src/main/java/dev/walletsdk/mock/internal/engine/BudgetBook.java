/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.store.Store;
import dev.walletsdk.model.CurrencyCode;
import java.util.List;
import java.util.Optional;

/**
 * Every holder's budgets, by id in creation order, and the category each registered merchant is in.
 * Use under the engine's lock.
 */
public final class BudgetBook {
  /**
   * The category of a merchant registered without one: 5999, miscellaneous and specialty retail,
   * the catch-all code of ISO 18245.
   */
  public static final String DEFAULT_CATEGORY = "5999";

  private final Store<BudgetRecord> budgets = Store.ordered();
  private final Store<String> merchantCategories = Store.unordered();

  /**
   * Returns a budget.
   *
   * @param id the id
   * @return the budget, if it exists
   */
  public Optional<BudgetRecord> budget(String id) {
    return Optional.ofNullable(budgets.get(id));
  }

  /**
   * Returns a wallet's budgets, oldest first.
   *
   * @param walletId the wallet
   * @return the budgets
   */
  public List<BudgetRecord> ofWallet(String walletId) {
    return budgets.values().stream().filter(b -> b.walletId().equals(walletId)).toList();
  }

  /**
   * Returns the budget of a wallet for a category, period and currency.
   *
   * @param walletId the wallet
   * @param category the category
   * @param period the period
   * @param currency the currency
   * @return the budget, if there is one
   */
  public Optional<BudgetRecord> find(
      String walletId, String category, SpendingPeriod period, CurrencyCode currency) {
    return ofWallet(walletId).stream()
        .filter(
            b ->
                b.category().equals(category)
                    && b.period() == period
                    && b.amount().currency() == currency)
        .findFirst();
  }

  void add(BudgetRecord budget) {
    budgets.put(budget.id(), budget);
  }

  void remove(String id) {
    budgets.remove(id);
  }

  /**
   * Removes every budget of a wallet, as its erasure does.
   *
   * @param walletId the wallet
   */
  public void removeWallet(String walletId) {
    ofWallet(walletId).forEach(b -> budgets.remove(b.id()));
  }

  /**
   * Sets the category of a merchant, as its registration says.
   *
   * @param merchantId the merchant
   * @param category four digits
   */
  public void categorize(String merchantId, String category) {
    merchantCategories.put(merchantId, category);
  }

  /**
   * Returns the category of a registered merchant.
   *
   * @param merchantId the merchant
   * @return its registered category, or {@link #DEFAULT_CATEGORY}
   */
  public String categoryOf(String merchantId) {
    String category = merchantCategories.get(merchantId);
    return category == null ? DEFAULT_CATEGORY : category;
  }
}
