/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A route of Wallet API v1: method, path template with {@code {parameters}}, the query parameters
 * it accepts and its handler.
 *
 * @param method the HTTP method
 * @param template the path template, for example {@code /v1/wallets/{walletId}}
 * @param pattern the compiled template
 * @param query the accepted query parameters
 * @param handler runs the operation under the engine's lock
 */
record Route(
    String method,
    String template,
    Pattern pattern,
    Set<String> query,
    Handler handler,
    int maxBodyBytes) {
  /** The largest JSON body a route reads unless it says otherwise. */
  static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** Runs an operation; throws {@code ApiProblem} to refuse it. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  static Route of(String method, String template, Set<String> query, Handler handler) {
    String regex = template.replaceAll("\\{[a-zA-Z]+}", "([^/]+)");
    return new Route(
        method, template, Pattern.compile(regex), query, handler, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Returns this route reading JSON bodies up to another size, for a request that carries a long
   * list (a batch payout's items).
   */
  Route withMaxBodyBytes(int bytes) {
    return new Route(method, template, pattern, query, handler, bytes);
  }

  @Nullable List<String> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    List<String> parameters = new ArrayList<>(matcher.groupCount());
    for (int i = 1; i <= matcher.groupCount(); i++) {
      parameters.add(matcher.group(i));
    }
    return parameters;
  }
}
