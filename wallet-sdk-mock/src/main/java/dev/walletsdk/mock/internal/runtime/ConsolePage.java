/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.http.Problems;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web console's page and assets under {@value #PATH}: plain HTML, CSS and JavaScript kept in
 * the mock's own resources, so a browser loads nothing from elsewhere. They hold no state and need
 * no control token; the page reads and changes state through the control plane, with the token.
 * Every answer forbids framing, sniffing and caching; the page's Content-Security-Policy lets it
 * load only the mock's own script and style and talk only to the mock.
 */
final class ConsolePage {
  /** Where the console lives. */
  static final String PATH = "/_mock/console";

  /** Only the mock's own script, style, images and requests; no inline code, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private record Asset(String type, byte[] content) {}

  private static final Map<String, Asset> ASSETS =
      Map.of(
          PATH,
          asset("console.html", "text/html; charset=utf-8"),
          PATH + "/",
          asset("console.html", "text/html; charset=utf-8"),
          PATH + "/console.js",
          asset("console.js", "text/javascript; charset=utf-8"),
          PATH + "/console.css",
          asset("console.css", "text/css; charset=utf-8"),
          PATH + "/favicon.svg",
          asset("favicon.svg", "image/svg+xml"));

  private ConsolePage() {}

  /**
   * Tells whether a path belongs to the console.
   *
   * @param path the raw path
   * @return {@code true} for {@value #PATH} and what is under it
   */
  static boolean handles(String path) {
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  /**
   * Answers a request for the page or an asset.
   *
   * @param request a request whose path {@link #handles} says is the console's
   * @return the asset, 404 for an unknown one, 405 for a method other than GET and HEAD
   */
  static TransportResponse serve(TransportRequest request) {
    String path = request.uri().getRawPath();
    Asset asset = ASSETS.get(path);
    if (asset == null) {
      return ControlHttp.problem(
          ApiProblem.of(404, "route_not_found", "Route not found", "no console asset " + path));
    }
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return ControlHttp.problem(
          ApiProblem.of(
                  405, "method_not_allowed", "Method not allowed", method + " is not allowed here")
              .with(MockJson.object().put(Problems.ALLOW, "GET, HEAD")));
    }
    return TransportResponse.of(
        200,
        Headers.builder()
            .add("Content-Type", asset.type())
            .add("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            .add("X-Content-Type-Options", "nosniff")
            .add("X-Frame-Options", "DENY")
            .add("Referrer-Policy", "no-referrer")
            .add("Cache-Control", "no-store")
            .build(),
        method.equals("HEAD") ? new byte[0] : asset.content());
  }

  private static Asset asset(String name, String type) {
    try (InputStream in = ConsolePage.class.getResourceAsStream("console/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the mock's console resource " + name + " is missing");
      }
      return new Asset(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mock's console resource " + name, e);
    }
  }
}
