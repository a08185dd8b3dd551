/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Base of the typed resource ids. An id is a type prefix (such as {@code wal_}) followed by 1 to 64
 * ASCII letters or digits; ids are opaque otherwise, and safe to place in a URL path.
 *
 * <p>Two ids are equal when they are of the same type and have the same value. Instances are
 * immutable and thread-safe; {@link #toString()} returns the value.
 */
public abstract sealed class ResourceId
    permits ChallengeId,
        EventId,
        MerchantId,
        PaymentId,
        PaymentTokenId,
        SplitBillId,
        BillerId,
        BillPaymentId,
        QuoteId,
        RefundId,
        RedemptionId,
        RewardsEntryId,
        TransactionId,
        TransferId,
        WalletId,
        BudgetId,
        RiskReviewId,
        PotId,
        PotMoveId,
        OfferId,
        VoucherId,
        InvoiceId,
        InvoicePaymentId,
        CreditNoteId,
        MembershipTierChangeId,
        PayoutBatchId {
  private static final int MAX_BODY_LENGTH = 64;

  private final String value;

  ResourceId(String value) {
    this.value = value;
  }

  static String checked(@Nullable String value, String prefix, String field) {
    if (value == null || !isValid(value, prefix)) {
      throw InvalidRequestException.forField(
          field,
          "invalid_id",
          field
              + " "
              + CurrencyCode.quoted(value)
              + " is not a valid id: expected \""
              + prefix
              + "\" followed by 1 to "
              + MAX_BODY_LENGTH
              + " letters or digits");
    }
    return value;
  }

  private static boolean isValid(String value, String prefix) {
    int bodyLength = value.length() - prefix.length();
    if (!value.startsWith(prefix) || bodyLength < 1 || bodyLength > MAX_BODY_LENGTH) {
      return false;
    }
    for (int i = prefix.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alphanumeric) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the id as sent on the wire.
   *
   * @return the prefixed id
   */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((ResourceId) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the prefixed id. */
  @Override
  public final String toString() {
    return value;
  }
}
