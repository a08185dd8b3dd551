/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parses a query string strictly: known parameters only, each at most once. */
final class Query {
  private Query() {}

  static Map<String, String> parse(@Nullable String rawQuery, Set<String> allowed) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (!allowed.contains(name)) {
        throw ApiProblem.invalidField(
            "query:" + name, "unknown_field", "is not a parameter of this route");
      }
      if (parameters.put(name, value) != null) {
        throw ApiProblem.invalidField("query:" + name, "duplicate", "must appear at most once");
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField("query", "invalid_format", "is not percent-encoded properly");
    }
  }

  static int limit(Map<String, String> query) {
    String text = query.get("limit");
    if (text == null) {
      return 25;
    }
    if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 100) {
      throw ApiProblem.invalidField(
          "query:limit", "out_of_range", "must be a whole number from 1 to 100");
    }
    return Integer.parseInt(text);
  }
}
