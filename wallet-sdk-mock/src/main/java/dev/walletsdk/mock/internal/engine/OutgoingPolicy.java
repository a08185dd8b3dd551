/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.model.KycLevel;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rules every outgoing movement passes before it runs: the wallet is active and has the funds,
 * the per-transaction and rolling 24-hour limits hold, and whether step-up is needed.
 */
public final class OutgoingPolicy {
  private static final Duration WINDOW = Duration.ofHours(24);

  private final Engine engine;

  /**
   * Creates the policy.
   *
   * @param engine the platform state
   */
  public OutgoingPolicy(Engine engine) {
    this.engine = engine;
  }

  /**
   * Checks that a debit may run.
   *
   * @param wallet the wallet debited
   * @param debit what it would pay, fees included
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 422 insufficient_funds} or {@code 422
   *     limit_exceeded}
   */
  public void check(WalletRecord wallet, Amount debit) {
    WalletService.requireActive(wallet);
    long available =
        engine
            .ledger()
            .find(wallet.accountKey(debit.currency()))
            .map(Account::available)
            .orElse(0L);
    if (available < debit.minor()) {
      throw ApiProblem.of(
          422,
          "insufficient_funds",
          "Insufficient funds",
          "wallet "
              + wallet.id()
              + " has "
              + Amount.of(debit.currency(), available)
              + " available but "
              + debit
              + " is needed");
    }
    checkLimits(wallet, debit, engine.clock().now());
  }

  /**
   * The effective limit in each case is the stricter of the wallet's own and its KYC level's; the
   * message names the level when the level's limit is the one that binds.
   */
  private void checkLimits(WalletRecord wallet, Amount debit, Instant now) {
    KycLimitTable.Limits level = engine.kycLimits().of(wallet.kycLevel(), debit.currency());
    Binding perTransaction =
        Binding.stricter(
            wallet.perTransactionLimit(debit.currency()),
            level == null ? null : level.perTransaction(),
            wallet.kycLevel());
    if (perTransaction != null && debit.minor() > perTransaction.minor()) {
      throw limitExceeded(
          "wallet "
              + wallet.id()
              + ": "
              + debit
              + " exceeds the per-transaction limit of "
              + Amount.of(debit.currency(), perTransaction.minor())
              + perTransaction.suffix());
    }
    Binding rolling =
        Binding.stricter(
            wallet.rollingLimit(debit.currency()),
            level == null ? null : level.rolling24h(),
            wallet.kycLevel());
    if (rolling != null) {
      long total =
          Math.addExact(wallet.outgoingSince(debit.currency(), now, WINDOW), debit.minor());
      if (total > rolling.minor()) {
        throw limitExceeded(
            "wallet "
                + wallet.id()
                + ": "
                + debit
                + " would bring the last 24 hours to "
                + Amount.of(debit.currency(), total)
                + ", over the limit of "
                + Amount.of(debit.currency(), rolling.minor())
                + rolling.suffix());
      }
    }
  }

  /** The limit that binds, and the KYC level if it is the level's. */
  private record Binding(long minor, @Nullable KycLevel level) {
    static @Nullable Binding stricter(
        @Nullable Long own, @Nullable Long ofLevel, KycLevel walletLevel) {
      if (ofLevel != null && (own == null || ofLevel < own)) {
        return new Binding(ofLevel, walletLevel);
      }
      return own == null ? null : new Binding(own, null);
    }

    String suffix() {
      return level == null ? "" : " for KYC level " + KycService.name(level);
    }
  }

  private static ApiProblem limitExceeded(String detail) {
    return ApiProblem.of(422, "limit_exceeded", "Limit exceeded", detail);
  }

  /**
   * Tells whether a debit needs step-up authentication.
   *
   * @param wallet the wallet debited
   * @param debit what it would pay
   * @return {@code true} at or above the wallet's threshold for the currency
   */
  public boolean needsStepUp(WalletRecord wallet, Amount debit) {
    Long threshold = wallet.stepUpThreshold(debit.currency());
    return threshold != null && debit.minor() >= threshold;
  }

  /**
   * Counts a debit that ran against the rolling limit.
   *
   * @param wallet the wallet debited
   * @param debit what it paid
   */
  public void record(WalletRecord wallet, Amount debit) {
    wallet.recordOutgoing(engine.clock().now(), debit);
  }
}
