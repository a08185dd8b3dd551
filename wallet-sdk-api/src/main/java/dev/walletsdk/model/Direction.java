/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** Whether a {@link Transaction} added money to the wallet or took it away. */
public enum Direction {
  /** Money came into the wallet. */
  CREDIT,
  /** Money left the wallet. */
  DEBIT
}
