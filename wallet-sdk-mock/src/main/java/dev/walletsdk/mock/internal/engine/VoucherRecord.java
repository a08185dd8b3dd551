/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A single-use voucher of an offer, held by one wallet. Its status is {@code issued} (redeemable
 * within the offer's window), {@code redeemed} (a payment used it), {@code expired} (the window
 * closed while it was issued) or {@code void} (forfeited by a refund of the payment that used it).
 * A refund that restores it makes it {@code issued} again. Use under the engine's lock.
 */
public final class VoucherRecord {
  private final String id;
  private final String partnerId;
  private final String offerId;
  private final String walletId;
  private final Instant issuedAt;
  private String status = "issued";
  private @Nullable String paymentId;
  private @Nullable Instant redeemedAt;
  private @Nullable Instant endedAt;

  VoucherRecord(String id, String partnerId, String offerId, String walletId, Instant issuedAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.offerId = offerId;
    this.walletId = walletId;
    this.issuedAt = issuedAt;
  }

  /**
   * The voucher id.
   *
   * @return the id ({@code vch_…})
   */
  public String id() {
    return id;
  }

  /**
   * The partner that issued it.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The offer it is a voucher of.
   *
   * @return the offer id
   */
  public String offerId() {
    return offerId;
  }

  /**
   * The wallet that holds it.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * When it was issued.
   *
   * @return the instant
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * The status: {@code issued}, {@code redeemed}, {@code expired} or {@code void}.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The payment that redeemed it, kept when a refund forfeits it.
   *
   * @return the payment id, or {@code null}
   */
  public @Nullable String paymentId() {
    return paymentId;
  }

  /**
   * When a payment redeemed it.
   *
   * @return the instant, or {@code null}
   */
  public @Nullable Instant redeemedAt() {
    return redeemedAt;
  }

  /**
   * When it expired or was voided.
   *
   * @return the instant, or {@code null}
   */
  public @Nullable Instant endedAt() {
    return endedAt;
  }

  void redeem(String payment, Instant at) {
    status = "redeemed";
    paymentId = payment;
    redeemedAt = at;
  }

  void restore() {
    status = "issued";
    paymentId = null;
    redeemedAt = null;
  }

  void end(String newStatus, Instant at) {
    status = newStatus;
    endedAt = at;
  }
}
