/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A consumer-presented payment token as the engine keeps it; redeemed at most once. */
public final class PaymentTokenRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String payload;
  private final Instant createdAt;
  private final Instant expiresAt;
  private @Nullable String paymentId;

  PaymentTokenRecord(
      String id,
      String partnerId,
      String walletId,
      String payload,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.payload = payload;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /**
   * The token id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The partner that issued the token for its wallet.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The wallet the token pays from.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * The signed text of the QR code.
   *
   * @return the payload
   */
  public String payload() {
    return payload;
  }

  /**
   * When the token was issued.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * When the token stops being redeemable.
   *
   * @return the instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The payment made by redeeming the token.
   *
   * @return the payment id, or {@code null} if not redeemed
   */
  public @Nullable String paymentId() {
    return paymentId;
  }

  /**
   * The token's state at an instant.
   *
   * @param now the instant
   * @return {@code redeemed}, {@code expired} or {@code active}
   */
  public String status(Instant now) {
    if (paymentId != null) {
      return "redeemed";
    }
    return now.isBefore(expiresAt) ? "active" : "expired";
  }

  void redeemedBy(String paymentId) {
    this.paymentId = paymentId;
  }
}
