/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes request and response bodies safe to log: values of sensitive members (one-time passwords,
 * account numbers, ciphertexts, signatures, keys, secrets, KYC identity data) are replaced, and any
 * run of 13 to 19 digits that passes the Luhn check (a card number) is masked, in JSON and in plain
 * text alike.
 */
public final class Redactor {
  static final String REDACTED = "<redacted>";
  private static final int MAX_LOGGED_BYTES = 8192;
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{13,19}");
  private static final Set<String> SENSITIVE_MEMBERS =
      Set.of(
          "otp",
          "accountnumber",
          "ct",
          "sig",
          "signature",
          "apikey",
          "secret",
          "password",
          "token",
          "pan",
          "cardnumber",
          "privatekey",
          "authorization",
          "payload",
          "identity",
          "fullname",
          "dateofbirth",
          "nationalid");

  private Redactor() {}

  /**
   * Returns a loggable form of a body.
   *
   * @param body the raw bytes
   * @return redacted text with control characters escaped, shortened to 8 KiB
   */
  public static String body(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    String text;
    try {
      JsonNode tree = Json.parse(body);
      text = new String(Json.write(redact(tree)), StandardCharsets.UTF_8);
    } catch (ResponseFormatException e) {
      text = maskCardNumbers(new String(body, StandardCharsets.UTF_8));
    }
    text = ServerText.escape(text);
    return text.length() > MAX_LOGGED_BYTES
        ? text.substring(0, MAX_LOGGED_BYTES) + "…(" + body.length + " bytes)"
        : text;
  }

  private static JsonNode redact(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (SENSITIVE_MEMBERS.contains(member.getKey().toLowerCase(Locale.ROOT))) {
          member.setValue(TextNode.valueOf(REDACTED));
        } else {
          member.setValue(redact(member.getValue()));
        }
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redact(array.get(i)));
      }
      return array;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(maskCardNumbers(node.textValue()));
    }
    if (node.isNumber()) {
      String digits = node.asText();
      return maskCardNumbers(digits).equals(digits) ? node : TextNode.valueOf(REDACTED);
    }
    return node;
  }

  /**
   * Masks every run of 13 to 19 digits that passes the Luhn check.
   *
   * @param text any text
   * @return the text with card numbers replaced
   */
  public static String maskCardNumbers(String text) {
    Matcher matcher = DIGIT_RUN.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String digits = matcher.group();
      out.append(text, last, matcher.start());
      out.append(passesLuhn(digits) ? REDACTED : digits);
      last = matcher.end();
    } while (matcher.find());
    return out.append(text, last, text.length()).toString();
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
