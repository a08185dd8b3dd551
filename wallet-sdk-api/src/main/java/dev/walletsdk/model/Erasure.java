/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonEmpty;
import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of erasing a wallet holder's personal data ({@code POST
 * /v1/wallets/{walletId}/erasure}). The ledger keeps its entries under {@link #pseudonym()}, an id
 * that no longer links to a person. Immutable.
 */
public final class Erasure implements Resource {
  private final WalletId walletId;
  private final String pseudonym;
  private final Instant erasedAt;

  private Erasure(WalletId walletId, String pseudonym, Instant erasedAt) {
    this.walletId = required(walletId, "Erasure.walletId");
    this.pseudonym = nonEmpty(pseudonym, "Erasure.pseudonym");
    this.erasedAt = required(erasedAt, "Erasure.erasedAt");
  }

  /**
   * Creates an erasure, as the client reads it.
   *
   * @param walletId the wallet
   * @param pseudonym the id the ledger keeps the wallet's entries under
   * @param erasedAt when the data was erased
   * @return the erasure
   */
  public static Erasure of(WalletId walletId, String pseudonym, Instant erasedAt) {
    return new Erasure(walletId, pseudonym, erasedAt);
  }

  /**
   * Returns the erased wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the pseudonymous id the ledger keeps the wallet's entries under.
   *
   * @return the pseudonym
   */
  public String pseudonym() {
    return pseudonym;
  }

  /**
   * Returns when the data was erased, in server time.
   *
   * @return the instant
   */
  public Instant erasedAt() {
    return erasedAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Erasure other
        && walletId.equals(other.walletId)
        && pseudonym.equals(other.pseudonym)
        && erasedAt.equals(other.erasedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, pseudonym, erasedAt);
  }

  @Override
  public String toString() {
    return "Erasure{walletId="
        + walletId
        + ", pseudonym="
        + pseudonym
        + ", erasedAt="
        + erasedAt
        + "}";
  }
}
