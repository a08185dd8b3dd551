/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A batch payout of a business wallet and what became of its items: counts and totals of the paid
 * and failed items. Its items are listed page by page ({@link PayoutBatchItem}). The server runs a
 * batch to the end when it accepts it, so the status a client reads is final.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class PayoutBatch implements Resource {
  private final PayoutBatchId id;
  private final WalletId walletId;
  private final CurrencyCode currency;
  private final @Nullable String reference;
  private final PayoutBatchStatus status;
  private final int totalCount;
  private final int paidCount;
  private final int failedCount;
  private final Money paidTotal;
  private final Money failedTotal;
  private final Instant createdAt;

  private PayoutBatch(Builder builder) {
    this.id = required(builder.id, "PayoutBatch.id");
    this.walletId = required(builder.walletId, "PayoutBatch.walletId");
    this.currency = required(builder.currency, "PayoutBatch.currency");
    this.reference = builder.reference;
    this.status = required(builder.status, "PayoutBatch.status");
    this.totalCount = builder.totalCount;
    this.paidCount = builder.paidCount;
    this.failedCount = builder.failedCount;
    this.paidTotal = required(builder.paidTotal, "PayoutBatch.paidTotal");
    this.failedTotal = required(builder.failedTotal, "PayoutBatch.failedTotal");
    this.createdAt = required(builder.createdAt, "PayoutBatch.createdAt");
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the batch's id.
   *
   * @return the value
   */
  public PayoutBatchId id() {
    return id;
  }

  /**
   * Returns the business wallet that paid.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the currency of every item.
   *
   * @return the value
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the batch's reference.
   *
   * @return the value, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns what became of the batch.
   *
   * @return the value
   */
  public PayoutBatchStatus status() {
    return status;
  }

  /**
   * Returns how many items the batch holds.
   *
   * @return 1 to 1,000
   */
  public int totalCount() {
    return totalCount;
  }

  /**
   * Returns how many items were paid.
   *
   * @return the value
   */
  public int paidCount() {
    return paidCount;
  }

  /**
   * Returns how many items failed.
   *
   * @return the value
   */
  public int failedCount() {
    return failedCount;
  }

  /**
   * Returns the sum of the paid items.
   *
   * @return the value, in the batch's currency
   */
  public Money paidTotal() {
    return paidTotal;
  }

  /**
   * Returns the sum of the failed items, which did not move.
   *
   * @return the value, in the batch's currency
   */
  public Money failedTotal() {
    return failedTotal;
  }

  /**
   * Returns when the batch was submitted and run.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayoutBatch other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && currency == other.currency
        && Objects.equals(reference, other.reference)
        && status == other.status
        && totalCount == other.totalCount
        && paidCount == other.paidCount
        && failedCount == other.failedCount
        && paidTotal.equals(other.paidTotal)
        && failedTotal.equals(other.failedTotal)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        walletId,
        currency,
        reference,
        status,
        totalCount,
        paidCount,
        failedCount,
        paidTotal,
        failedTotal,
        createdAt);
  }

  @Override
  public String toString() {
    return "PayoutBatch{id="
        + id
        + ", walletId="
        + walletId
        + ", currency="
        + currency
        + ", reference="
        + reference
        + ", status="
        + status
        + ", totalCount="
        + totalCount
        + ", paidCount="
        + paidCount
        + ", failedCount="
        + failedCount
        + ", paidTotal="
        + paidTotal
        + ", failedTotal="
        + failedTotal
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link PayoutBatch}; {@link #build()} requires every value but the reference. */
  public static final class Builder {
    private @Nullable PayoutBatchId id;
    private @Nullable WalletId walletId;
    private @Nullable CurrencyCode currency;
    private @Nullable String reference;
    private @Nullable PayoutBatchStatus status;
    private int totalCount;
    private int paidCount;
    private int failedCount;
    private @Nullable Money paidTotal;
    private @Nullable Money failedTotal;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(PayoutBatchId id) {
      this.id = required(id, "PayoutBatch.id");
      return this;
    }

    /**
     * Sets the paying wallet.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = required(walletId, "PayoutBatch.walletId");
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param currency the value
     * @return this builder
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "PayoutBatch.currency");
      return this;
    }

    /**
     * Sets the reference.
     *
     * @param reference the value, or {@code null} for none
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(PayoutBatchStatus status) {
      this.status = required(status, "PayoutBatch.status");
      return this;
    }

    /**
     * Sets the counts of items.
     *
     * @param total all items
     * @param paid the paid items
     * @param failed the failed items
     * @return this builder
     */
    public Builder counts(int total, int paid, int failed) {
      this.totalCount = total;
      this.paidCount = paid;
      this.failedCount = failed;
      return this;
    }

    /**
     * Sets the totals of the paid and the failed items.
     *
     * @param paid the sum of the paid items
     * @param failed the sum of the failed items
     * @return this builder
     */
    public Builder totals(Money paid, Money failed) {
      this.paidTotal = required(paid, "PayoutBatch.paidTotal");
      this.failedTotal = required(failed, "PayoutBatch.failedTotal");
      return this;
    }

    /**
     * Sets when the batch was submitted.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = required(createdAt, "PayoutBatch.createdAt");
      return this;
    }

    /**
     * Builds the batch.
     *
     * @return the batch
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public PayoutBatch build() {
      return new PayoutBatch(this);
    }
  }
}
