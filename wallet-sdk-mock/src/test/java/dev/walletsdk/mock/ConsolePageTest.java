/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web console's page and assets: served by the mock itself from its own resources, under a
 * strict Content-Security-Policy, without the control token (they hold no state), while the data
 * they read stays behind the control plane's rules.
 */
class ConsolePageTest {
  private static final String TOKEN = "console-test-token-0123456789";
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static MockWalletServer mock;
  private static MockHttpServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    mock = MockWalletServer.builder().controlToken(TOKEN).build();
    server = mock.start(0);
  }

  @AfterAll
  static void stop() {
    server.close();
    mock.close();
  }

  private static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(5));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void consolePageIsServedWithAStrictContentSecurityPolicy() {
    HttpResponse<String> page = get("/_mock/console");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body())
        .contains("<script src=\"/_mock/console/console.js\"></script>")
        .contains("<link rel=\"stylesheet\" href=\"/_mock/console/console.css\">")
        .doesNotContain("http://", "https://", "<script>", "style=\"", "onclick");
  }

  @ParameterizedTest
  @CsvSource({
    "/_mock/console/console.js, text/javascript; charset=utf-8",
    "/_mock/console/console.css, text/css; charset=utf-8",
    "/_mock/console/favicon.svg, image/svg+xml"
  })
  void consoleAssetsAreServedByTheMockItself(String path, String type) {
    HttpResponse<String> asset = get(path);

    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(asset.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(asset.body()).isNotEmpty().doesNotContain("https://", "innerHTML");
  }

  @Test
  void unknownConsoleAssetIsNotFound() {
    HttpResponse<String> missing = get("/_mock/console/other.js");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("\"code\":\"route_not_found\"");
  }

  @Test
  void consoleDataStaysBehindTheControlToken() {
    HttpResponse<String> page = get("/_mock/console");
    HttpResponse<String> data = get("/_mock/partners");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(data.statusCode()).isEqualTo(403);
    assertThat(data.body()).contains("\"code\":\"control_token_required\"");
    assertThat(get("/_mock/partners", "Mock-Control-Token", TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void consolePageRequestedFromAnotherOriginIsRefused() {
    HttpResponse<String> page = get("/_mock/console", "Origin", "http://localhost:3000");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("\"code\":\"origin_not_allowed\"");
  }

  @Test
  void consolePageIsReadOnly() {
    HttpRequest post =
        HttpRequest.newBuilder(server.baseUrl().resolve("/_mock/console"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> answer;
    try {
      answer = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void consoleUrlNamesThePage() {
    assertThat(server.consoleUrl()).isEqualTo(URI.create(server.baseUrl() + "/_mock/console"));
  }
}
