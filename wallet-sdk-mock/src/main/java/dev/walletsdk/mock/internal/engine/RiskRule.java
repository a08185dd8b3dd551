/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring rule a partner set through the control plane. It applies to every movement out of
 * the partner's wallets and, when it fires, asks for its outcome with its reason code.
 *
 * @param id the rule id, {@code rul_…}
 * @param partnerId whose wallets it watches
 * @param type {@code velocity}, {@code amount_anomaly} or {@code new_payee}
 * @param outcome what a firing asks for
 * @param reasonCode the reason code reported when it fires
 * @param currency the currency it watches; {@code null} for a velocity rule on counts only
 * @param window a velocity rule's window on the platform clock, or {@code null}
 * @param maxCount a velocity rule's most movements in the window, or {@code null}
 * @param maxAmount a velocity rule's most money in the window in minor units, or {@code null}
 * @param threshold an anomaly rule's modified z-score above which it fires, or {@code null}
 * @param history an anomaly rule's number of latest amounts scored against, or 0
 * @param minHistory an anomaly rule's fewest amounts it needs to score at all, or 0
 * @param minAmount a new-payee rule's smallest amount that fires in minor units, or {@code null}
 */
public record RiskRule(
    String id,
    String partnerId,
    String type,
    RiskOutcome outcome,
    String reasonCode,
    @Nullable CurrencyCode currency,
    @Nullable Duration window,
    @Nullable Long maxCount,
    @Nullable Long maxAmount,
    @Nullable BigDecimal threshold,
    int history,
    int minHistory,
    @Nullable Long minAmount) {

  /** The rule types. */
  public static final String VELOCITY = "velocity";

  /** A rule on an amount far above the wallet's own history. */
  public static final String AMOUNT_ANOMALY = "amount_anomaly";

  /** A rule on the first payment to a payee. */
  public static final String NEW_PAYEE = "new_payee";
}
