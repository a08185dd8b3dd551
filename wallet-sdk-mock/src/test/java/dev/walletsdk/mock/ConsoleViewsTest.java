/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read-only control-plane views the web console shows. */
@ExtendWith(MockWalletExtension.class)
class ConsoleViewsTest {
  private static String money(String amount, String currency) {
    return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}";
  }

  @Test
  void partnersListTheirWalletsWithBalancesPerCurrency(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR, CurrencyCode.USD);
    mock.control().fund(alice, Money.of("12.34", "EUR"));

    Reply partners = api.get("/_mock/partners");

    assertThat(partners.status()).isEqualTo(200);
    JsonNode partner = partners.body().at("/partners/0");
    assertThat(partner.path("name").asText()).isEqualTo("default");
    assertThat(partners.body().at("/partners").size()).isEqualTo(1);
    JsonNode wallet = partner.at("/wallets/0");
    assertThat(wallet.path("id").asText()).isEqualTo(alice.value());
    assertThat(wallet.path("displayName").asText()).isEqualTo("Alice");
    assertThat(wallet.at("/balances/0/total").toString()).isEqualTo(money("12.34", "EUR"));
    assertThat(wallet.at("/balances/0/available").toString()).isEqualTo(money("12.34", "EUR"));
    assertThat(wallet.at("/balances/1/total").toString()).isEqualTo(money("0.00", "USD"));
  }

  @Test
  void timelineShowsEachEntryWithItsLegsNewestFirstAndTheChainIntact(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    api.post(
        "/v1/transfers",
        Bodies.transfer(alice.value(), bob.value(), "40.00", "EUR"),
        "console-transfer");

    Reply timeline = api.get("/_mock/journal/timeline");

    JsonNode body = timeline.body();
    assertThat(body.path("length").asLong()).isEqualTo(2);
    assertThat(body.path("intact").asBoolean()).isTrue();
    assertThat(body.path("firstBroken").isNull()).isTrue();
    assertThat(body.path("head").asText()).isEqualTo(body.at("/entries/0/hash").asText());
    JsonNode transfer = body.at("/entries/0");
    assertThat(transfer.path("sequence").asLong()).isEqualTo(2);
    assertThat(transfer.path("type").asText()).isEqualTo("transfer");
    assertThat(transfer.path("linked").asBoolean()).isTrue();
    assertThat(transfer.path("hashValid").asBoolean()).isTrue();
    assertThat(transfer.path("previousHash").asText())
        .isEqualTo(body.at("/entries/1/hash").asText());
    assertThat(transfer.at("/legs/0/debit").asText()).isEqualTo("wallet:" + alice.value() + ":EUR");
    assertThat(transfer.at("/legs/0/credit").asText()).isEqualTo("wallet:" + bob.value() + ":EUR");
    assertThat(transfer.at("/legs/0/amount").toString()).isEqualTo(money("40.00", "EUR"));
    assertThat(body.at("/entries/1/type").asText()).isEqualTo("funding");
  }

  @Test
  void eventsOfEveryPartnerAreListedNewestFirstWithTheirPartner(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("5.00", "EUR"));

    Reply events = api.get("/_mock/events");

    JsonNode body = events.body();
    assertThat(body.path("total").asInt()).isEqualTo(body.path("events").size());
    JsonNode newest = body.at("/events/0");
    assertThat(newest.path("type").asText()).isEqualTo("wallet.funded");
    assertThat(newest.path("partnerId").asText()).isEqualTo(mock.control().defaultPartner().id());
    assertThat(newest.at("/data/walletId").asText()).isEqualTo(alice.value());
  }

  @Test
  void webhookAttemptsCarryTheirStatusAndSignature(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    List<WebhookDelivery> received = new ArrayList<>();
    mock.webhooks()
        .addReceiver(
            delivery -> {
              received.add(delivery);
              return received.size() == 1 ? 500 : 204;
            });
    mock.control().fund(mock.control().openWallet("Alice", CurrencyCode.EUR), Money.of("1", "EUR"));
    mock.webhooks().deliverDue();

    Reply webhooks = api.get("/_mock/webhooks");

    JsonNode body = webhooks.body();
    assertThat(body.at("/endpoints/0/id").asText()).isEqualTo("whe_1");
    assertThat(body.at("/endpoints/0").has("secret")).isFalse();
    JsonNode first = body.at("/attempts/" + (body.path("attempts").size() - 1));
    assertThat(first.path("status").asInt()).isEqualTo(500);
    assertThat(first.path("attempt").asInt()).isEqualTo(1);
    assertThat(first.path("eventId").asText())
        .isEqualTo(received.get(0).headers().first("webhook-id").orElseThrow());
    assertThat(first.path("signature").asText())
        .isEqualTo(received.get(0).headers().first("webhook-signature").orElseThrow());
    assertThat(body.path("pending").asInt()).isEqualTo(1);
  }

  @Test
  void heldTransferShowsItsChallengeWithTheCurrentCode(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("1000.00", "EUR"));
    mock.control().setStepUpThreshold(alice, Money.of("500.00", "EUR"));
    TotpSecret secret = mock.control().enrollTotp(alice);
    Reply held =
        api.post("/v1/transfers", Bodies.transfer(alice.value(), bob.value(), "600.00", "EUR"));

    Reply holds = api.get("/_mock/holds");

    JsonNode challenge = holds.body().at("/challenges/0");
    assertThat(challenge.path("id").asText()).isEqualTo(held.text("/challenge/id"));
    assertThat(challenge.path("status").asText()).isEqualTo("pending");
    assertThat(challenge.path("walletId").asText()).isEqualTo(alice.value());
    assertThat(challenge.path("heldRoute").asText()).isEqualTo("POST /v1/transfers");
    assertThat(challenge.path("amount").toString()).isEqualTo(money("600.00", "EUR"));
    assertThat(challenge.path("currentCode").asText())
        .isEqualTo(Totp.defaults().generate(secret, mock.control().now()));
    assertThat(holds.body().path("reservations").size()).isZero();
  }

  @Test
  void faultsListTellsHowOftenEachKindFired(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets/*").times(1));
    api.get("/v1/wallets/" + alice.value());

    Reply faults = api.get("/_mock/faults");

    assertThat(faults.body().path("faults").size()).isZero();
    assertThat(faults.body().path("fired").toString()).isEqualTo("{\"SERVER_ERROR\":1}");
  }
}
