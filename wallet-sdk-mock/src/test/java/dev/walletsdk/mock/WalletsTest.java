/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Wallets: open, get, list, balances and the transaction history. */
@ExtendWith(MockWalletExtension.class)
class WalletsTest {

  private static List<String> ids(Reply page) {
    List<String> ids = new ArrayList<>();
    page.body().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static List<String> column(Reply page, String pointer) {
    List<String> values = new ArrayList<>();
    page.body().path("data").forEach(item -> values.add(item.at(pointer).asText()));
    return values;
  }

  @Test
  void openedWalletIsActiveWithItsCurrenciesAndCreatedNow(MockWalletServer mock) {
    MockApi api = new MockApi(mock);

    Reply opened =
        api.post(
            "/v1/wallets",
            "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\",\"USD\"],\"reference\":\"cust-42\"}");

    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.text("/object")).isEqualTo("wallet");
    assertThat(opened.text("/id")).matches("wal_[A-Za-z0-9]{20}");
    assertThat(opened.text("/displayName")).isEqualTo("Alice");
    assertThat(opened.text("/reference")).isEqualTo("cust-42");
    assertThat(opened.text("/status")).isEqualTo("active");
    assertThat(opened.body().get("currencies").toString()).isEqualTo("[\"EUR\",\"USD\"]");
    assertThat(opened.text("/createdAt")).isEqualTo(mock.control().now().toString());
  }

  @Test
  void getReturnsTheWalletAsOpened(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Reply opened = api.post("/v1/wallets", "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}");

    Reply got = api.get("/v1/wallets/" + opened.text("/id"));

    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo(opened.body());
  }

  @Test
  void listPagesThroughTheWalletsOldestFirst(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    List<String> opened = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      opened.add(api.openWallet("Holder" + i, "EUR"));
      mock.control().advanceClock(Duration.ofSeconds(1));
    }

    Reply first = api.get("/v1/wallets?limit=2");
    Reply second = api.get("/v1/wallets?limit=2&cursor=" + first.text("/nextCursor"));
    Reply third = api.get("/v1/wallets?limit=2&cursor=" + second.text("/nextCursor"));

    assertThat(first.text("/object")).isEqualTo("list");
    assertThat(ids(first)).containsExactly(opened.get(0), opened.get(1));
    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(ids(second)).containsExactly(opened.get(2), opened.get(3));
    assertThat(second.body().get("hasMore").asBoolean()).isTrue();
    assertThat(ids(third)).containsExactly(opened.get(4));
    assertThat(third.body().get("hasMore").asBoolean()).isFalse();
    assertThat(third.body().has("nextCursor")).isFalse();
  }

  @Test
  void listWithoutLimitReturnsUpTo25(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    for (int i = 0; i < 26; i++) {
      mock.control().openWallet("Holder" + i, CurrencyCode.EUR);
    }

    Reply page = api.get("/v1/wallets");

    assertThat(page.body().get("data").size()).isEqualTo(25);
    assertThat(page.body().get("hasMore").asBoolean()).isTrue();
  }

  @Test
  void listShowsOnlyTheCallersWallets(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String mine = api.openWallet("Alice", "EUR");
    WalletId theirs = mock.control().openWallet(other, "Zoe", CurrencyCode.EUR);

    assertThat(ids(api.get("/v1/wallets"))).containsExactly(mine);
    assertThat(ids(api.as(other.apiKey()).get("/v1/wallets"))).containsExactly(theirs.value());
  }

  @Test
  void balancesListEveryCurrencyHeldInOrder(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR", "USD", "JPY");
    mock.control().fund(WalletId.of(alice), Money.of("12.34", "EUR"));
    mock.control().fund(WalletId.of(alice), Money.of("1500", "JPY"));

    Reply balances = api.get("/v1/wallets/" + alice + "/balances");

    assertThat(balances.status()).isEqualTo(200);
    assertThat(balances.text("/object")).isEqualTo("balances");
    assertThat(balances.text("/walletId")).isEqualTo(alice);
    assertThat(column(balances.body().get("balances"), "/currency"))
        .containsExactly("EUR", "USD", "JPY");
    assertThat(balances.text("/balances/0/available/amount")).isEqualTo("12.34");
    assertThat(balances.text("/balances/0/available/currency")).isEqualTo("EUR");
    assertThat(balances.text("/balances/0/pending/amount")).isEqualTo("0.00");
    assertThat(balances.text("/balances/0/total/amount")).isEqualTo("12.34");
    assertThat(balances.text("/balances/1/total/amount")).isEqualTo("0.00");
    assertThat(balances.text("/balances/2/available/amount")).isEqualTo("1500");
    assertThat(balances.text("/balances/2/total/amount")).isEqualTo("1500");
  }

  private static List<String> column(JsonNode array, String pointer) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.at(pointer).asText()));
    return values;
  }

  @Test
  void balanceInACurrencyNotHeldIsZero(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));

    Reply usd = api.get("/v1/wallets/" + alice + "/balances?currency=USD");
    Reply bhd = api.get("/v1/wallets/" + alice + "/balances?currency=BHD");

    assertThat(usd.status()).isEqualTo(200);
    assertThat(usd.body().get("balances").size()).isEqualTo(1);
    assertThat(usd.text("/balances/0/currency")).isEqualTo("USD");
    assertThat(usd.text("/balances/0/available/amount")).isEqualTo("0.00");
    assertThat(usd.text("/balances/0/pending/amount")).isEqualTo("0.00");
    assertThat(usd.text("/balances/0/total/amount")).isEqualTo("0.00");
    assertThat(bhd.text("/balances/0/total/amount")).isEqualTo("0.000");
  }

  @Test
  void balanceInOneHeldCurrencyReturnsOnlyThatOne(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR", "USD");
    mock.control().fund(WalletId.of(alice), Money.of("7.00", "USD"));

    Reply usd = api.get("/v1/wallets/" + alice + "/balances?currency=USD");

    assertThat(usd.body().get("balances").size()).isEqualTo(1);
    assertThat(usd.text("/balances/0/total/amount")).isEqualTo("7.00");
  }

  @Test
  void walletOfAnotherPartnerIsForbidden(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String theirs = mock.control().openWallet(other, "Zoe", CurrencyCode.EUR).value();

    Reply wallet = api.get("/v1/wallets/" + theirs);
    Reply balances = api.get("/v1/wallets/" + theirs + "/balances");
    Reply transactions = api.get("/v1/wallets/" + theirs + "/transactions");

    for (Reply reply : List.of(wallet, balances, transactions)) {
      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.code()).isEqualTo("permission_denied");
      assertThat(reply.text("/detail"))
          .isEqualTo("wallet " + theirs + " belongs to another partner");
    }
  }

  @Test
  void unknownWalletIsNotFound(MockWalletServer mock) {
    MockApi api = new MockApi(mock);

    Reply wallet = api.get("/v1/wallets/wal_nope");
    Reply balances = api.get("/v1/wallets/wal_nope/balances");

    for (Reply reply : List.of(wallet, balances)) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("not_found");
      assertThat(reply.text("/detail")).isEqualTo("wallet wal_nope does not exist");
    }
  }

  /** Alice is funded at t0, sends 30.00 to Bob at t0 + 1 h, and is funded again at t0 + 2 h. */
  private record History(String alice, String bob, Instant t0, Instant t1, Instant t2) {}

  private static History history(MockWalletServer mock, MockApi api) {
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    Instant t0 = mock.control().now();
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    Instant t1 = mock.control().advanceClock(Duration.ofHours(1));
    assertThat(api.post("/v1/transfers", Bodies.transfer(alice, bob, "30.00", "EUR")).status())
        .isEqualTo(201);
    Instant t2 = mock.control().advanceClock(Duration.ofHours(1));
    mock.control().fund(WalletId.of(alice), Money.of("5.00", "EUR"));
    return new History(alice, bob, t0, t1, t2);
  }

  @Test
  void transactionsAreNewestFirstWithTheirBalanceAfter(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    History h = history(mock, api);

    Reply page = api.get("/v1/wallets/" + h.alice() + "/transactions");

    assertThat(page.status()).isEqualTo(200);
    assertThat(column(page, "/type")).containsExactly("funding", "transfer_out", "funding");
    assertThat(column(page, "/direction")).containsExactly("credit", "debit", "credit");
    assertThat(column(page, "/amount/amount")).containsExactly("5.00", "30.00", "100.00");
    assertThat(column(page, "/balanceAfter/amount")).containsExactly("75.00", "70.00", "100.00");
    assertThat(column(page, "/createdAt"))
        .containsExactly(h.t2().toString(), h.t1().toString(), h.t0().toString());
    assertThat(column(page, "/object")).containsOnly("transaction");
    assertThat(column(page, "/walletId")).containsOnly(h.alice());
    assertThat(column(page, "/id")).allMatch(id -> id.matches("txn_[A-Za-z0-9]{1,64}"));
    assertThat(page.body().get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void receivingWalletRecordsATransferIn(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    History h = history(mock, api);
    String transferId =
        api.get("/v1/wallets/" + h.alice() + "/transactions").text("/data/1/resourceId");

    Reply page = api.get("/v1/wallets/" + h.bob() + "/transactions");

    assertThat(transferId).startsWith("trf_");
    assertThat(page.body().get("data").size()).isEqualTo(1);
    assertThat(page.text("/data/0/type")).isEqualTo("transfer_in");
    assertThat(page.text("/data/0/direction")).isEqualTo("credit");
    assertThat(page.text("/data/0/amount/amount")).isEqualTo("30.00");
    assertThat(page.text("/data/0/balanceAfter/amount")).isEqualTo("30.00");
    assertThat(page.text("/data/0/resourceId")).isEqualTo(transferId);
  }

  @Test
  void transactionsPageNewestFirstWithACursor(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    History h = history(mock, api);
    String path = "/v1/wallets/" + h.alice() + "/transactions?limit=2";

    Reply first = api.get(path);
    Reply second = api.get(path + "&cursor=" + first.text("/nextCursor"));

    assertThat(column(first, "/amount/amount")).containsExactly("5.00", "30.00");
    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(column(second, "/amount/amount")).containsExactly("100.00");
    assertThat(second.body().get("hasMore").asBoolean()).isFalse();
    assertThat(second.body().has("nextCursor")).isFalse();
  }

  @Test
  void sinceIsInclusiveAndUntilIsExclusive(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    History h = history(mock, api);
    String path = "/v1/wallets/" + h.alice() + "/transactions";

    Reply since = api.get(path + "?since=" + h.t1());
    Reply until = api.get(path + "?until=" + h.t1());
    Reply between = api.get(path + "?since=" + h.t0() + "&until=" + h.t2());

    assertThat(column(since, "/amount/amount")).containsExactly("5.00", "30.00");
    assertThat(column(until, "/amount/amount")).containsExactly("100.00");
    assertThat(column(between, "/amount/amount")).containsExactly("30.00", "100.00");
  }

  @Test
  void cursorOfAnUnfilteredListIsRefusedWithAFilter(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    History h = history(mock, api);
    String path = "/v1/wallets/" + h.alice() + "/transactions";
    String cursor = api.get(path + "?limit=1").text("/nextCursor");

    Reply filtered = api.get(path + "?limit=1&since=" + h.t0() + "&cursor=" + cursor);

    assertThat(filtered.status()).isEqualTo(400);
    assertThat(filtered.text("/errors/0/field")).isEqualTo("query:cursor");
    assertThat(filtered.text("/errors/0/code")).isEqualTo("invalid_cursor");
  }

  @Test
  void conversionRecordsTheFeeAsItsOwnTransaction(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    // principal = round(100.00 / 1.01) = round(99.0099...) = 99.01; fee = 100.00 - 99.01 = 0.99
    // buy = round(99.01 × 1.10) = round(108.911) = 108.91 USD
    String quote =
        api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD")).text("/id");
    String transfer =
        api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, quote)).text("/id");

    Reply mine = api.get("/v1/wallets/" + alice + "/transactions");
    Reply theirs = api.get("/v1/wallets/" + bob + "/transactions");

    assertThat(column(mine, "/type")).containsExactly("fee", "transfer_out", "funding");
    assertThat(column(mine, "/amount/amount")).containsExactly("0.99", "99.01", "200.00");
    // 200.00 - 99.01 = 100.99, then 100.99 - 0.99 = 100.00
    assertThat(column(mine, "/balanceAfter/amount")).containsExactly("100.00", "100.99", "200.00");
    assertThat(column(mine, "/resourceId").subList(0, 2)).containsOnly(transfer);
    assertThat(column(theirs, "/type")).containsExactly("transfer_in");
    assertThat(column(theirs, "/amount/amount")).containsExactly("108.91");
    assertThat(column(theirs, "/amount/currency")).containsExactly("USD");
    assertThat(column(theirs, "/balanceAfter/amount")).containsExactly("108.91");
  }
}
