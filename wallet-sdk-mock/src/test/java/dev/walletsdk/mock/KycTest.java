/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** KYC levels: identity at opening, upgrades, each level's limits. */
class KycTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  private static final String ADULT = "2008-06-01";
  private static final String MINOR = "2008-06-02";

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final MockApi api = new MockApi(mock);
  private final Identities identities = new Identities(api);

  @AfterEach
  void ledgerStaysConsistent() {
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private Reply open(ObjectNode identity) {
    String body = "{\"displayName\":\"Ada\",\"currencies\":[\"EUR\"]}";
    return api.post("/v1/wallets", identity == null ? body : Identities.with(body, identity));
  }

  private Reply upgrade(String wallet, String level, ObjectNode identity) {
    String body = "{\"level\":\"" + level + "\"}";
    return api.post(
        "/v1/wallets/" + wallet + "/kyc",
        identity == null ? body : Identities.with(body, identity));
  }

  private Reply pay(String wallet, String amount) {
    return api.post("/v1/payments", Bodies.payment(wallet, "mer_demo", amount, "EUR"));
  }

  private String fundedUnverified() {
    String wallet = open(null).text("/id");
    mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
    return wallet;
  }

  private void levelLimits() {
    mock.control()
        .setKycLimits(
            KycLevel.UNVERIFIED,
            CurrencyCode.EUR,
            Money.of("50.00", "EUR"),
            Money.of("80.00", "EUR"));
    mock.control().setKycLimits(KycLevel.BASIC, CurrencyCode.EUR, Money.of("150.00", "EUR"), null);
  }

  @Test
  void walletOpensAtTheLevelItsIdentitySupports() {
    Reply none = open(null);
    Reply basic = open(identities.basic("Ada Lovelace", ADULT));
    Reply full = open(identities.full("Ada Lovelace", ADULT, "T22000129", "Hauptstrasse 7"));

    assertThat(none.status()).isEqualTo(201);
    assertThat(none.body().get("kyc").toString()).isEqualTo("{\"level\":\"unverified\"}");
    assertThat(basic.text("/kyc/level")).isEqualTo("basic");
    assertThat(basic.text("/kyc/verifiedAt")).isEqualTo(START.toString());
    assertThat(full.text("/kyc/level")).isEqualTo("full");
    assertThat(full.body().toString()).doesNotContain("Lovelace", "T22000129", "Hauptstrasse");
  }

  @Test
  void plainTextIdentityIsRefusedAndNoWalletOpens() {
    ObjectNode identity = identities.basic("Ada Lovelace", ADULT);
    identity.put("fullName", "Ada Lovelace");

    Reply reply = open(identity);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("encryption_required");
    assertThat(reply.text("/detail"))
        .isEqualTo("identity data must be sent field-encrypted; see errors");
    assertThat(reply.text("/errors/0/field")).isEqualTo("/identity/fullName");
    assertThat(reply.text("/errors/0/code")).isEqualTo("encryption_required");
    assertThat(reply.body().toString()).doesNotContain("Lovelace");
    assertThat(api.get("/v1/wallets").body().get("data")).isEmpty();
  }

  @Test
  void minorIsRejectedAndNoWalletOpens() {
    Reply reply = open(identities.basic("Ada Lovelace", MINOR));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.code()).isEqualTo("kyc_rejected");
    assertThat(reply.text("/detail"))
        .isEqualTo("/identity/dateOfBirth: the holder must be 18 or older");
    assertThat(reply.text("/errors/0/code")).isEqualTo("underage");
    assertThat(api.get("/v1/wallets").body().get("data")).isEmpty();
  }

  @Test
  void levelsListTheirLimits() {
    levelLimits();

    JsonNode levels = api.get("/v1/kyc/levels").body().get("data");

    assertThat(levels.findValuesAsText("level")).containsExactly("unverified", "basic", "full");
    assertThat(levels.get(0).get("limits").toString())
        .isEqualTo(
            "[{\"currency\":\"EUR\",\"perTransaction\":{\"amount\":\"50.00\",\"currency\":\"EUR\"},"
                + "\"rolling24h\":{\"amount\":\"80.00\",\"currency\":\"EUR\"}}]");
    assertThat(levels.get(2).get("limits")).isEmpty();
  }

  @Test
  void levelLimitBindsAndAnUpgradeRaisesItAtOnce() {
    levelLimits();
    String wallet = fundedUnverified();

    Reply refused = pay(wallet, "60.00");
    Reply upgraded = upgrade(wallet, "basic", identities.basic("Ada Lovelace", ADULT));
    Reply paid = pay(wallet, "60.00");
    Reply tooMuch = pay(wallet, "150.01");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + ": 60.00 EUR exceeds the per-transaction limit of 50.00 EUR for KYC level"
                + " unverified");
    assertThat(upgraded.status()).isEqualTo(201);
    assertThat(upgraded.text("/object")).isEqualTo("kyc_verification");
    assertThat(upgraded.text("/previousLevel")).isEqualTo("unverified");
    assertThat(upgraded.text("/level")).isEqualTo("basic");
    assertThat(upgraded.text("/limits/0/perTransaction/amount")).isEqualTo("150.00");
    assertThat(paid.status()).isEqualTo(201);
    assertThat(tooMuch.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + ": 150.01 EUR exceeds the per-transaction limit of 150.00 EUR for KYC level"
                + " basic");
    assertThat(api.get("/v1/wallets/" + wallet).text("/kyc/level")).isEqualTo("basic");
  }

  @Test
  void rollingLimitOfTheLevelCountsTheLastDay() {
    levelLimits();
    String wallet = fundedUnverified();
    pay(wallet, "50.00");

    Reply refused = pay(wallet, "40.00");

    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + ": 40.00 EUR would bring the last 24 hours to 90.00 EUR, over the limit of"
                + " 80.00 EUR for KYC level unverified");
  }

  @Test
  void stricterWalletLimitStillWinsWithItsOwnMessage() {
    levelLimits();
    String wallet = fundedUnverified();
    mock.control().setLimits(WalletId.of(wallet), CurrencyCode.EUR, Money.of("20.00", "EUR"), null);

    Reply refused = pay(wallet, "30.00");

    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet " + wallet + ": 30.00 EUR exceeds the per-transaction limit of 20.00 EUR");
  }

  @Test
  void sameOrLowerLevelIsRefused() {
    String wallet = open(identities.basic("Ada Lovelace", ADULT)).text("/id");

    Reply same = upgrade(wallet, "basic", null);

    assertThat(same.status()).isEqualTo(409);
    assertThat(same.code()).isEqualTo("kyc_level_not_higher");
    assertThat(same.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + " is at KYC level basic; basic is not higher and levels only go up");
    assertThat(upgrade(wallet, "unverified", null).code()).isEqualTo("invalid_request");
  }

  @Test
  void fullNeedsNationalIdAndAddressAndNothingChangesWithoutThem() {
    String wallet = open(identities.basic("Ada Lovelace", ADULT)).text("/id");

    Reply reply = upgrade(wallet, "full", null);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.code()).isEqualTo("kyc_rejected");
    assertThat(reply.body().get("errors").findValuesAsText("field"))
        .containsExactly("/identity/nationalId", "/identity/address");
    assertThat(api.get("/v1/wallets/" + wallet).text("/kyc/level")).isEqualTo("basic");
  }

  @Test
  void upgradeMustMatchTheIdentityHeld() {
    String wallet = open(identities.basic("Ada Lovelace", ADULT)).text("/id");

    Reply reply =
        upgrade(wallet, "full", identities.full("Ada Byron", ADULT, "T22000129", "Hauptstrasse 7"));
    Reply matching =
        upgrade(
            wallet, "full", identities.full("Ada Lovelace", ADULT, "T22000129", "Hauptstrasse 7"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("/errors/0/field")).isEqualTo("/identity/fullName");
    assertThat(reply.text("/errors/0/code")).isEqualTo("identity_mismatch");
    assertThat(reply.body().toString()).doesNotContain("Byron", "Lovelace");
    assertThat(matching.text("/level")).isEqualTo("full");
  }

  @Test
  void unverifiedWalletCannotUpgradeWithoutIdentityOrAsAMinor() {
    String wallet = open(null).text("/id");

    Reply missing = upgrade(wallet, "basic", null);
    Reply minor = upgrade(wallet, "basic", identities.basic("Ada Lovelace", MINOR));

    assertThat(missing.text("/errors/0/field")).isEqualTo("/identity");
    assertThat(minor.text("/errors/0/code")).isEqualTo("underage");
    assertThat(api.get("/v1/wallets/" + wallet).body().get("kyc").toString())
        .isEqualTo("{\"level\":\"unverified\"}");
  }

  @Test
  void upgradeIsAnEventWithoutPersonalData() {
    String wallet = open(null).text("/id");
    upgrade(wallet, "basic", identities.basic("Ada Lovelace", ADULT));

    JsonNode events = api.get("/v1/events").body().get("data");

    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("kyc.upgraded");
    assertThat(last.at("/data/object").asText()).isEqualTo("kyc_verification");
    assertThat(last.at("/data/walletId").asText()).isEqualTo(wallet);
    assertThat(events.toString()).doesNotContain("Lovelace", ADULT);
  }

  @Test
  void controlPlaneWalletsAreFull() {
    WalletId wallet = mock.control().openWallet("Bob", CurrencyCode.EUR);

    assertThat(api.get("/v1/wallets/" + wallet.value()).text("/kyc/level")).isEqualTo("full");
  }

  @Test
  void replayReproducesLevelsIdentitiesAndLevelLimits() {
    levelLimits();
    String wallet = fundedUnverified();
    upgrade(wallet, "basic", identities.basic("Ada Lovelace", ADULT));
    upgrade(wallet, "full", identities.full("Ada Lovelace", ADULT, "T22000129", "Hauptstrasse 7"));

    Engine replayed = mock.runtime().replayed();

    assertThat(Views.wallet(replayed.wallet(wallet).orElseThrow()))
        .isEqualTo(api.get("/v1/wallets/" + wallet).body());
    assertThat(replayed.wallet(wallet).orElseThrow().identity())
        .isEqualTo(mock.runtime().read(e -> e.wallet(wallet).orElseThrow().identity()));
    assertThat(Views.kycLevel(KycLevel.UNVERIFIED, replayed.kycLimits()))
        .isEqualTo(mock.runtime().read(e -> Views.kycLevel(KycLevel.UNVERIFIED, e.kycLimits())));
  }
}
