/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Business wallets: the kind is set at opening, shown on the wallet and kept by the journal. */
class BusinessWalletsTest {
  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;

  @Test
  void walletOpenedWithoutAKindIsPersonal() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(START).build()) {
      Reply opened =
          new MockApi(mock)
              .post("/v1/wallets", "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}");

      assertThat(opened.status()).isEqualTo(201);
      assertThat(opened.text("/kind")).isEqualTo("personal");
    }
  }

  @Test
  void walletOpenedAsBusinessIsABusinessWalletWhenReadBack() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(START).build()) {
      MockApi api = new MockApi(mock);
      Reply opened =
          api.post(
              "/v1/wallets",
              "{\"displayName\":\"Acme Ltd\",\"currencies\":[\"EUR\"],\"kind\":\"business\"}");

      Reply got = api.get("/v1/wallets/" + opened.text("/id"));

      assertThat(opened.status()).isEqualTo(201);
      assertThat(opened.text("/kind")).isEqualTo("business");
      assertThat(got.body()).isEqualTo(opened.body());
    }
  }

  @Test
  void unknownKindIsRefusedNamingTheFieldAndOpensNothing() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(START).build()) {
      MockApi api = new MockApi(mock);
      int before = mock.runtime().<Integer>read(engine -> engine.walletCount());

      Reply refused =
          api.post(
              "/v1/wallets",
              "{\"displayName\":\"Acme\",\"currencies\":[\"EUR\"],\"kind\":\"corporate\"}");
      Reply wrongType =
          api.post("/v1/wallets", "{\"displayName\":\"Acme\",\"currencies\":[\"EUR\"],\"kind\":1}");

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text("/errors/0/field")).isEqualTo("/kind");
      assertThat(refused.text("/errors/0/code")).isEqualTo("invalid_value");
      assertThat(refused.text("/errors/0/message")).isEqualTo("must be personal or business");
      assertThat(wrongType.status()).isEqualTo(400);
      assertThat(wrongType.text("/errors/0/field")).isEqualTo("/kind");
      assertThat(mock.runtime().<Integer>read(engine -> engine.walletCount())).isEqualTo(before);
    }
  }

  @Test
  void controlPlaneOpensBusinessWallets() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(START).build()) {
      WalletId business = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
      WalletId personal = mock.control().openWallet("Alice", CurrencyCode.EUR);

      assertThat(kind(mock, business)).isEqualTo(WalletKind.BUSINESS);
      assertThat(kind(mock, personal)).isEqualTo(WalletKind.PERSONAL);
    }
  }

  @Test
  void kindsSurviveARestartFromTheJournal() {
    Path journal = dir.resolve("mock.journal");
    WalletId viaControl;
    String viaApi;
    String personal;
    try (MockWalletServer first =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      viaControl = first.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
      MockApi api = new MockApi(first);
      viaApi =
          api.post(
                  "/v1/wallets",
                  "{\"displayName\":\"Globex\",\"currencies\":[\"EUR\"],\"kind\":\"business\"}")
              .text("/id");
      personal = api.openWallet("Alice", "EUR");
    }

    try (MockWalletServer second =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      assertThat(kind(second, viaControl)).isEqualTo(WalletKind.BUSINESS);
      assertThat(kind(second, WalletId.of(viaApi))).isEqualTo(WalletKind.BUSINESS);
      assertThat(kind(second, WalletId.of(personal))).isEqualTo(WalletKind.PERSONAL);
      assertThat(new MockApi(second).get("/v1/wallets/" + viaApi).text("/kind"))
          .isEqualTo("business");
    }
  }

  @Test
  void onlyABusinessWalletPassesTheBusinessCheck() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(START).build()) {
      WalletRecord business =
          record(mock, mock.control().openBusinessWallet("Acme", CurrencyCode.EUR));
      WalletRecord personal = record(mock, mock.control().openWallet("Alice", CurrencyCode.EUR));

      WalletService.requireBusiness(business, "issuerWalletId");

      assertThatThrownBy(() -> WalletService.requireBusiness(personal, "issuerWalletId"))
          .isInstanceOfSatisfying(
              ApiProblem.class,
              problem -> {
                assertThat(problem.status()).isEqualTo(422);
                assertThat(problem.code()).isEqualTo("business_wallet_required");
                assertThat(problem.errors())
                    .containsExactly(
                        new ApiProblem.FieldProblem(
                            "issuerWalletId",
                            "business_wallet_required",
                            "wallet "
                                + personal.id()
                                + " is a personal wallet; only a business wallet can do this"));
              });
    }
  }

  private static WalletKind kind(MockWalletServer mock, WalletId wallet) {
    return record(mock, wallet).kind();
  }

  private static WalletRecord record(MockWalletServer mock, WalletId wallet) {
    return mock.runtime().read(engine -> engine.wallet(wallet.value()).orElseThrow());
  }
}
