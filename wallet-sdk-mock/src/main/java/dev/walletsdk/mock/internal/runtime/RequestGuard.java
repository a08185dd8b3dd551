/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.spi.TransportRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a request must show before the mock acts on it. A web page can make a browser send requests
 * to loopback, and DNS rebinding can make them look same-origin; so over the network every request
 * must name the server by a loopback {@code Host} with its port, and the control plane also refuses
 * any {@code Origin} but the one that {@code Host} names (browsers send one; test harnesses do not;
 * the mock's own console page sends its own), a body that is not {@code application/json}, and,
 * when a control token is set, a request without it. Documented in docs/mock-server.md.
 */
final class RequestGuard {
  private static final Pattern HOST =
      Pattern.compile("(localhost|127(?:\\.[0-9]{1,3}){3}|\\[::1\\])(?::([0-9]{1,5}))?");

  private final @Nullable ControlToken token;

  RequestGuard(@Nullable ControlToken token) {
    this.token = token;
  }

  /**
   * Checks the {@code Host} of a request that came over the network.
   *
   * @param request the request
   * @param port the port the server listens on (any port is accepted with a loopback name)
   * @return the refusal, if the host is not a loopback name
   */
  static Optional<ApiProblem> foreignHost(TransportRequest request, int port) {
    String host = request.headers().first("Host").orElse("");
    Matcher matcher = HOST.matcher(host.toLowerCase(Locale.ROOT));
    // The name is what DNS rebinding cannot fake; the port is left free, so a harness that
    // forwards another port to the mock (a container's published port) is still served.
    boolean loopback = matcher.matches() && octetsInRange(matcher.group(1));
    if (loopback) {
      return Optional.empty();
    }
    return Optional.of(
        ApiProblem.of(
            403,
            "host_not_allowed",
            "Host not allowed",
            "Host "
                + (host.isEmpty() ? "is missing" : "\"" + shortened(host) + "\" is not allowed")
                + ": the mock answers only to localhost, 127.x.x.x or [::1]"));
  }

  /**
   * Checks a control-plane request: no {@code Origin} but the console's own, the control token if
   * one is set, a JSON body.
   *
   * @param request the request
   * @return the refusal, if the request may not reach the control plane
   */
  Optional<ApiProblem> controlRefusal(TransportRequest request) {
    Optional<ApiProblem> foreignOrigin = foreignOrigin(request);
    if (foreignOrigin.isPresent()) {
      return foreignOrigin;
    }
    if (token != null) {
      Optional<String> presented = request.headers().first(ControlToken.HEADER);
      if (presented.isEmpty()) {
        return Optional.of(
            ApiProblem.of(
                403,
                "control_token_required",
                "Control token required",
                "this mock's control plane needs the " + ControlToken.HEADER + " header"));
      }
      if (!token.matches(presented.get())) {
        return Optional.of(
            ApiProblem.of(
                403,
                "control_token_invalid",
                "Control token invalid",
                "the " + ControlToken.HEADER + " header does not hold this mock's control token"));
      }
    }
    return notJson(request);
  }

  /**
   * Checks the {@code Origin} of a request to the control plane or the console: none (a test
   * harness), or exactly the origin its loopback {@code Host} names (the mock's own console page).
   * Browsers set {@code Origin} themselves; a page elsewhere, on another loopback port too, or
   * rebound by DNS, cannot send this one.
   *
   * @param request the request
   * @return the refusal, if the request comes from another page
   */
  static Optional<ApiProblem> foreignOrigin(TransportRequest request) {
    Optional<String> origin = request.headers().first("Origin");
    if (origin.isEmpty() || sameOrigin(origin.get(), request.headers().first("Host").orElse(""))) {
      return Optional.empty();
    }
    return Optional.of(
        ApiProblem.of(
            403,
            "origin_not_allowed",
            "Origin not allowed",
            "the control plane refuses requests from other pages than its own console (an Origin"
                + " other than the Host's), here \""
                + shortened(origin.get())
                + "\""));
  }

  private static boolean sameOrigin(String origin, String host) {
    Matcher matcher = HOST.matcher(host.toLowerCase(Locale.ROOT));
    if (!matcher.matches() || !octetsInRange(matcher.group(1))) {
      return false;
    }
    String value = origin.toLowerCase(Locale.ROOT);
    String name = host.toLowerCase(Locale.ROOT);
    return value.equals("http://" + name) || value.equals("https://" + name);
  }

  private static Optional<ApiProblem> notJson(TransportRequest request) {
    Optional<String> type = request.headers().first("Content-Type");
    boolean json =
        type.map(t -> t.split(";", 2)[0].strip().equalsIgnoreCase("application/json"))
            .orElse(request.bodyLength() == 0);
    if (json) {
      return Optional.empty();
    }
    return Optional.of(
        ApiProblem.of(
            415,
            "unsupported_media_type",
            "Unsupported media type",
            "a control-plane body must be application/json, not "
                + type.map(t -> "\"" + shortened(t) + "\"").orElse("without a Content-Type")));
  }

  private static boolean octetsInRange(String host) {
    if (!host.startsWith("127.")) {
      return true;
    }
    for (String octet : host.split("\\.")) {
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  private static String shortened(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }
}
