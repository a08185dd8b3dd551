/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.internal.HttpTokens;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks an extra header set with {@code withOptions} against RFC 9110 and against the headers the
 * client, its pipeline or the transport own. The check runs when the option is set, so a bad header
 * fails before any call is made.
 */
final class ExtraHeaders {
  /** Headers the pipeline sets, and hop-by-hop headers the transport owns (RFC 9110 §7.6.1). */
  private static final Set<String> RESERVED =
      Set.of(
          "authorization",
          "proxy-authorization",
          "idempotency-key",
          "wallet-api-version",
          "user-agent",
          "accept",
          "content-type",
          "content-length",
          "content-digest",
          "host",
          "connection",
          "transfer-encoding",
          "keep-alive",
          "te",
          "trailer",
          "upgrade",
          "expect");

  /** Longest header value accepted, far above what a trace or partner id needs. */
  static final int MAX_VALUE_LENGTH = 4096;

  private ExtraHeaders() {}

  /**
   * Checks a header name: an RFC 9110 token that the client does not own.
   *
   * @param name the name
   * @return the name
   * @throws InvalidRequestException naming the header if it is invalid or reserved
   */
  static String checkName(@Nullable String name) {
    if (name == null || !HttpTokens.isToken(name)) {
      throw InvalidRequestException.forField(
          "headers",
          "invalid_header_name",
          "header name "
              + (name == null ? "null" : "\"" + ServerText.of(name) + "\"")
              + " is not an HTTP token (RFC 9110 §5.1)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower) || lower.startsWith("signature")) {
      throw InvalidRequestException.forField(
          "headers",
          "reserved_header",
          "header " + name + " is set by the client and cannot be a default header");
    }
    return name;
  }

  /**
   * Checks a header value: RFC 9110 field content of visible ASCII, spaces and tabs, without
   * leading or trailing whitespace. The message names the header, never the value, which may be
   * sensitive.
   *
   * @param name the header's name, already checked
   * @param value the value
   * @return the value
   * @throws InvalidRequestException naming the header and the offending position
   */
  static String checkValue(String name, @Nullable String value) {
    if (value == null) {
      throw invalidValue(name, "is missing");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw invalidValue(name, "is longer than " + MAX_VALUE_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw invalidValue(
            name,
            (c < 0x20 || c == 0x7f
                    ? "contains a control character"
                    : "contains a non-ASCII character")
                + " at index "
                + i);
      }
    }
    if (!value.isEmpty()
        && (isBlank(value.charAt(0)) || isBlank(value.charAt(value.length() - 1)))) {
      throw invalidValue(name, "has leading or trailing whitespace");
    }
    return value;
  }

  private static InvalidRequestException invalidValue(String name, String problem) {
    return InvalidRequestException.forField(
        "headers", "invalid_header_value", "value of header " + name + " " + problem);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
