/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Parses and validates a merchant-presented payload. */
final class MerchantQrParser {
  /** The largest payload a QR code of version 40 holds in practice for EMVCo. */
  static final int MAX_LENGTH = 512;

  private static final String CRC_HEADER = "6304";

  private MerchantQrParser() {}

  static MerchantQr parse(@Nullable String payload) {
    if (payload == null || payload.isEmpty()) {
      throw new QrFormatException("00", QrFormatException.MISSING_TAG, "the payload is empty");
    }
    if (payload.length() > MAX_LENGTH) {
      throw new QrFormatException(
          "00",
          QrFormatException.INVALID_LENGTH,
          "the payload has " + payload.length() + " characters; at most " + MAX_LENGTH);
    }
    checkCrc(payload);
    List<QrDataObject> objects = TlvCodec.read(payload, "", MerchantQrParser::isTemplate);
    checkFrame(objects);
    Map<String, QrDataObject> byTag = new LinkedHashMap<>();
    objects.forEach(object -> byTag.put(object.tag(), object));
    return fields(payload, objects, byTag);
  }

  private static boolean isTemplate(String tag) {
    return MerchantAccount.isTemplateTag(tag)
        || tag.equals("62")
        || tag.equals("64")
        || tag.compareTo("80") >= 0;
  }

  /** Checks the checksum first, so that a damaged payload is reported as such. */
  private static void checkCrc(String payload) {
    int headerAt = payload.length() - 8;
    if (headerAt < 0 || !payload.startsWith(CRC_HEADER, headerAt)) {
      return;
    }
    String stated = payload.substring(payload.length() - 4);
    String computed = QrChecksum.of(payload.substring(0, payload.length() - 4));
    if (!computed.equalsIgnoreCase(stated)) {
      throw new QrFormatException(
          "63",
          QrFormatException.CRC_MISMATCH,
          "the checksum is " + stated + " but the payload's CRC-16 is " + computed);
    }
  }

  private static void checkFrame(List<QrDataObject> objects) {
    if (!objects.get(0).tag().equals("00")) {
      throw new QrFormatException(
          "00", QrFormatException.MISPLACED_TAG, "the payload must start with tag 00");
    }
    if (!objects.get(0).value().equals("01")) {
      throw new QrFormatException(
          "00",
          QrFormatException.INVALID_VALUE,
          "the payload format indicator is \"" + objects.get(0).value() + "\", not 01");
    }
    QrDataObject last = objects.get(objects.size() - 1);
    boolean hasCrc = objects.stream().anyMatch(object -> object.tag().equals("63"));
    if (!hasCrc) {
      throw new QrFormatException("63", QrFormatException.MISSING_TAG, "the checksum is missing");
    }
    if (!last.tag().equals("63")) {
      throw new QrFormatException(
          "63", QrFormatException.MISPLACED_TAG, "the checksum must be the last data object");
    }
    if (last.value().length() != 4) {
      throw new QrFormatException(
          "63",
          QrFormatException.INVALID_LENGTH,
          "the checksum must be 4 characters but has " + last.value().length());
    }
  }

  private static MerchantQr fields(
      String payload, List<QrDataObject> objects, Map<String, QrDataObject> byTag) {
    List<MerchantAccount> accounts = new ArrayList<>();
    for (QrDataObject object : objects) {
      if (MerchantAccount.isPrimitiveTag(object.tag())
          || MerchantAccount.isTemplateTag(object.tag())) {
        accounts.add(MerchantAccount.parsed(object));
      }
    }
    if (accounts.isEmpty()) {
      throw new QrFormatException(
          "26", QrFormatException.MISSING_TAG, "no merchant account information (tags 02 to 51)");
    }
    CurrencyCode currency = QrRules.currency(required(byTag, "53"));
    String amountText = optional(byTag, "54");
    Money amount = amountText == null ? null : QrRules.amount("54", amountText, currency);
    String initiation = optional(byTag, "01");
    String postalCode = optional(byTag, "61");
    QrDataObject additional = byTag.get("62");
    return new MerchantQr(
        payload,
        initiation == null ? null : PointOfInitiation.of(initiation),
        accounts,
        QrRules.merchantCategoryCode(required(byTag, "52")),
        currency,
        amount,
        tip(byTag, currency),
        QrRules.country(required(byTag, "58")),
        QrRules.text("59", required(byTag, "59"), 25),
        QrRules.text("60", required(byTag, "60"), 15),
        postalCode == null ? null : QrRules.text("61", postalCode, 10),
        additional == null ? null : AdditionalData.parsed(additional),
        objects);
  }

  private static @Nullable Tip tip(Map<String, QrDataObject> byTag, CurrencyCode currency) {
    String indicator = optional(byTag, "55");
    String fixed = optional(byTag, "56");
    String percentage = optional(byTag, "57");
    if (fixed != null && !"02".equals(indicator)) {
      throw orphan("56", "02");
    }
    if (percentage != null && !"03".equals(indicator)) {
      throw orphan("57", "03");
    }
    if (indicator == null) {
      return null;
    }
    return switch (indicator) {
      case "01" -> Tip.prompt();
      case "02" -> Tip.fixedFee(QrRules.amount("56", required(byTag, "56"), currency));
      case "03" -> Tip.percentageFee(QrRules.percentage(required(byTag, "57")));
      default ->
          throw new QrFormatException(
              "55",
              QrFormatException.INVALID_VALUE,
              "the tip indicator \"" + indicator + "\" is not 01, 02 or 03");
    };
  }

  private static QrFormatException orphan(String tag, String indicator) {
    return new QrFormatException(
        tag,
        QrFormatException.MISPLACED_TAG,
        "the convenience fee is only allowed when tag 55 is " + indicator);
  }

  private static String required(Map<String, QrDataObject> byTag, String tag) {
    QrDataObject object = byTag.get(tag);
    if (object == null) {
      throw new QrFormatException(tag, QrFormatException.MISSING_TAG, "the tag is mandatory");
    }
    return object.value();
  }

  private static @Nullable String optional(Map<String, QrDataObject> byTag, String tag) {
    QrDataObject object = byTag.get(tag);
    return object == null ? null : object.value();
  }
}
