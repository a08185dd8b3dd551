/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code privacy.exported} event: that a holder's data was exported, and how many
 * records each section of the export held. It carries no personal data. Immutable and thread-safe.
 */
public final class DataExportSummary implements Resource {
  private final WalletId walletId;
  private final Instant generatedAt;
  private final Map<String, Integer> sections;

  private DataExportSummary(
      @Nullable WalletId walletId,
      @Nullable Instant generatedAt,
      @Nullable Map<String, Integer> sections) {
    this.walletId = required(walletId, "DataExportSummary.walletId");
    this.generatedAt = required(generatedAt, "DataExportSummary.generatedAt");
    this.sections =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(required(sections, "DataExportSummary.sections")));
  }

  /**
   * Creates a summary, as the client reads it.
   *
   * @param walletId the wallet whose holder's data was exported
   * @param generatedAt when the export was made
   * @param sections the number of records per section, in the export's order
   * @return the summary
   * @throws dev.walletsdk.InvalidRequestException if an argument is missing
   */
  public static DataExportSummary of(
      @Nullable WalletId walletId,
      @Nullable Instant generatedAt,
      @Nullable Map<String, Integer> sections) {
    return new DataExportSummary(walletId, generatedAt, sections);
  }

  /**
   * Returns the wallet whose holder's data was exported.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns when the export was made, in server time.
   *
   * @return the instant
   */
  public Instant generatedAt() {
    return generatedAt;
  }

  /**
   * Returns how many records each section of the export held.
   *
   * @return counts by section name ({@code transactions}, {@code payments}, …), in the export's
   *     order
   */
  public Map<String, Integer> sections() {
    return sections;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DataExportSummary other
        && walletId.equals(other.walletId)
        && generatedAt.equals(other.generatedAt)
        && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, generatedAt, sections);
  }

  @Override
  public String toString() {
    return "DataExportSummary{walletId="
        + walletId
        + ", generatedAt="
        + generatedAt
        + ", sections="
        + sections
        + "}";
  }
}
