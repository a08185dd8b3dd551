/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.ApiKey;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Sends raw Wallet API v1 requests to a mock, as any client would, and reads the answers. */
final class MockApi {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Transport transport;
  private final URI base;
  private ApiKey apiKey;

  MockApi(MockWalletServer mock) {
    this(mock.transport(), URI.create("http://localhost"), mock.apiKey());
  }

  MockApi(Transport transport, URI base, ApiKey apiKey) {
    this.transport = transport;
    this.base = base;
    this.apiKey = apiKey;
  }

  MockApi as(ApiKey key) {
    return new MockApi(transport, base, key);
  }

  /** A response with its body parsed. */
  record Reply(int status, Headers headers, JsonNode body) {
    String code() {
      return body.path("code").asText();
    }

    String text(String pointer) {
      return body.at(pointer).asText();
    }
  }

  Reply get(String path) {
    return send(request("GET", path, null).build());
  }

  Reply post(String path, String json) {
    return post(path, json, UUID.randomUUID().toString());
  }

  Reply post(String path, String json, String idempotencyKey) {
    return send(request("POST", path, json).header("Idempotency-Key", idempotencyKey).build());
  }

  TransportRequest.Builder request(String method, String path, String json) {
    TransportRequest.Builder request =
        TransportRequest.builder()
            .method(method)
            .uri(base.resolve(path))
            .header("Authorization", "Bearer " + apiKey.reveal())
            .header("Wallet-Api-Version", "2026-11-01");
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.body(json.getBytes(StandardCharsets.UTF_8));
    }
    return request;
  }

  Reply send(TransportRequest request) {
    TransportResponse response = transport.execute(request);
    JsonNode body;
    try {
      body = response.bodyLength() == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Reply(response.status(), response.headers(), body);
  }

  /** Opens a wallet through the API and returns its id. */
  String openWallet(String name, String... currencies) {
    StringBuilder codes = new StringBuilder();
    for (String currency : currencies) {
      codes.append(codes.length() == 0 ? "" : ",").append('"').append(currency).append('"');
    }
    Reply reply =
        post("/v1/wallets", "{\"displayName\":\"" + name + "\",\"currencies\":[" + codes + "]}");
    if (reply.status() != 201) {
      throw new AssertionError("could not open a wallet: " + reply.body());
    }
    return reply.text("/id");
  }

  static String money(String amount, String currency) {
    return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}";
  }
}
