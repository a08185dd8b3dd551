/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data export and erasure through the client, sync and async. */
class PrivacyClientTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet zoe =
      client.wallets().open(r -> r.displayName("Zoe Holder").currency("EUR").reference("c-77"));

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void exportKeepsTheDocumentAndPrintsOnlyItsSize() {
    DataExport export = client.privacy().export(zoe.id());

    assertThat(export.walletId()).isEqualTo(zoe.id());
    assertThat(export.generatedAt()).isEqualTo(START);
    assertThat(export.json())
        .startsWith("{\"object\":\"data_export\",\"walletId\":\"" + zoe.id().value() + "\"")
        .contains("\"displayName\":\"Zoe Holder\"", "\"reference\":\"c-77\"");
    assertThat(export)
        .hasToString(
            "DataExport{walletId="
                + zoe.id()
                + ", generatedAt="
                + START
                + ", size="
                + export.json().getBytes(StandardCharsets.UTF_8).length
                + " bytes}");
  }

  @Test
  void erasureMakesTheWalletErasedAndIsRefusedTwice() {
    Erasure erasure = client.async().privacy().erase(zoe.id()).join();
    ConflictException again =
        catchThrowableOfType(ConflictException.class, () -> client.privacy().erase(zoe.id()));

    assertThat(erasure).isEqualTo(Erasure.of(zoe.id(), zoe.id().value(), START));
    Wallet erased = client.wallets().get(zoe.id());
    assertThat(erased.status()).isEqualTo(WalletStatus.ERASED);
    assertThat(erased.displayName()).isEqualTo("[erased]");
    assertThat(erased.reference()).isEmpty();
    assertThat(again.code()).isEqualTo(ErrorCode.WALLET_ERASED);
  }

  @Test
  void moneyLeftIsATypedConflict() {
    mock.control().fund(zoe.id(), Money.of("1.00", "EUR"));

    ConflictException refused =
        catchThrowableOfType(ConflictException.class, () -> client.privacy().erase(zoe.id()));

    assertThat(refused.code()).isEqualTo(ErrorCode.ERASURE_BALANCE_REMAINING);
    assertThat(client.async().privacy().export(zoe.id()).join().json()).contains("Zoe Holder");
  }
}
