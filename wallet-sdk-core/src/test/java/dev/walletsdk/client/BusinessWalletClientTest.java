/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.RequestWriters;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Business wallets through the client: opened, read back, and read from older servers. */
class BusinessWalletClientTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void businessWalletOpensAsBusinessAndReadsBackSo() {
    Wallet opened =
        client
            .wallets()
            .open(r -> r.displayName("Acme Ltd").currency("EUR").kind(WalletKind.BUSINESS));

    assertThat(opened.kind()).isEqualTo(WalletKind.BUSINESS);
    assertThat(client.wallets().get(opened.id())).isEqualTo(opened);
  }

  @Test
  void asyncClientOpensBusinessWalletsToo() {
    Wallet opened =
        client
            .async()
            .wallets()
            .open(r -> r.displayName("Acme Ltd").currency("EUR").kind(WalletKind.BUSINESS))
            .join();

    assertThat(opened.kind()).isEqualTo(WalletKind.BUSINESS);
  }

  @Test
  void walletOpenedWithoutAKindIsPersonal() {
    Wallet opened = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

    assertThat(opened.kind()).isEqualTo(WalletKind.PERSONAL);
  }

  @Test
  void personalRequestBodyHasNoKindAndBusinessBodyNamesIt() {
    OpenWalletRequest.Builder request =
        OpenWalletRequest.builder().displayName("A").currency("EUR");

    assertThat(RequestWriters.openWallet(request.build()).has("kind")).isFalse();
    assertThat(
            RequestWriters.openWallet(request.kind(WalletKind.BUSINESS).build())
                .get("kind")
                .asText())
        .isEqualTo("business");
  }

  @Test
  void walletFromAServerWithoutKindsIsPersonal() {
    assertThat(read("").kind()).isEqualTo(WalletKind.PERSONAL);
  }

  @Test
  void kindThisSdkDoesNotKnowReadsAsUnknown() {
    assertThat(read(",\"kind\":\"cooperative\"").kind()).isEqualTo(WalletKind.UNKNOWN);
  }

  private static Wallet read(String kindMember) {
    String json =
        "{\"object\":\"wallet\",\"id\":\"wal_a\",\"displayName\":\"Ada\",\"status\":\"active\""
            + kindMember
            + ",\"currencies\":[\"EUR\"],\"createdAt\":\"2026-01-01T00:00:00Z\"}";
    return ModelReaders.wallet(
        JsonRead.root(Json.parse(json.getBytes(StandardCharsets.UTF_8)), "wallet"));
  }
}
