/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a KYC upgrade: the wallet's level before and after, and the limits that now apply.
 * Carries no personal data. Immutable.
 */
public final class KycVerification implements Resource {
  private final WalletId walletId;
  private final KycLevel previousLevel;
  private final KycLevel level;
  private final Instant verifiedAt;
  private final List<KycLimit> limits;

  private KycVerification(
      WalletId walletId,
      KycLevel previousLevel,
      KycLevel level,
      Instant verifiedAt,
      List<KycLimit> limits) {
    this.walletId = required(walletId, "KycVerification.walletId");
    this.previousLevel = required(previousLevel, "KycVerification.previousLevel");
    this.level = required(level, "KycVerification.level");
    this.verifiedAt = required(verifiedAt, "KycVerification.verifiedAt");
    this.limits = list(limits, "KycVerification.limits");
  }

  /**
   * Creates a verification, as the client reads it.
   *
   * @param walletId the wallet
   * @param previousLevel its level before
   * @param level its level now
   * @param verifiedAt when the platform verified it
   * @param limits the limits of the new level
   * @return the verification
   */
  public static KycVerification of(
      WalletId walletId,
      KycLevel previousLevel,
      KycLevel level,
      Instant verifiedAt,
      List<KycLimit> limits) {
    return new KycVerification(walletId, previousLevel, level, verifiedAt, limits);
  }

  /**
   * Returns the wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the level before the upgrade.
   *
   * @return the previous level
   */
  public KycLevel previousLevel() {
    return previousLevel;
  }

  /**
   * Returns the level now.
   *
   * @return the new level
   */
  public KycLevel level() {
    return level;
  }

  /**
   * Returns when the platform verified the new level, in server time.
   *
   * @return the instant
   */
  public Instant verifiedAt() {
    return verifiedAt;
  }

  /**
   * Returns the limits of the new level.
   *
   * @return an immutable list, one entry per currency that has a level limit
   */
  public List<KycLimit> limits() {
    return limits;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KycVerification other
        && walletId.equals(other.walletId)
        && previousLevel == other.previousLevel
        && level == other.level
        && verifiedAt.equals(other.verifiedAt)
        && limits.equals(other.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, previousLevel, level, verifiedAt, limits);
  }

  @Override
  public String toString() {
    return "KycVerification{walletId="
        + walletId
        + ", previousLevel="
        + previousLevel
        + ", level="
        + level
        + ", verifiedAt="
        + verifiedAt
        + ", limits="
        + limits
        + "}";
  }
}
