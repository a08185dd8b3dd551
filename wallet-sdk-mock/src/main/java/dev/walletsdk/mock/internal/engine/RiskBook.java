/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What transaction monitoring keeps: the partners' rules, the reviews, and each wallet's executed
 * outgoing movements (when, how much, to whom) that velocity, the anomaly score and new payees are
 * measured against. Built from executed movements only, so replaying the journal rebuilds it. Use
 * under the engine's lock.
 */
public final class RiskBook {
  /** One executed outgoing movement of a wallet. */
  record Executed(Instant at, Amount amount) {}

  private final Store<RiskRule> rules = Store.ordered();
  private final Store<RiskReviewRecord> reviews = Store.ordered();
  private final Map<String, List<Executed>> executed = new HashMap<>();
  private final Map<String, Set<String>> payees = new HashMap<>();

  /**
   * The rules, in creation order.
   *
   * @return the store
   */
  public Store<RiskRule> rules() {
    return rules;
  }

  /**
   * The reviews, in creation order.
   *
   * @return the store
   */
  public Store<RiskReviewRecord> reviews() {
    return reviews;
  }

  /**
   * The rules watching a partner's wallets, in creation order.
   *
   * @param partnerId the partner
   * @return the rules
   */
  public List<RiskRule> rulesOf(String partnerId) {
    List<RiskRule> of = new ArrayList<>();
    for (RiskRule rule : rules.values()) {
      if (rule.partnerId().equals(partnerId)) {
        of.add(rule);
      }
    }
    return of;
  }

  void record(String walletId, Instant at, Amount amount, @Nullable String payee) {
    executed.computeIfAbsent(walletId, w -> new ArrayList<>()).add(new Executed(at, amount));
    if (payee != null) {
      payees.computeIfAbsent(walletId, w -> new HashSet<>()).add(payee);
    }
  }

  /**
   * Movements (any currency when {@code currency} is null) in the window ending now: after now −
   * window.
   */
  List<Executed> inWindow(String walletId, Instant now, Duration window) {
    Instant from = now.minus(window);
    List<Executed> in = new ArrayList<>();
    for (Executed movement : executed.getOrDefault(walletId, List.of())) {
      if (movement.at().isAfter(from)) {
        in.add(movement);
      }
    }
    return in;
  }

  /** The latest {@code count} amounts in a currency, oldest first. */
  List<Long> latest(String walletId, Amount like, int count) {
    List<Long> amounts = new ArrayList<>();
    List<Executed> all = executed.getOrDefault(walletId, List.of());
    for (int i = all.size() - 1; i >= 0 && amounts.size() < count; i--) {
      if (all.get(i).amount().currency() == like.currency()) {
        amounts.add(0, all.get(i).amount().minor());
      }
    }
    return amounts;
  }

  boolean paidBefore(String walletId, String payee) {
    return payees.getOrDefault(walletId, Set.of()).contains(payee);
  }
}
