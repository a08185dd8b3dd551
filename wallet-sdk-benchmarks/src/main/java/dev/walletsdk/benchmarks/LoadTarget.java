/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The standalone mock server in its own JVM ({@code MockServerMain --port 0}), with one funded pair
 * of EUR wallets per caller, opened through its HTTP control plane.
 */
final class LoadTarget implements AutoCloseable {
  static final String API_VERSION = "2026-11-01";

  private final ChildServer server;
  private final URI baseUrl;
  private final String apiKey;
  private final List<WalletId> wallets;

  private LoadTarget(ChildServer server, URI baseUrl, String apiKey, List<WalletId> wallets) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.wallets = wallets;
  }

  /**
   * Starts a mock server and opens its wallets.
   *
   * @param pairs how many pairs of wallets
   * @return the running target
   */
  static LoadTarget startMock(int pairs) {
    ChildServer server =
        ChildServer.start(
            "dev.walletsdk.mock.MockServerMain",
            List.of("--port", "0", "--seed", "7"),
            List.of(
                Pattern.compile("listening on (\\S+)"),
                Pattern.compile("API key of the default partner: (\\S+)")));
    URI baseUrl = URI.create(server.value(0));
    List<WalletId> wallets = new ArrayList<>();
    HttpClient control = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 2 * pairs; i++) {
      JsonNode wallet =
          post(
              control,
              baseUrl.resolve("/_mock/wallets"),
              "{\"displayName\":\"Load " + i + "\"," + "\"currencies\":[\"EUR\"]}");
      WalletId id = WalletId.of(wallet.get("id").textValue());
      post(
          control,
          baseUrl.resolve("/_mock/wallets/" + id.value() + "/fund"),
          "{\"amount\":{\"amount\":\"100000000.00\",\"currency\":\"EUR\"}}");
      wallets.add(id);
    }
    return new LoadTarget(server, baseUrl, server.value(1), wallets);
  }

  private static JsonNode post(HttpClient client, URI uri, String body) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(uri + " answered " + response.statusCode());
      }
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  ChildServer server() {
    return server;
  }

  URI baseUrl() {
    return baseUrl;
  }

  String apiKey() {
    return apiKey;
  }

  WalletId source(int caller) {
    return wallets.get(2 * (caller % (wallets.size() / 2)));
  }

  WalletId destination(int caller) {
    return wallets.get(2 * (caller % (wallets.size() / 2)) + 1);
  }

  /**
   * Returns the precomputed body of a transfer of 0.01 EUR between a caller's wallets.
   *
   * @param caller the caller
   * @return UTF-8 JSON
   */
  byte[] transferBody(int caller) {
    return ("{\"sourceWalletId\":\""
            + source(caller).value()
            + "\",\"destinationWalletId\":\""
            + destination(caller).value()
            + "\",\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
