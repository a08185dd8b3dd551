/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A movement held for review: its funds are reserved until a reviewer releases it (it executes) or
 * rejects it (the reservation is voided). Mutable only through its decision; use under the engine's
 * lock.
 */
public final class RiskReviewRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String operation;
  private final Amount amount;
  private final List<RiskReason> reasons;
  private final HeldOperation held;
  private final long reservation;
  private final Instant createdAt;
  private String status = "pending_review";
  private @Nullable Instant decidedAt;
  private @Nullable String resultId;
  private @Nullable String failureCode;

  RiskReviewRecord(
      String id,
      String partnerId,
      String walletId,
      String operation,
      Amount amount,
      List<RiskReason> reasons,
      HeldOperation held,
      long reservation,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.operation = operation;
    this.amount = amount;
    this.reasons = List.copyOf(reasons);
    this.held = held;
    this.reservation = reservation;
    this.createdAt = createdAt;
  }

  /**
   * @return the review id, {@code rrv_…}
   */
  public String id() {
    return id;
  }

  /**
   * @return the partner whose request was held
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * @return the wallet debited
   */
  public String walletId() {
    return walletId;
  }

  /**
   * @return the held operation's name, for example {@code payments.create}
   */
  public String operation() {
    return operation;
  }

  /**
   * @return the amount reserved
   */
  public Amount amount() {
    return amount;
  }

  /**
   * @return why it was held
   */
  public List<RiskReason> reasons() {
    return reasons;
  }

  /**
   * @return what to execute on release
   */
  public HeldOperation held() {
    return held;
  }

  /**
   * @return the ledger reservation holding the funds
   */
  long reservation() {
    return reservation;
  }

  /**
   * @return when it was held
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * @return {@code pending_review}, {@code released} or {@code rejected}
   */
  public String status() {
    return status;
  }

  /**
   * @return when a reviewer decided, or {@code null}
   */
  public @Nullable Instant decidedAt() {
    return decidedAt;
  }

  /**
   * @return the id of the resource the released operation created, or {@code null}
   */
  public @Nullable String resultId() {
    return resultId;
  }

  /**
   * @return the error code the released operation failed with, or {@code null}
   */
  public @Nullable String failureCode() {
    return failureCode;
  }

  void decide(String status, Instant at, @Nullable String resultId, @Nullable String failure) {
    this.status = status;
    this.decidedAt = at;
    this.resultId = resultId;
    this.failureCode = failure;
  }
}
