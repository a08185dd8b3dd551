/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision of transaction monitoring other than a plain allow: the rules that fired on a movement
 * and the outcome they asked for together, the strictest of theirs.
 *
 * @param id the flag id, {@code rsk_…}
 * @param partnerId the partner whose wallet moved
 * @param walletId the wallet debited
 * @param operation the operation, for example {@code payments.create}
 * @param amount the amount assessed
 * @param outcome the decision
 * @param reasons every rule that fired, in rule order
 * @param review the review holding the movement, for a hold; otherwise {@code null}
 * @param createdAt when it was decided
 */
public record RiskFlag(
    String id,
    String partnerId,
    String walletId,
    String operation,
    Amount amount,
    RiskOutcome outcome,
    List<RiskReason> reasons,
    @Nullable RiskReviewRecord review,
    Instant createdAt) {
  /** Copies the reasons. */
  public RiskFlag {
    reasons = List.copyOf(reasons);
  }
}
