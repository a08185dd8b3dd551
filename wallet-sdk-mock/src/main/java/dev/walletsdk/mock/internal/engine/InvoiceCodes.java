/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.qr.AdditionalData;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codes printed on an invoice: its ISO 11649 creditor reference ({@code RF} and two check
 * digits and the invoice number) and its EMVCo merchant-presented dynamic QR code, which carries
 * the amount due, the invoice id in a merchant account template (tag 27, identifier {@link
 * #QR_GUI}) and the reference as the reference label (tag 62.05), closed by the CRC (tag 63).
 */
public final class InvoiceCodes {
  /** The globally unique identifier of the QR code's invoice merchant account (tag 27.00). */
  public static final String QR_GUI = "dev.walletsdk.invoice";

  /** The sub-tag of that account that carries the invoice id. */
  public static final String QR_INVOICE_SUB_TAG = "01";

  /** The merchant category of every invoice code: services not elsewhere classified. */
  static final String QR_CATEGORY = "8999";

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private InvoiceCodes() {}

  /**
   * Returns the creditor reference of an invoice number.
   *
   * @param number the invoice's number on the platform, from 1
   * @return {@code RF}, two check digits and the number in 12 digits, for example {@code
   *     RF18000000000001}
   */
  public static String reference(long number) {
    String body = String.format("%012d", number);
    int check = 98 - mod97(body + "RF00");
    return String.format("RF%02d%s", check, body);
  }

  /**
   * Checks a creditor reference's check digits (ISO 11649 / ISO 7064 MOD 97-10).
   *
   * @param reference the reference
   * @return whether it is {@code RF}, two digits and 1 to 21 letters or digits whose check holds
   */
  public static boolean isValidReference(String reference) {
    if (!reference.matches("RF[0-9]{2}[A-Z0-9]{1,21}")) {
      return false;
    }
    return mod97(reference.substring(4) + reference.substring(0, 4)) == 1;
  }

  private static int mod97(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }

  /**
   * Builds the dynamic QR code of an invoice for what is due now.
   *
   * @param invoice the invoice
   * @param due what is due, positive
   * @param payeeName the issuer's name, shortened to 25 characters
   * @return the code
   */
  public static MerchantQr qr(InvoiceRecord invoice, Amount due, String payeeName) {
    Map<String, String> account = new LinkedHashMap<>();
    account.put(QR_INVOICE_SUB_TAG, invoice.id());
    String name = payeeName.length() > 25 ? payeeName.substring(0, 25) : payeeName;
    return MerchantQr.builder()
        .pointOfInitiation(PointOfInitiation.DYNAMIC)
        .merchantAccount(MerchantAccount.template("27", QR_GUI, account))
        .merchantCategoryCode(QR_CATEGORY)
        .currency(invoice.currency())
        .amount(due.money())
        .countryCode("DE")
        .merchantName(name)
        .merchantCity("Online")
        .additionalData(
            AdditionalData.of(Map.of(AdditionalData.REFERENCE_LABEL, invoice.reference())))
        .build();
  }

  /**
   * Reads the invoice id of an invoice QR code.
   *
   * @param qr a parsed code
   * @return the invoice id, if the code has an invoice merchant account
   */
  public static Optional<String> invoiceId(MerchantQr qr) {
    return qr.merchantAccount(QR_GUI).flatMap(account -> account.field(QR_INVOICE_SUB_TAG));
  }
}
