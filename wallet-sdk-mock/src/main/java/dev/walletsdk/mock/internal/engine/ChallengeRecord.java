/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A step-up challenge holding one operation until it is confirmed, fails or expires. */
public final class ChallengeRecord {
  /** Wrong passwords allowed before the challenge is spent. */
  public static final int MAX_ATTEMPTS = 5;

  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String operation;
  private final Amount amount;
  private final HeldOperation held;
  private final Instant createdAt;
  private final Instant expiresAt;
  private int failedAttempts;
  private @Nullable String outcome;

  ChallengeRecord(
      String id,
      String partnerId,
      String walletId,
      String operation,
      Amount amount,
      HeldOperation held,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.operation = operation;
    this.amount = amount;
    this.held = held;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /**
   * The challenge id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The partner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The wallet whose TOTP secret answers it.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * The held operation's name.
   *
   * @return for example {@code transfers.create}
   */
  public String operation() {
    return operation;
  }

  /**
   * The amount awaiting confirmation.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * What to execute on confirmation.
   *
   * @return the held operation
   */
  public HeldOperation held() {
    return held;
  }

  /**
   * When it was issued.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * When it stops being usable.
   *
   * @return the instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The state at a time.
   *
   * @param now the server time
   * @return the wire status
   */
  public String status(Instant now) {
    if (outcome != null) {
      return outcome;
    }
    boolean spent = failedAttempts >= MAX_ATTEMPTS || !now.isBefore(expiresAt);
    return spent ? "expired" : "pending";
  }

  void recordFailedAttempt() {
    failedAttempts++;
  }

  void settle(String outcome) {
    this.outcome = outcome;
  }
}
