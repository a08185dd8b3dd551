/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.model.MerchantId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Merchant account information, tags 02 to 51: how one payment network identifies the merchant.
 * Tags 02 to 25 are primitive values reserved for card networks; tags 26 to 51 are templates whose
 * sub-tag 00 is a globally unique identifier (a reverse domain name or an AID, such as {@code
 * br.gov.bcb.pix} or {@code SG.PAYNOW}) and whose other sub-tags are defined by that network.
 *
 * <p>Wallet API v1 platforms identify their own merchants by a template with the identifier {@link
 * #WALLET_GUI} and the merchant id in sub-tag {@code 01}; {@link #walletMerchant(MerchantId)}
 * builds one.
 */
public final class MerchantAccount {
  /** The globally unique identifier of Wallet API v1 merchant accounts. */
  public static final String WALLET_GUI = "dev.walletsdk";

  /** The sub-tag that holds the merchant id in a {@link #WALLET_GUI} template. */
  public static final String WALLET_MERCHANT_SUB_TAG = "01";

  private final String tag;
  private final String value;
  private final @Nullable String globallyUniqueIdentifier;
  private final Map<String, String> fields;

  private MerchantAccount(
      String tag, String value, @Nullable String gui, Map<String, String> fields) {
    this.tag = tag;
    this.value = value;
    this.globallyUniqueIdentifier = gui;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * A primitive merchant account, as card networks use.
   *
   * @param tag {@code "02"} to {@code "25"}
   * @param value the network's merchant identifier, 1 to 99 characters
   * @return the account
   * @throws QrFormatException if the tag is not 02 to 25 or the value is empty or too long
   */
  public static MerchantAccount primitive(String tag, String value) {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(value, "value");
    if (!isPrimitiveTag(tag)) {
      throw new QrFormatException(
          tag, QrFormatException.INVALID_VALUE, "a primitive merchant account uses tags 02 to 25");
    }
    return new MerchantAccount(tag, QrRules.text(tag, value, 99), null, Map.of());
  }

  /**
   * A merchant account template.
   *
   * @param tag {@code "26"} to {@code "51"}
   * @param globallyUniqueIdentifier sub-tag 00, 1 to 32 characters
   * @param fields the network's other sub-tags ({@code "01"} to {@code "99"}) and values, in order
   * @return the account
   * @throws QrFormatException if the tag, a sub-tag or a value is invalid, or the encoded template
   *     exceeds 99 characters
   */
  public static MerchantAccount template(
      String tag, String globallyUniqueIdentifier, Map<String, String> fields) {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(globallyUniqueIdentifier, "globallyUniqueIdentifier");
    Objects.requireNonNull(fields, "fields");
    if (!isTemplateTag(tag)) {
      throw new QrFormatException(
          tag, QrFormatException.INVALID_VALUE, "a merchant account template uses tags 26 to 51");
    }
    StringBuilder value = new StringBuilder();
    TlvCodec.write(value, "00", QrRules.text(tag + ".00", globallyUniqueIdentifier, 32));
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String subTag = QrRules.subTag(tag, field.getKey());
      if (subTag.equals("00")) {
        throw new QrFormatException(
            tag + ".00", QrFormatException.DUPLICATE_TAG, "the identifier is given twice");
      }
      TlvCodec.write(value, subTag, QrRules.text(tag + "." + subTag, field.getValue(), 99));
    }
    QrRules.text(tag, value.toString(), 99);
    return new MerchantAccount(tag, value.toString(), globallyUniqueIdentifier, fields);
  }

  /**
   * The merchant account of a Wallet API v1 merchant: tag 26, identifier {@link #WALLET_GUI},
   * sub-tag 01 the merchant id.
   *
   * @param merchantId the merchant
   * @return the account
   */
  public static MerchantAccount walletMerchant(MerchantId merchantId) {
    Objects.requireNonNull(merchantId, "merchantId");
    return template("26", WALLET_GUI, Map.of(WALLET_MERCHANT_SUB_TAG, merchantId.value()));
  }

  static MerchantAccount parsed(QrDataObject object) {
    if (isPrimitiveTag(object.tag())) {
      return new MerchantAccount(object.tag(), object.value(), null, Map.of());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String gui = null;
    for (QrDataObject child : object.children()) {
      if (child.tag().equals("00")) {
        gui = QrRules.text(object.tag() + ".00", child.value(), 32);
      } else {
        fields.put(child.tag(), child.value());
      }
    }
    if (gui == null) {
      throw new QrFormatException(
          object.tag() + ".00",
          QrFormatException.MISSING_TAG,
          "the merchant account template has no globally unique identifier");
    }
    return new MerchantAccount(object.tag(), object.value(), gui, fields);
  }

  static boolean isPrimitiveTag(String tag) {
    return tag.compareTo("02") >= 0 && tag.compareTo("25") <= 0;
  }

  static boolean isTemplateTag(String tag) {
    return tag.compareTo("26") >= 0 && tag.compareTo("51") <= 0;
  }

  /**
   * Returns the tag.
   *
   * @return {@code "02"} to {@code "51"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the raw value; for a template, its encoded sub-tags.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the globally unique identifier of a template (sub-tag 00).
   *
   * @return the identifier; empty for a primitive account
   */
  public Optional<String> globallyUniqueIdentifier() {
    return Optional.ofNullable(globallyUniqueIdentifier);
  }

  /**
   * Returns a sub-tag of a template other than 00.
   *
   * @param subTag two digits
   * @return its value, if present
   */
  public Optional<String> field(String subTag) {
    return Optional.ofNullable(fields.get(subTag));
  }

  /**
   * Returns the sub-tags of a template other than 00, in payload order.
   *
   * @return an unmodifiable map; empty for a primitive account
   */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * Returns the Wallet API v1 merchant this account names.
   *
   * @return the merchant id, if the identifier is {@link #WALLET_GUI} and sub-tag 01 is a valid id
   */
  public Optional<MerchantId> walletMerchantId() {
    if (!WALLET_GUI.equals(globallyUniqueIdentifier)) {
      return Optional.empty();
    }
    String id = fields.get(WALLET_MERCHANT_SUB_TAG);
    if (id == null || !id.startsWith(MerchantId.PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MerchantId.of(id));
    } catch (dev.walletsdk.InvalidRequestException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MerchantAccount other && tag.equals(other.tag) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return 31 * tag.hashCode() + value.hashCode();
  }

  @Override
  public String toString() {
    return "MerchantAccount{tag=" + tag + ", value=" + value + "}";
  }
}
