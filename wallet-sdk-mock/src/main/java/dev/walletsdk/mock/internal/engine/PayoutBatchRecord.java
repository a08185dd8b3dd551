/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch payout of a business wallet, executed item by item when it was submitted: each item paid
 * by its own transfer (its own ledger entry) or failed with the code of the problem that refused
 * it. Immutable once made.
 *
 * @param id the batch id, {@code pbt_...}
 * @param partnerId the owner
 * @param walletId the business wallet debited
 * @param currency the currency of every item
 * @param reference the partner's reference of the whole batch, or {@code null}
 * @param items the items in request order
 * @param createdAt when it was submitted and executed
 */
public record PayoutBatchRecord(
    String id,
    String partnerId,
    String walletId,
    CurrencyCode currency,
    @Nullable String reference,
    List<Item> items,
    Instant createdAt) {

  /** Copies the items. */
  public PayoutBatchRecord {
    items = List.copyOf(items);
  }

  /**
   * One item of a batch and what became of it.
   *
   * @param index its position in the request, from 0
   * @param reference the partner's reference of the item, unique in the batch
   * @param destinationWalletId the wallet credited
   * @param amount what it pays
   * @param description a description, or {@code null}
   * @param transferId the transfer that paid it, or {@code null} if it failed
   * @param failureCode the error code that refused it, or {@code null} if it was paid
   * @param failureMessage what refused it, or {@code null} if it was paid
   */
  public record Item(
      int index,
      String reference,
      String destinationWalletId,
      Amount amount,
      @Nullable String description,
      @Nullable String transferId,
      @Nullable String failureCode,
      @Nullable String failureMessage) {

    /**
     * Tells whether the item was paid.
     *
     * @return {@code true} if a transfer paid it
     */
    public boolean paid() {
      return transferId != null;
    }
  }

  /**
   * Returns the batch with a holder's personal text erased: the batch's reference and every item's
   * reference and description when the holder paid it, else those of the items paid to the holder.
   * An item reference is required, so it becomes the marker.
   *
   * @param walletId the erased holder's wallet
   * @param marker what replaces an erased item reference
   * @return the scrubbed batch, or this one if it does not involve the wallet
   */
  public PayoutBatchRecord erasedFor(String walletId, String marker) {
    boolean payer = this.walletId.equals(walletId);
    if (!payer && items.stream().noneMatch(i -> i.destinationWalletId().equals(walletId))) {
      return this;
    }
    List<Item> scrubbed = new ArrayList<>(items.size());
    for (Item item : items) {
      boolean erase = payer || item.destinationWalletId().equals(walletId);
      scrubbed.add(
          erase
              ? new Item(
                  item.index(),
                  marker,
                  item.destinationWalletId(),
                  item.amount(),
                  null,
                  item.transferId(),
                  item.failureCode(),
                  item.failureMessage())
              : item);
    }
    return new PayoutBatchRecord(
        id, partnerId, this.walletId, currency, payer ? null : reference, scrubbed, createdAt);
  }

  /**
   * Returns the batch's status: {@code completed} when every item was paid, {@code failed} when
   * none was, else {@code completed_with_failures}.
   *
   * @return the status
   */
  public String status() {
    long paid = paidCount();
    if (paid == items.size()) {
      return "completed";
    }
    return paid == 0 ? "failed" : "completed_with_failures";
  }

  /**
   * Counts the paid items.
   *
   * @return how many a transfer paid
   */
  public long paidCount() {
    return items.stream().filter(Item::paid).count();
  }

  /**
   * Sums the amounts of the paid or of the failed items.
   *
   * @param paid {@code true} for the paid items, {@code false} for the failed ones
   * @return the sum, in the batch's currency
   */
  public Amount total(boolean paid) {
    long sum = 0;
    for (Item item : items) {
      if (item.paid() == paid) {
        sum = Math.addExact(sum, item.amount().minor());
      }
    }
    return Amount.of(currency, sum);
  }
}
