/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/**
 * The id of a transaction (one entry of a wallet's history): {@code "txn_"} followed by 1 to 64
 * letters or digits.
 */
public final class TransactionId extends ResourceId {
  /** The prefix of every TransactionId. */
  public static final String PREFIX = "txn_";

  private TransactionId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "txn_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code transactionId}, code {@code invalid_id}) if the
   *     value is not a TransactionId
   */
  public static TransactionId of(String value) {
    return new TransactionId(checked(value, PREFIX, "transactionId"));
  }
}
