/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Payment}. */
public enum PaymentStatus {
  /** The merchant was paid and nothing has been refunded. */
  SUCCEEDED,
  /** Part of the payment has been refunded. */
  PARTIALLY_REFUNDED,
  /** The whole payment has been refunded. */
  REFUNDED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
