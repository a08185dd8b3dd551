/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigInteger;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A merchant-funded offer: a percentage or a fixed amount off a payment to one merchant, from a
 * minimum spend, within a validity window on the platform clock, at most {@code perHolderLimit}
 * vouchers per wallet. Exactly one of {@code percentOff} and {@code amountOff} is set. Immutable.
 *
 * @param id the offer id ({@code ofr_…})
 * @param partnerId the partner that created it
 * @param merchantId the registered merchant that funds it
 * @param title what the holder sees
 * @param currency the currency payments must be in
 * @param percentOff whole percent off, 1 to 99, or {@code null}
 * @param amountOff a fixed amount off, or {@code null}
 * @param minimumSpend the least a payment must be for the voucher to apply, or {@code null}
 * @param validFrom from when vouchers can be redeemed
 * @param validUntil when vouchers expire (exclusive)
 * @param perHolderLimit how many of its vouchers a wallet may hold issued or used
 * @param createdAt when
 */
public record OfferRecord(
    String id,
    String partnerId,
    String merchantId,
    String title,
    CurrencyCode currency,
    @Nullable Integer percentOff,
    @Nullable Amount amountOff,
    @Nullable Amount minimumSpend,
    Instant validFrom,
    Instant validUntil,
    int perHolderLimit,
    Instant createdAt) {

  /**
   * The discount on a payment amount: a fixed offer's amount off, or a percentage offer's share
   * rounded to the minor unit half up (an exact half goes to the holder).
   *
   * @param amount the payment amount, in the offer's currency
   * @return the discount, possibly zero
   */
  public Amount discountOn(Amount amount) {
    if (amountOff != null) {
      return amountOff;
    }
    BigInteger[] division =
        BigInteger.valueOf(amount.minor())
            .multiply(BigInteger.valueOf(percentOff == null ? 0 : percentOff))
            .divideAndRemainder(BigInteger.valueOf(100));
    long discount = division[0].longValueExact() + (division[1].intValue() >= 50 ? 1 : 0);
    return Amount.of(amount.currency(), discount);
  }

  /**
   * Tells whether vouchers can be redeemed at an instant.
   *
   * @param now the instant
   * @return {@code true} from {@code validFrom} until just before {@code validUntil}
   */
  public boolean validAt(Instant now) {
    return !now.isBefore(validFrom) && now.isBefore(validUntil);
  }
}
