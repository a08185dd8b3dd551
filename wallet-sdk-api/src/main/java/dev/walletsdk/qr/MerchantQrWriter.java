/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Encodes a builder's data objects in ascending tag order and appends the checksum. */
final class MerchantQrWriter {
  private MerchantQrWriter() {}

  static String write(MerchantQr.Builder builder) {
    StringBuilder out = new StringBuilder();
    TlvCodec.write(out, "00", "01");
    if (builder.pointOfInitiationValue() != null) {
      TlvCodec.write(out, "01", builder.pointOfInitiationValue().code());
    }
    List<MerchantAccount> accounts =
        builder.merchantAccountsValue().stream()
            .sorted(Comparator.comparing(MerchantAccount::tag))
            .toList();
    accounts.forEach(account -> TlvCodec.write(out, account.tag(), account.value()));
    put(out, "52", builder.merchantCategoryCodeValue());
    CurrencyCode currency = builder.currencyValue();
    if (currency != null) {
      TlvCodec.write(out, "53", String.format(Locale.ROOT, "%03d", currency.numericCode()));
    }
    Money amount = builder.amountValue();
    if (amount != null) {
      requireCurrency("54", amount, currency);
      TlvCodec.write(out, "54", amount.toAmountString());
    }
    writeTip(out, builder.tipValue(), currency);
    put(out, "58", builder.countryCodeValue());
    put(out, "59", builder.merchantNameValue());
    put(out, "60", builder.merchantCityValue());
    put(out, "61", builder.postalCodeValue());
    AdditionalData additional = builder.additionalDataValue();
    if (additional != null) {
      TlvCodec.write(out, "62", additional.encoded());
    }
    out.append("6304");
    return out.append(QrChecksum.of(out.toString())).toString();
  }

  private static void writeTip(
      StringBuilder out, @Nullable Tip tip, @Nullable CurrencyCode currency) {
    if (tip == null) {
      return;
    }
    TlvCodec.write(out, "55", tip.kind().code());
    if (tip.fixedFee().isPresent()) {
      requireCurrency("56", tip.fixedFee().get(), currency);
      TlvCodec.write(out, "56", tip.fixedFee().get().toAmountString());
    }
    tip.percentage().ifPresent(p -> TlvCodec.write(out, "57", p.toPlainString()));
  }

  private static void requireCurrency(String tag, Money money, @Nullable CurrencyCode currency) {
    if (currency != null && money.currency() != currency) {
      throw new QrFormatException(
          tag,
          QrFormatException.INVALID_VALUE,
          "the amount " + money + " is not in the currency of tag 53, " + currency);
    }
  }

  private static void put(StringBuilder out, String tag, @Nullable String value) {
    if (value != null) {
      TlvCodec.write(out, tag, value);
    }
  }
}
