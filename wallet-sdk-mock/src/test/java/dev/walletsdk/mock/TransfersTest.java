/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transfers between wallets, converted at quotes, and payouts to bank accounts. */
@ExtendWith(MockWalletExtension.class)
class TransfersTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;
  private static final CurrencyCode USD = CurrencyCode.USD;

  private static void assertMoney(Reply reply, String pointer, String amount, String currency) {
    assertThat(reply.text(pointer + "/amount")).as(pointer).isEqualTo(amount);
    assertThat(reply.text(pointer + "/currency")).as(pointer).isEqualTo(currency);
  }

  /** The journal entries of one resource, as {@code debit -> credit currency minor} lines. */
  private static List<String> legsOf(MockWalletServer mock, String resourceId) {
    List<String> legs = new ArrayList<>();
    for (String line : mock.ledger().exportJournal().split("\n")) {
      JsonNode entry;
      try {
        entry = MockApi.JSON.readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (entry.path("resourceId").asText().equals(resourceId)) {
        for (JsonNode leg : entry.path("legs")) {
          legs.add(
              entry.path("kind").asText()
                  + " "
                  + leg.path("debit").asText()
                  + " -> "
                  + leg.path("credit").asText()
                  + " "
                  + leg.path("currency").asText()
                  + " "
                  + leg.path("amount").asLong());
        }
      }
    }
    return legs;
  }

  @Test
  void transferBetweenWalletsCompletesAtOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));

    Reply transfer =
        api.post(
            "/v1/transfers",
            "{\"sourceWalletId\":\""
                + alice
                + "\",\"destinationWalletId\":\""
                + bob
                + "\",\"amount\":"
                + MockApi.money("20.5", "EUR")
                + ",\"reference\":\"inv-7\",\"description\":\"Dinner\"}");

    assertThat(transfer.status()).isEqualTo(201);
    assertThat(transfer.text("/object")).isEqualTo("transfer");
    assertThat(transfer.text("/id")).matches("trf_[A-Za-z0-9]{20}");
    assertThat(transfer.text("/status")).isEqualTo("completed");
    assertThat(transfer.text("/sourceWalletId")).isEqualTo(alice);
    assertThat(transfer.text("/destinationWalletId")).isEqualTo(bob);
    assertMoney(transfer, "/sourceAmount", "20.50", "EUR");
    assertMoney(transfer, "/destinationAmount", "20.50", "EUR");
    assertMoney(transfer, "/fee", "0.00", "EUR");
    assertThat(transfer.body().has("rate")).isFalse();
    assertThat(transfer.body().has("quoteId")).isFalse();
    assertThat(transfer.text("/reference")).isEqualTo("inv-7");
    assertThat(transfer.text("/description")).isEqualTo("Dinner");
    assertThat(mock.control().balance(WalletId.of(alice), EUR)).isEqualTo(Money.of("29.50", "EUR"));
    assertThat(mock.control().balance(WalletId.of(bob), EUR)).isEqualTo(Money.of("20.50", "EUR"));
    assertThat(api.get("/v1/transfers/" + transfer.text("/id")).body()).isEqualTo(transfer.body());
  }

  @Test
  void transferAtAQuoteConvertsIntoACurrencyTheDestinationDidNotHold(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    // principal = round(100.00 / 1.01) = 99.01 EUR; fee = 0.99 EUR
    // buy = round(99.01 × 1.10) = round(108.911) = 108.91 USD
    String quote =
        api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD")).text("/id");

    Reply transfer = api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, quote));

    assertThat(transfer.status()).isEqualTo(201);
    assertThat(transfer.text("/status")).isEqualTo("completed");
    assertMoney(transfer, "/sourceAmount", "100.00", "EUR");
    assertMoney(transfer, "/destinationAmount", "108.91", "USD");
    assertMoney(transfer, "/fee", "0.99", "EUR");
    assertThat(transfer.text("/rate")).isEqualTo("1.1");
    assertThat(transfer.text("/quoteId")).isEqualTo(quote);
    assertThat(mock.control().balance(WalletId.of(alice), EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
    assertThat(mock.control().balance(WalletId.of(bob), USD)).isEqualTo(Money.of("108.91", "USD"));
    assertThat(mock.control().balance(WalletId.of(bob), EUR)).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(api.get("/v1/wallets/" + bob).body().get("currencies").toString())
        .isEqualTo("[\"EUR\",\"USD\"]");
    assertThat(api.get("/v1/wallets/" + alice).body().get("currencies").toString())
        .isEqualTo("[\"EUR\"]");
  }

  @Test
  void conversionFeeIsPostedAsPlatformRevenue(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    String quote =
        api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD")).text("/id");

    String transfer =
        api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, quote)).text("/id");

    // principal 99.01 EUR into FX, fee 0.99 EUR into fees, 108.91 USD out of FX to Bob
    assertThat(legsOf(mock, transfer))
        .containsExactly(
            "POST wallet:" + alice + ":EUR -> system:fx:EUR EUR 9901",
            "POST wallet:" + alice + ":EUR -> system:fees:EUR EUR 99",
            "POST system:fx:USD -> wallet:" + bob + ":USD USD 10891");
  }

  @Test
  void payoutIsPendingAndReservesTheAmount(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    Reply payout = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR"));
    Reply balances = api.get("/v1/wallets/" + alice + "/balances?currency=EUR");

    assertThat(payout.status()).isEqualTo(201);
    assertThat(payout.text("/status")).isEqualTo("pending");
    assertThat(payout.body().has("destinationWalletId")).isFalse();
    assertThat(payout.text("/destinationAccount/holderName")).isEqualTo("Alice Martin");
    assertThat(payout.text("/destinationAccount/accountNumberLast4")).isEqualTo("3000");
    assertThat(payout.text("/destinationAccount/bankCode")).isEqualTo("COBADEFF");
    assertMoney(payout, "/sourceAmount", "40.00", "EUR");
    assertMoney(payout, "/destinationAmount", "40.00", "EUR");
    assertThat(balances.text("/balances/0/available/amount")).isEqualTo("60.00");
    assertThat(balances.text("/balances/0/pending/amount")).isEqualTo("40.00");
    assertThat(balances.text("/balances/0/total/amount")).isEqualTo("100.00");
    assertThat(api.get("/v1/wallets/" + alice + "/transactions").body().get("data").size())
        .isEqualTo(1);
  }

  @Test
  void payoutAtAQuoteReservesTheSellAmountAndPostsTheFeeOnSettlement(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    // principal = round(100.00 / 1.01) = 99.01 EUR; fee = 0.99 EUR; buy = round(108.911) = 108.91
    String quote =
        api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD")).text("/id");
    String body =
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationAccount\":{\"holderName\":\"Alice Martin\",\"accountNumber\":\""
            + Bodies.ACCOUNT_NUMBER
            + "\"},\"quoteId\":\""
            + quote
            + "\"}";

    Reply payout = api.post("/v1/transfers", body);
    Reply pending = api.get("/v1/wallets/" + alice + "/balances?currency=EUR");
    mock.control().settlePayout(TransferId.of(payout.text("/id")));
    Reply settled = api.get("/v1/wallets/" + alice + "/balances?currency=EUR");
    Reply history = api.get("/v1/wallets/" + alice + "/transactions");

    assertThat(payout.status()).isEqualTo(201);
    assertThat(payout.text("/status")).isEqualTo("pending");
    assertMoney(payout, "/sourceAmount", "100.00", "EUR");
    assertMoney(payout, "/destinationAmount", "108.91", "USD");
    assertMoney(payout, "/fee", "0.99", "EUR");
    assertThat(pending.text("/balances/0/available/amount")).isEqualTo("100.00");
    assertThat(pending.text("/balances/0/pending/amount")).isEqualTo("100.00");
    assertThat(pending.text("/balances/0/total/amount")).isEqualTo("200.00");
    assertThat(settled.text("/balances/0/pending/amount")).isEqualTo("0.00");
    assertThat(settled.text("/balances/0/total/amount")).isEqualTo("100.00");
    assertThat(history.text("/data/0/type")).isEqualTo("fee");
    assertThat(history.text("/data/0/amount/amount")).isEqualTo("0.99");
    assertThat(history.text("/data/0/balanceAfter/amount")).isEqualTo("100.00");
    assertThat(history.text("/data/1/type")).isEqualTo("payout");
    assertThat(history.text("/data/1/amount/amount")).isEqualTo("99.01");
    assertThat(history.text("/data/1/balanceAfter/amount")).isEqualTo("100.99");
  }

  @Test
  void reservedMoneyCannotBeSpentTwice(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    api.post("/v1/transfers", Bodies.payout(alice, "70.00", "EUR"));

    Reply second = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR"));

    assertThat(second.status()).isEqualTo(422);
    assertThat(second.code()).isEqualTo("insufficient_funds");
    assertThat(second.text("/detail"))
        .isEqualTo("wallet " + alice + " has 30.00 EUR available but 40.00 EUR is needed");
  }

  @Test
  void payoutNeverShowsTheFullAccountNumber(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    Reply payout = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR"));
    String id = payout.text("/id");
    mock.control().settlePayout(TransferId.of(id));

    assertThat(payout.body().toString()).doesNotContain(Bodies.ACCOUNT_NUMBER);
    assertThat(api.get("/v1/transfers/" + id).body().toString())
        .doesNotContain(Bodies.ACCOUNT_NUMBER)
        .contains("\"accountNumberLast4\":\"3000\"");
    assertThat(api.get("/v1/events?limit=100").body().toString())
        .doesNotContain(Bodies.ACCOUNT_NUMBER);
    assertThat(api.get("/v1/wallets/" + alice + "/transactions").body().toString())
        .doesNotContain(Bodies.ACCOUNT_NUMBER);
    assertThat(mock.ledger().exportJournal()).doesNotContain(Bodies.ACCOUNT_NUMBER);
  }

  @Test
  void settledPayoutIsCompletedWithAPayoutTransaction(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String id = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR")).text("/id");

    mock.control().settlePayout(TransferId.of(id));

    Reply transfer = api.get("/v1/transfers/" + id);
    Reply balances = api.get("/v1/wallets/" + alice + "/balances?currency=EUR");
    Reply history = api.get("/v1/wallets/" + alice + "/transactions");
    assertThat(transfer.text("/status")).isEqualTo("completed");
    assertThat(balances.text("/balances/0/available/amount")).isEqualTo("60.00");
    assertThat(balances.text("/balances/0/pending/amount")).isEqualTo("0.00");
    assertThat(balances.text("/balances/0/total/amount")).isEqualTo("60.00");
    assertThat(history.text("/data/0/type")).isEqualTo("payout");
    assertThat(history.text("/data/0/direction")).isEqualTo("debit");
    assertThat(history.text("/data/0/amount/amount")).isEqualTo("40.00");
    assertThat(history.text("/data/0/balanceAfter/amount")).isEqualTo("60.00");
    assertThat(history.text("/data/0/resourceId")).isEqualTo(id);
  }

  @Test
  void failedPayoutReleasesTheMoney(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String id = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR")).text("/id");

    mock.control().failPayout(TransferId.of(id));

    Reply balances = api.get("/v1/wallets/" + alice + "/balances?currency=EUR");
    assertThat(api.get("/v1/transfers/" + id).text("/status")).isEqualTo("failed");
    assertThat(balances.text("/balances/0/available/amount")).isEqualTo("100.00");
    assertThat(balances.text("/balances/0/pending/amount")).isEqualTo("0.00");
    assertThat(balances.text("/balances/0/total/amount")).isEqualTo("100.00");
    assertThat(api.get("/v1/wallets/" + alice + "/transactions").text("/data/0/type"))
        .isEqualTo("funding");
    assertThat(api.post("/v1/transfers", Bodies.payout(alice, "100.00", "EUR")).status())
        .isEqualTo(201);
  }

  @Test
  void settlingAPayoutTwiceIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String id = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR")).text("/id");
    mock.control().settlePayout(TransferId.of(id));
    int journal = mock.ledger().journalSize();

    assertThatThrownBy(() -> mock.control().settlePayout(TransferId.of(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transfer " + id + " is completed, not a pending payout");
    assertThatThrownBy(() -> mock.control().failPayout(TransferId.of(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transfer " + id + " is completed, not a pending payout");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().balance(WalletId.of(alice), EUR)).isEqualTo(Money.of("60.00", "EUR"));
  }

  @Test
  void settlingAFailedPayoutIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String id = api.post("/v1/transfers", Bodies.payout(alice, "40.00", "EUR")).text("/id");
    mock.control().failPayout(TransferId.of(id));

    assertThatThrownBy(() -> mock.control().settlePayout(TransferId.of(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transfer " + id + " is failed, not a pending payout");
    assertThat(mock.control().balance(WalletId.of(alice), EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void settlingATransferBetweenWalletsIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String id = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR")).text("/id");

    assertThatThrownBy(() -> mock.control().settlePayout(TransferId.of(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transfer " + id + " is completed, not a pending payout");
    assertThatThrownBy(() -> mock.control().settlePayout(TransferId.of("trf_nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transfer trf_nope does not exist");
  }

  @Test
  void frozenSourceWalletCannotSend(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    mock.control().setWalletStatus(WalletId.of(alice), WalletStatus.FROZEN);
    int journal = mock.ledger().journalSize();

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));
    Reply payout = api.post("/v1/transfers", Bodies.payout(alice, "10.00", "EUR"));

    for (Reply reply : List.of(transfer, payout)) {
      assertThat(reply.status()).isEqualTo(409);
      assertThat(reply.code()).isEqualTo("wallet_not_active");
      assertThat(reply.text("/detail")).isEqualTo("wallet " + alice + " is frozen");
    }
    assertThat(api.get("/v1/wallets/" + alice).text("/status")).isEqualTo("frozen");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }

  @Test
  void frozenDestinationWalletCannotReceive(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    mock.control().setWalletStatus(WalletId.of(bob), WalletStatus.CLOSED);

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(409);
    assertThat(transfer.code()).isEqualTo("wallet_not_active");
    assertThat(transfer.text("/detail")).isEqualTo("wallet " + bob + " is closed");
    assertThat(mock.control().balance(WalletId.of(alice), EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void reactivatedWalletCanSendAgain(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    mock.control().setWalletStatus(WalletId.of(alice), WalletStatus.FROZEN);
    mock.control().setWalletStatus(WalletId.of(alice), WalletStatus.ACTIVE);

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(201);
  }

  @Test
  void transferToAnotherPartnersWalletIsAllowed(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String alice = api.openWallet("Alice", "EUR");
    WalletId zoe = mock.control().openWallet(other, "Zoe", EUR);
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, zoe.value(), "10.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(201);
    assertThat(mock.control().balance(zoe, EUR)).isEqualTo(Money.of("10.00", "EUR"));
  }

  @Test
  void transferFromAnotherPartnersWalletIsForbidden(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String alice = api.openWallet("Alice", "EUR");
    WalletId zoe = mock.control().openWallet(other, "Zoe", EUR);
    mock.control().fund(zoe, Money.of("100.00", "EUR"));

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(zoe.value(), alice, "10.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(403);
    assertThat(transfer.code()).isEqualTo("permission_denied");
    assertThat(mock.control().balance(zoe, EUR)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void transferToAnUnknownWalletIsNotFound(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, "wal_nope", "10.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(404);
    assertThat(transfer.code()).isEqualTo("not_found");
    assertThat(transfer.text("/detail")).isEqualTo("wallet wal_nope does not exist");
  }

  @Test
  void transferBeyondTheBalanceIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.01", "EUR"));

    assertThat(transfer.status()).isEqualTo(422);
    assertThat(transfer.code()).isEqualTo("insufficient_funds");
    assertThat(transfer.text("/detail"))
        .isEqualTo("wallet " + alice + " has 10.00 EUR available but 10.01 EUR is needed");
  }
}
