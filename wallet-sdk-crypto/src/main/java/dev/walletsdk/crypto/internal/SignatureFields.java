/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.server.SignatureInput;
import java.util.Map;

/** Reads one labelled signature out of the {@code Signature-Input} and {@code Signature} fields. */
public final class SignatureFields {
  private SignatureFields() {}

  /**
   * Reads the covered components and parameters of one signature.
   *
   * @param fieldValue the {@code Signature-Input} value
   * @param label the signature's label, for example {@code sig1}
   * @return the input, parameters in the order received
   * @throws SignatureVerificationException if the field is malformed, has no such label, or uses
   *     component parameters or unknown signature parameters
   */
  public static SignatureInput input(String fieldValue, String label) {
    Object member = member("Signature-Input", fieldValue, label);
    if (!(member instanceof StructuredFields.InnerList list)) {
      throw Failures.signature("Signature-Input member " + label + " is not an inner list");
    }
    SignatureInput.Builder builder = SignatureInput.builder();
    try {
      for (StructuredFields.Item item : list.items()) {
        builder.component(component(item, label));
      }
      list.parameters().forEach((name, value) -> parameter(builder, name, value, label));
    } catch (InvalidRequestException e) {
      throw Failures.signature("Signature-Input member " + label + ": " + e.getMessage(), e);
    }
    return builder.build();
  }

  /**
   * Reads the signature bytes of one signature.
   *
   * @param fieldValue the {@code Signature} value
   * @param label the signature's label
   * @return the signature bytes
   * @throws SignatureVerificationException if the field is malformed or has no such label
   */
  public static byte[] signature(String fieldValue, String label) {
    Object member = member("Signature", fieldValue, label);
    if (member instanceof StructuredFields.Item item && item.value() instanceof byte[] bytes) {
      return bytes;
    }
    throw Failures.signature("Signature member " + label + " is not a byte sequence");
  }

  private static Object member(String field, String fieldValue, String label) {
    Map<String, Object> members;
    try {
      members = StructuredFields.parseDictionary(fieldValue);
    } catch (IllegalArgumentException e) {
      throw Failures.signature(
          field + " is not a structured field dictionary: " + e.getMessage(), e);
    }
    Object member = members.get(label);
    if (member == null) {
      throw Failures.signature(field + " has no signature labelled " + label);
    }
    return member;
  }

  private static String component(StructuredFields.Item item, String label) {
    if (!(item.value() instanceof String component)) {
      throw Failures.signature(
          "Signature-Input member " + label + " lists a component that is not a string");
    }
    if (!item.parameters().isEmpty()) {
      throw Failures.signature(
          "component \""
              + component
              + "\" of "
              + label
              + " has parameters, which are not supported");
    }
    return component;
  }

  private static void parameter(
      SignatureInput.Builder builder, String name, Object value, String label) {
    switch (name) {
      case "created" -> builder.created(integer(name, value, label));
      case "expires" -> builder.expires(integer(name, value, label));
      case "keyid" -> builder.keyId(string(name, value, label));
      case "alg" -> builder.algorithm(string(name, value, label));
      case "nonce" -> builder.nonce(string(name, value, label));
      case "tag" -> builder.tag(string(name, value, label));
      default ->
          throw Failures.signature(
              "signature parameter " + name + " of " + label + " is not supported");
    }
  }

  private static long integer(String name, Object value, String label) {
    if (value instanceof Long number) {
      return number;
    }
    throw Failures.signature(
        "signature parameter " + name + " of " + label + " must be an integer");
  }

  private static String string(String name, Object value, String label) {
    if (value instanceof String text) {
      return text;
    }
    throw Failures.signature("signature parameter " + name + " of " + label + " must be a string");
  }
}
