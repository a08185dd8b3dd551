/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The additional data field template, tag 62: bill number (sub-tag 01), mobile number (02), store
 * label (03), loyalty number (04), reference label (05), customer label (06), terminal label (07),
 * purpose of transaction (08), additional consumer data request (09), and network-specific sub-tags
 * 50 to 99. A value of {@code "***"} asks the payer's app to prompt for it.
 */
public final class AdditionalData {
  /** Sub-tag of the bill number. */
  public static final String BILL_NUMBER = "01";

  /** Sub-tag of the reference label; Pix puts its transaction id here. */
  public static final String REFERENCE_LABEL = "05";

  /** Sub-tag of the terminal label. */
  public static final String TERMINAL_LABEL = "07";

  /** Sub-tag of the purpose of transaction. */
  public static final String PURPOSE = "08";

  private final Map<String, String> fields;

  private AdditionalData(Map<String, String> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Creates the template from its sub-tags.
   *
   * @param fields sub-tags ({@code "01"} to {@code "99"}) and values, in order; at least one
   * @return the template
   * @throws QrFormatException if a sub-tag or value is invalid, or the encoded template exceeds 99
   *     characters
   */
  public static AdditionalData of(Map<String, String> fields) {
    Objects.requireNonNull(fields, "fields");
    StringBuilder value = new StringBuilder();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String subTag = QrRules.subTag("62", field.getKey());
      TlvCodec.write(value, subTag, check(subTag, field.getValue()));
    }
    QrRules.text("62", value.toString(), 99);
    return new AdditionalData(fields);
  }

  static AdditionalData parsed(QrDataObject object) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (QrDataObject child : object.children()) {
      fields.put(child.tag(), check(child.tag(), child.value()));
    }
    return new AdditionalData(fields);
  }

  private static String check(String subTag, String value) {
    int max = subTag.equals("09") ? 3 : subTag.compareTo("09") < 0 ? 25 : 99;
    return QrRules.text("62." + subTag, value, max);
  }

  /**
   * Returns one sub-tag.
   *
   * @param subTag two digits
   * @return its value, if present
   */
  public Optional<String> field(String subTag) {
    return Optional.ofNullable(fields.get(subTag));
  }

  /**
   * Returns the bill number, sub-tag 01.
   *
   * @return the value, if present
   */
  public Optional<String> billNumber() {
    return field(BILL_NUMBER);
  }

  /**
   * Returns the reference label, sub-tag 05.
   *
   * @return the value, if present
   */
  public Optional<String> referenceLabel() {
    return field(REFERENCE_LABEL);
  }

  /**
   * Returns the terminal label, sub-tag 07.
   *
   * @return the value, if present
   */
  public Optional<String> terminalLabel() {
    return field(TERMINAL_LABEL);
  }

  /**
   * Returns every sub-tag in payload order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> fields() {
    return fields;
  }

  String encoded() {
    StringBuilder value = new StringBuilder();
    fields.forEach((tag, text) -> TlvCodec.write(value, tag, text));
    return value.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AdditionalData other && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "AdditionalData" + fields;
  }
}
