/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a wallet: {@code "wal_"} followed by 1 to 64 letters or digits. */
public final class WalletId extends ResourceId {
  /** The prefix of every WalletId. */
  public static final String PREFIX = "wal_";

  private WalletId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "wal_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code walletId}, code {@code invalid_id}) if the value
   *     is not a WalletId
   */
  public static WalletId of(String value) {
    return new WalletId(checked(value, PREFIX, "walletId"));
  }
}
