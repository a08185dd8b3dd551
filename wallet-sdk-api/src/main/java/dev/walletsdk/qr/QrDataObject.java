/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One data object of a payload: a two-digit tag and its value; for a template, also the data
 * objects inside it, in payload order.
 */
public final class QrDataObject {
  private final String tag;
  private final String value;
  private final List<QrDataObject> children;

  private QrDataObject(String tag, String value, List<QrDataObject> children) {
    this.tag = tag;
    this.value = value;
    this.children = List.copyOf(children);
  }

  static QrDataObject primitive(String tag, String value) {
    return new QrDataObject(tag, value, List.of());
  }

  static QrDataObject template(String tag, String value, List<QrDataObject> children) {
    return new QrDataObject(tag, value, children);
  }

  /**
   * Returns the tag.
   *
   * @return two digits, {@code "00"} to {@code "99"}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the raw value; for a template, the encoded data objects inside it.
   *
   * @return the value, 1 to 99 characters
   */
  public String value() {
    return value;
  }

  /**
   * Returns the data objects inside a template.
   *
   * @return the nested objects in payload order; empty for a primitive object
   */
  public List<QrDataObject> children() {
    return children;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QrDataObject other
        && tag.equals(other.tag)
        && value.equals(other.value)
        && children.equals(other.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tag, value, children);
  }

  @Override
  public String toString() {
    return tag + "=" + (children.isEmpty() ? value : children.toString());
  }
}
