/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client keeps the last URI it resolved for each operation and reuses it only for the same
 * path: calls of one operation to other resources go to their own URIs.
 */
class RequestUriReuseTest {
  private final List<URI> sent = new CopyOnWriteArrayList<>();
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("https://wallet.example/api/")
          .apiKey(ApiKey.of("sk_test_uri_reuse"))
          .transport(
              request -> {
                sent.add(request.uri());
                String path = request.uri().getPath();
                String id =
                    request.method().equals("GET")
                        ? path.substring(path.lastIndexOf('/') + 1)
                        : "trf_created";
                return TransportResponse.of(
                    200,
                    Headers.of("Content-Type", "application/json"),
                    transfer(id).getBytes(StandardCharsets.UTF_8));
              })
          .build();

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void readsOfOneOperationGoToTheUriOfEachResourceAsked() {
    client.transfers().get(TransferId.of("trf_first"));
    client.transfers().get(TransferId.of("trf_second"));
    client.transfers().get(TransferId.of("trf_first"));

    assertThat(sent)
        .containsExactly(
            URI.create("https://wallet.example/api/v1/transfers/trf_first"),
            URI.create("https://wallet.example/api/v1/transfers/trf_second"),
            URI.create("https://wallet.example/api/v1/transfers/trf_first"));
  }

  @Test
  void writesToOnePathAndReadsBetweenThemKeepTheirOwnUris() {
    client.transfers().create(r -> r.from(FROM).to(TO).amount(Money.of("1.00", "EUR")));
    client.transfers().get(TransferId.of("trf_read"));
    client.transfers().create(r -> r.from(FROM).to(TO).amount(Money.of("1.00", "EUR")));

    assertThat(sent)
        .containsExactly(
            URI.create("https://wallet.example/api/v1/transfers"),
            URI.create("https://wallet.example/api/v1/transfers/trf_read"),
            URI.create("https://wallet.example/api/v1/transfers"));
  }

  private static final WalletId FROM = WalletId.of("wal_from");
  private static final WalletId TO = WalletId.of("wal_to");

  private static String transfer(String id) {
    return "{\"object\":\"transfer\",\"id\":\""
        + id
        + "\",\"sourceWalletId\":\"wal_from\",\"destinationWalletId\":\"wal_to\","
        + "\"sourceAmount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
        + "\"destinationAmount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
        + "\"fee\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"status\":\"completed\","
        + "\"createdAt\":\"2026-12-03T12:30:33Z\"}";
  }
}
