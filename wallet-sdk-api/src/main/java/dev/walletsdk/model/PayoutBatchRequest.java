/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A batch payout from a business wallet ({@code POST /v1/wallets/{walletId}/payout-batches}): 1 to
 * 1,000 items in one currency, each with a reference unique in the batch. The whole request is
 * validated before anything moves; then each item is paid by its own transfer or fails on its own.
 * One idempotency key covers the batch: a re-sent request with the same key is answered with the
 * first answer and pays nothing again. Immutable and thread-safe.
 */
public final class PayoutBatchRequest {
  /** The most items a batch may hold. */
  public static final int MAX_ITEMS = 1000;

  /** The longest batch reference. */
  public static final int MAX_REFERENCE = 64;

  private final WalletId walletId;
  private final CurrencyCode currency;
  private final @Nullable String reference;
  private final List<PayoutItem> items;
  private final @Nullable IdempotencyKey idempotencyKey;

  private PayoutBatchRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.currency = required(builder.currency, "currency");
    this.items = required(builder.items, "items");
    this.reference = builder.reference;
    this.idempotencyKey = builder.idempotencyKey;
    for (int i = 0; i < items.size(); i++) {
      Money amount = items.get(i).amount();
      if (amount.currency() != currency) {
        throw InvalidRequestException.forField(
            "items[" + i + "].amount",
            "currency_mismatch",
            "items[" + i + "].amount " + amount + " must be in the batch's currency, " + currency);
      }
    }
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
   * Returns the business wallet that pays.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the currency of every item.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the batch's reference.
   *
   * @return the reference, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the items in the order they are paid.
   *
   * @return 1 to 1,000 items, immutable
   */
  public List<PayoutItem> items() {
    return items;
  }

  /**
   * Returns the idempotency key chosen by the caller.
   *
   * @return the key, or empty to let the client generate one per call
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayoutBatchRequest other
        && walletId.equals(other.walletId)
        && currency == other.currency
        && Objects.equals(reference, other.reference)
        && items.equals(other.items)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, currency, reference, items, idempotencyKey);
  }

  @Override
  public String toString() {
    return "PayoutBatchRequest{walletId="
        + walletId
        + ", currency="
        + currency
        + ", reference="
        + reference
        + ", items="
        + items.size()
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link PayoutBatchRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable CurrencyCode currency;
    private @Nullable String reference;
    private @Nullable List<PayoutItem> items;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the business wallet that pays. Required.
     *
     * @param walletId the wallet
     * @return this builder
     * @throws InvalidRequestException (field {@code wallet}) if it is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the currency of every item. Required.
     *
     * @param currency the currency
     * @return this builder
     * @throws InvalidRequestException (field {@code currency}) if it is missing
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Sets the batch's reference. Optional.
     *
     * @param reference 1 to 64 characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException (field {@code reference}) if it is empty or too long
     */
    public Builder reference(@Nullable String reference) {
      this.reference = optionalText(reference, "reference", MAX_REFERENCE);
      return this;
    }

    /**
     * Sets the items. Required.
     *
     * @param items 1 to 1,000 items with distinct references
     * @return this builder
     * @throws InvalidRequestException (field {@code items}, code {@code invalid_length} or {@code
     *     too_many_items}; field {@code items[i]} if one is {@code null}; field {@code
     *     items[i].reference}, code {@code duplicate_reference}, for a reference already used)
     */
    public Builder items(List<PayoutItem> items) {
      List<PayoutItem> copy = list(items, "items");
      if (copy.isEmpty() || copy.size() > MAX_ITEMS) {
        throw InvalidRequestException.forField(
            "items",
            copy.isEmpty() ? "invalid_length" : "too_many_items",
            "items must hold 1 to " + MAX_ITEMS + " items but has " + copy.size());
      }
      Set<String> references = new HashSet<>();
      for (int i = 0; i < copy.size(); i++) {
        if (!references.add(copy.get(i).reference())) {
          throw InvalidRequestException.forField(
              "items[" + i + "].reference",
              "duplicate_reference",
              "items[" + i + "].reference " + copy.get(i).reference() + " is used by another item");
        }
      }
      this.items = copy;
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call; set one
     * to make the batch safe to re-send across calls and restarts.
     *
     * @param idempotencyKey the key, or {@code null} to let the client generate one
     * @return this builder
     */
    public Builder idempotencyKey(@Nullable IdempotencyKey idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidRequestException if the wallet, currency or items are missing, or an item's
     *     amount is not in the batch's currency (field {@code items[i].amount}, code {@code
     *     currency_mismatch})
     */
    public PayoutBatchRequest build() {
      return new PayoutBatchRequest(this);
    }
  }
}
