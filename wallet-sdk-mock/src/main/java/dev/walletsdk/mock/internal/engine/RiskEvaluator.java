/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a partner's monitoring rules against one debit, as it would run now:
 *
 * <ul>
 *   <li>{@code velocity}: the wallet's executed outgoing movements in the window ending now (after
 *       {@code now − window}), in the rule's currency if it has one, plus this one: fires when
 *       their count exceeds {@code maxCount} or their sum exceeds {@code maxAmount};
 *   <li>{@code amount_anomaly}: with at least {@code minHistory} of the wallet's latest {@code
 *       history} executed outgoing amounts in the rule's currency, fires when the amount's modified
 *       z-score against them exceeds {@code threshold} ({@link RobustScore});
 *   <li>{@code new_payee}: fires on an amount in the rule's currency of at least {@code minAmount}
 *       to a payee the wallet never paid in an executed movement.
 * </ul>
 */
final class RiskEvaluator {
  private final RiskBook book;

  RiskEvaluator(RiskBook book) {
    this.book = book;
  }

  RiskAssessment assess(WalletRecord wallet, Amount amount, @Nullable String payee, Instant now) {
    RiskAssessment assessment = RiskAssessment.CLEAR;
    for (RiskRule rule : book.rulesOf(wallet.partnerId())) {
      String detail = fires(rule, wallet.id(), amount, payee, now);
      if (detail != null) {
        RiskReason reason =
            new RiskReason(rule.id(), rule.type(), rule.reasonCode(), rule.outcome(), detail);
        assessment = assessment.and(new RiskAssessment(rule.outcome(), List.of(reason)));
      }
    }
    return assessment;
  }

  private @Nullable String fires(
      RiskRule rule, String walletId, Amount amount, @Nullable String payee, Instant now) {
    return switch (rule.type()) {
      case RiskRule.VELOCITY -> velocity(rule, walletId, amount, now);
      case RiskRule.AMOUNT_ANOMALY -> anomaly(rule, walletId, amount);
      case RiskRule.NEW_PAYEE -> newPayee(rule, walletId, amount, payee);
      default -> throw new IllegalStateException("no rule type " + rule.type());
    };
  }

  private @Nullable String velocity(RiskRule rule, String walletId, Amount amount, Instant now) {
    if (rule.currency() != null && rule.currency() != amount.currency()) {
      return null;
    }
    List<RiskBook.Executed> window = new ArrayList<>();
    for (RiskBook.Executed movement : book.inWindow(walletId, now, rule.window())) {
      if (rule.currency() == null || movement.amount().currency() == rule.currency()) {
        window.add(movement);
      }
    }
    long count = window.size() + 1L;
    String seconds = rule.window().toSeconds() + " seconds";
    if (rule.maxCount() != null && count > rule.maxCount()) {
      return count + " movements in " + seconds + ", over the maximum of " + rule.maxCount();
    }
    if (rule.maxAmount() != null) {
      long sum = amount.minor();
      for (RiskBook.Executed movement : window) {
        sum = Math.addExact(sum, movement.amount().minor());
      }
      if (sum > rule.maxAmount()) {
        return Amount.of(amount.currency(), sum)
            + " in "
            + seconds
            + ", over the maximum of "
            + Amount.of(amount.currency(), rule.maxAmount());
      }
    }
    return null;
  }

  private @Nullable String anomaly(RiskRule rule, String walletId, Amount amount) {
    if (rule.currency() != amount.currency()) {
      return null;
    }
    List<Long> history = book.latest(walletId, amount, rule.history());
    BigDecimal threshold = rule.threshold();
    if (history.size() < rule.minHistory()
        || !RobustScore.exceeds(history, amount.minor(), threshold)) {
      return null;
    }
    BigDecimal score = RobustScore.score(history, amount.minor());
    return amount
        + " scores "
        + (score == null ? "infinity" : score.toPlainString())
        + " against the last "
        + history.size()
        + " amounts (median "
        + RobustScore.median(history).toPlainString()
        + ", MAD "
        + RobustScore.mad(history).toPlainString()
        + " minor units), over the threshold of "
        + threshold.toPlainString();
  }

  private @Nullable String newPayee(
      RiskRule rule, String walletId, Amount amount, @Nullable String payee) {
    if (payee == null
        || rule.currency() != amount.currency()
        || amount.minor() < rule.minAmount()
        || book.paidBefore(walletId, payee)) {
      return null;
    }
    return "first payment to "
        + payee
        + " is "
        + amount
        + ", at or above "
        + Amount.of(amount.currency(), rule.minAmount());
  }
}
