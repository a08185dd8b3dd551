/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads and writes the tag-length-value sequences of EMVCo QR payloads. */
final class TlvCodec {
  private TlvCodec() {}

  /**
   * Reads a sequence of data objects.
   *
   * @param text the encoded objects
   * @param prefix the enclosing template's tag and a dot, or empty at the root
   * @param isTemplate which tags of this level hold nested data objects
   */
  static List<QrDataObject> read(String text, String prefix, Predicate<String> isTemplate) {
    List<QrDataObject> objects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    while (i < text.length()) {
      if (i + 4 > text.length()) {
        String partial = i + 2 <= text.length() ? text.substring(i, i + 2) : "";
        String at = prefix + (digits(partial) ? partial : "??");
        throw new QrFormatException(
            at, QrFormatException.INVALID_LENGTH, "the data object is cut off after its tag");
      }
      String tag = text.substring(i, i + 2);
      String path = prefix + tag;
      if (!digits(tag)) {
        // The characters are not a tag, so they cannot name one: "??" stands for the unreadable
        // tag.
        throw new QrFormatException(
            prefix + "??",
            QrFormatException.INVALID_VALUE,
            "the tag \"" + tag + "\" at character " + (i + 1) + " is not two digits");
      }
      int length = length(text.substring(i + 2, i + 4), path);
      int end = i + 4 + length;
      if (end > text.length()) {
        throw new QrFormatException(
            path,
            QrFormatException.INVALID_LENGTH,
            "the length "
                + length
                + " runs past the end of the "
                + (prefix.isEmpty() ? "payload" : "template"));
      }
      if (!seen.add(tag)) {
        throw new QrFormatException(
            path, QrFormatException.DUPLICATE_TAG, "the tag appears more than once");
      }
      String value = text.substring(i + 4, end);
      objects.add(
          isTemplate.test(tag)
              ? QrDataObject.template(tag, value, read(value, path + ".", t -> false))
              : QrDataObject.primitive(tag, value));
      i = end;
    }
    return objects;
  }

  private static int length(String text, String path) {
    if (!digits(text)) {
      throw new QrFormatException(
          path, QrFormatException.INVALID_LENGTH, "the length \"" + text + "\" is not two digits");
    }
    int length = Integer.parseInt(text);
    if (length == 0) {
      throw new QrFormatException(path, QrFormatException.INVALID_LENGTH, "the length is 00");
    }
    return length;
  }

  static boolean digits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Writes one data object; the value must be 1 to 99 characters. */
  static void write(StringBuilder out, String tag, String value) {
    out.append(tag).append(value.length() < 10 ? "0" : "").append(value.length()).append(value);
  }
}
