/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.server.SignatureInput;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds RFC 9421 signature bases for requests: one line {@code "<component>": <value>} per
 * covered component, then the {@code "@signature-params"} line (§2.5).
 *
 * <p>Derived components: {@code @method}, {@code @target-uri}, {@code @authority}, {@code
 * @scheme}, {@code @request-target}, {@code @path} and {@code @query}. Scheme and host are written
 * in lower case and a default port is left out (RFC 9110 §4.2.3), in {@code @authority} and in
 * {@code @target-uri} alike, so that a server that rebuilds the URI from the {@code Host} header
 * gets the same value; the fragment is never part of the target. Header fields: every field line
 * of the name, each value trimmed, joined with {@code ", "} (§2.1).
 *
 * <p>Stateless and thread-safe.
 */
public final class HttpMessageSignatures {
  private HttpMessageSignatures() {}

  /**
   * Builds the signature base.
   *
   * @param request the request as sent or received
   * @param input the covered components and the signature parameters
   * @return the base, US-ASCII, lines separated by {@code \n}, no trailing newline
   * @throws InvalidRequestException if a covered header is absent, a derived component is not
   *     supported, or a value is not ASCII
   */
  public static String signatureBase(TransportRequest request, SignatureInput input) {
    StringBuilder base = new StringBuilder();
    for (String component : input.components()) {
      base.append(StructuredFields.quote(component))
          .append(": ")
          .append(componentValue(request, component))
          .append('\n');
    }
    return base.append("\"@signature-params\": ").append(input.serialize()).toString();
  }

  /**
   * Computes one component's value.
   *
   * @param request the request
   * @param component a derived component such as {@code "@path"}, or a header name in lower case
   * @return the value as it appears in the signature base
   * @throws InvalidRequestException if the header is absent, the derived component is not
   *     supported, or the value is not ASCII
   */
  public static String componentValue(TransportRequest request, String component) {
    String value =
        component.startsWith("@") ? derived(request, component) : field(request, component);
    if (!value.chars().allMatch(c -> c < 0x80)) {
      throw Failures.invalid(
          "components",
          "non_ascii",
          "component \"" + component + "\" has a non-ASCII value, which cannot be signed");
    }
    return value;
  }

  private static String derived(TransportRequest request, String component) {
    URI uri = request.uri();
    return switch (component) {
      case "@method" -> request.method();
      case "@target-uri" -> scheme(uri) + "://" + authority(uri) + requestTarget(uri);
      case "@authority" -> authority(uri);
      case "@scheme" -> scheme(uri);
      case "@request-target" -> requestTarget(uri);
      case "@path" -> path(uri);
      case "@query" -> "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
      default ->
          throw Failures.invalid(
              "components",
              "unsupported_component",
              "derived component \"" + component + "\" is not supported for requests");
    };
  }

  private static String field(TransportRequest request, String name) {
    List<String> values = request.headers().all(name);
    if (values.isEmpty()) {
      throw Failures.invalid(
          "components", "missing_component", "request has no " + name + " header to cover");
    }
    return values.stream().map(String::strip).collect(Collectors.joining(", "));
  }

  private static String scheme(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static String authority(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      throw Failures.invalid(
          "uri", "invalid_format", "request URI " + uri + " has no host to sign");
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (port == 443 && scheme(uri).equals("https"))
            || (port == 80 && scheme(uri).equals("http"));
    return host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  private static String requestTarget(URI uri) {
    return path(uri) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static String path(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
