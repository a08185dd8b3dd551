/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonEmpty;
import static dev.walletsdk.model.Checks.required;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the platform holds about a wallet holder, as one JSON document ({@code POST
 * /v1/wallets/{walletId}/data-export}): the holder's data, the wallet, balances, history and every
 * resource and event of the wallet.
 *
 * <p>The document is kept exactly as the platform sent it, to hand to the holder or to store; it is
 * personal data, so {@link #toString()} shows only the wallet, the time and the size. Immutable.
 */
public final class DataExport {
  private final WalletId walletId;
  private final Instant generatedAt;
  private final String json;

  private DataExport(WalletId walletId, Instant generatedAt, String json) {
    this.walletId = required(walletId, "DataExport.walletId");
    this.generatedAt = required(generatedAt, "DataExport.generatedAt");
    this.json = nonEmpty(json, "DataExport.json");
  }

  /**
   * Creates an export, as the client reads it.
   *
   * @param walletId the wallet
   * @param generatedAt when the platform generated it
   * @param json the whole document, as received
   * @return the export
   */
  public static DataExport of(WalletId walletId, Instant generatedAt, String json) {
    return new DataExport(walletId, generatedAt, json);
  }

  /**
   * Returns the wallet the export is about.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns when the platform generated the export, in server time.
   *
   * @return the instant
   */
  public Instant generatedAt() {
    return generatedAt;
  }

  /**
   * Returns the whole document, exactly as the platform sent it.
   *
   * @return JSON text of the {@code data_export} object
   */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DataExport other
        && walletId.equals(other.walletId)
        && generatedAt.equals(other.generatedAt)
        && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, generatedAt, json);
  }

  /** Shows the wallet, the time and the size only: the document is personal data. */
  @Override
  public String toString() {
    return "DataExport{walletId="
        + walletId
        + ", generatedAt="
        + generatedAt
        + ", size="
        + json.getBytes(StandardCharsets.UTF_8).length
        + " bytes}";
  }
}
