/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which recorded requests a verification counts: a method, a path (exact or a regular expression
 * matching the whole path), and optionally header values and text the body contains.
 *
 * <pre>{@code
 * mock.verify(exactly(1), postRequestedFor("/v1/transfers").withBodyContaining("\"EUR\""));
 * mock.verify(never(), getRequestedFor(Pattern.compile("/v1/wallets/wal_.*")));
 * }</pre>
 *
 * <p>Secret-bearing headers are recorded redacted, so a pattern on their value cannot match.
 * Immutable: each {@code with...} returns a new pattern.
 */
public final class RequestPattern {
  private final @Nullable String method;
  private final @Nullable String exactPath;
  private final @Nullable Pattern pathPattern;
  private final Map<String, String> headers;
  private final List<String> bodyContains;

  private RequestPattern(
      @Nullable String method,
      @Nullable String exactPath,
      @Nullable Pattern pathPattern,
      Map<String, String> headers,
      List<String> bodyContains) {
    this.method = method;
    this.exactPath = exactPath;
    this.pathPattern = pathPattern;
    this.headers = Map.copyOf(headers);
    this.bodyContains = List.copyOf(bodyContains);
  }

  /**
   * Matches requests of a method to a path.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param path the exact path, such as {@code /v1/transfers}
   * @return the pattern
   */
  public static RequestPattern requestedFor(String method, String path) {
    return new RequestPattern(
        method(method), Objects.requireNonNull(path, "path"), null, Map.of(), List.of());
  }

  /**
   * Matches requests of a method to any path a regular expression matches whole.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param path the expression, such as {@code /v1/transfers/trf_[A-Za-z0-9]+}
   * @return the pattern
   */
  public static RequestPattern requestedFor(String method, Pattern path) {
    return new RequestPattern(
        method(method), null, Objects.requireNonNull(path, "path"), Map.of(), List.of());
  }

  /**
   * Matches {@code GET} requests to a path.
   *
   * @param path the exact path
   * @return the pattern
   */
  public static RequestPattern getRequestedFor(String path) {
    return requestedFor("GET", path);
  }

  /**
   * Matches {@code GET} requests to paths an expression matches.
   *
   * @param path the expression
   * @return the pattern
   */
  public static RequestPattern getRequestedFor(Pattern path) {
    return requestedFor("GET", path);
  }

  /**
   * Matches {@code POST} requests to a path.
   *
   * @param path the exact path
   * @return the pattern
   */
  public static RequestPattern postRequestedFor(String path) {
    return requestedFor("POST", path);
  }

  /**
   * Matches {@code POST} requests to paths an expression matches.
   *
   * @param path the expression
   * @return the pattern
   */
  public static RequestPattern postRequestedFor(Pattern path) {
    return requestedFor("POST", path);
  }

  /**
   * Matches {@code DELETE} requests to a path.
   *
   * @param path the exact path
   * @return the pattern
   */
  public static RequestPattern deleteRequestedFor(String path) {
    return requestedFor("DELETE", path);
  }

  /**
   * Matches requests of any method to a path.
   *
   * @param path the exact path
   * @return the pattern
   */
  public static RequestPattern anyRequestedFor(String path) {
    return new RequestPattern(
        null, Objects.requireNonNull(path, "path"), null, Map.of(), List.of());
  }

  /**
   * Matches requests of any method to paths an expression matches.
   *
   * @param path the expression
   * @return the pattern
   */
  public static RequestPattern anyRequestedFor(Pattern path) {
    return new RequestPattern(
        null, null, Objects.requireNonNull(path, "path"), Map.of(), List.of());
  }

  /**
   * Also requires a header with a value.
   *
   * @param name the header name, in any case
   * @param value the exact value of one of its fields
   * @return a new pattern
   */
  public RequestPattern withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new RequestPattern(method, exactPath, pathPattern, more, bodyContains);
  }

  /**
   * Also requires the body, read as UTF-8, to contain a text.
   *
   * @param text the text
   * @return a new pattern
   */
  public RequestPattern withBodyContaining(String text) {
    List<String> more = new ArrayList<>(bodyContains);
    more.add(Objects.requireNonNull(text, "text"));
    return new RequestPattern(method, exactPath, pathPattern, headers, more);
  }

  /**
   * Tells whether a recorded request matches.
   *
   * @param request the request
   * @return whether every part of the pattern matches
   */
  public boolean matches(RecordedRequest request) {
    return mismatches(request).isEmpty();
  }

  /** What of this pattern a request does not match, in words; empty when it matches. */
  List<String> mismatches(RecordedRequest request) {
    List<String> found = new ArrayList<>();
    if (method != null && !method.equals(request.method())) {
      found.add("method " + request.method());
    }
    if (!pathMatches(request.path())) {
      found.add("path " + request.path());
    }
    headers.forEach(
        (name, value) -> {
          List<String> values = request.headers().all(name);
          if (!values.contains(value)) {
            found.add("header " + name + (values.isEmpty() ? " missing" : ": " + values));
          }
        });
    String body = request.bodyText();
    for (String text : bodyContains) {
      if (!body.contains(text)) {
        found.add("body without \"" + text + "\"");
      }
    }
    return found;
  }

  /** How far a request's path is from this pattern's: 0 when it matches, up to 1. */
  double pathDistance(String path) {
    if (pathMatches(path)) {
      return 0;
    }
    if (exactPath == null) {
      return 1;
    }
    return (double) EditDistance.between(exactPath, path)
        / Math.max(1, Math.max(exactPath.length(), path.length()));
  }

  private boolean pathMatches(String path) {
    return exactPath != null
        ? exactPath.equals(path)
        : Objects.requireNonNull(pathPattern).matcher(path).matches();
  }

  private static String method(String method) {
    Objects.requireNonNull(method, "method");
    if (!method.matches("[A-Za-z]{1,16}")) {
      throw new IllegalArgumentException("method must be letters, such as POST, not " + method);
    }
    return method.toUpperCase(Locale.ROOT);
  }

  /**
   * Describes the pattern: for example {@code POST /v1/transfers with header Idempotency-Key: k1}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(method == null ? "any method" : method);
    text.append(' ').append(exactPath != null ? exactPath : "matching " + pathPattern);
    headers.forEach(
        (name, value) -> text.append(" with header ").append(name).append(": ").append(value));
    bodyContains.forEach(body -> text.append(" with body containing \"").append(body).append('"'));
    return text.toString();
  }
}
