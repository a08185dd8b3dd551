/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Quotes: the documented FX arithmetic (half-even at the scale of the currency computed), expiry,
 * single use and visibility.
 */
@ExtendWith(MockWalletExtension.class)
class QuotesTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;
  private static final CurrencyCode USD = CurrencyCode.USD;
  private static final CurrencyCode JPY = CurrencyCode.JPY;
  private static final CurrencyCode BHD = CurrencyCode.BHD;

  private static void assertMoney(Reply reply, String pointer, String amount, String currency) {
    assertThat(reply.text(pointer + "/amount")).as(pointer).isEqualTo(amount);
    assertThat(reply.text(pointer + "/currency")).as(pointer).isEqualTo(currency);
  }

  @Test
  void fixedSellQuoteTakesTheFeeOutOfTheSellAmount(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD"));

    // principal = round(100.00 / (1 + 0.01)) = round(99.00990...) = 99.01 EUR
    // fee = 100.00 - 99.01 = 0.99 EUR
    // buy = round(99.01 × 1.10) = round(108.911) = 108.91 USD
    assertThat(quote.status()).isEqualTo(201);
    assertThat(quote.text("/object")).isEqualTo("quote");
    assertThat(quote.text("/id")).matches("quo_[A-Za-z0-9]{20}");
    assertThat(quote.text("/walletId")).isEqualTo(alice);
    assertMoney(quote, "/sellAmount", "100.00", "EUR");
    assertMoney(quote, "/buyAmount", "108.91", "USD");
    assertMoney(quote, "/fee", "0.99", "EUR");
    assertThat(quote.text("/rate")).isEqualTo("1.1");
    assertThat(quote.text("/fixedSide")).isEqualTo("sell");
    assertThat(quote.text("/status")).isEqualTo("open");
    assertThat(quote.text("/createdAt")).isEqualTo(mock.control().now().toString());
    assertThat(quote.text("/expiresAt")).isEqualTo(mock.control().now().plusSeconds(60).toString());
  }

  @Test
  void fixedBuyQuoteAddsTheFeeToThePrincipal(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.buyQuote(alice, "100.00", "USD", "EUR"));

    // principal = round(100.00 / 1.10) = round(90.90909...) = 90.91 EUR
    // fee = round(90.91 × 0.01) = round(0.9091) = 0.91 EUR
    // sell = 90.91 + 0.91 = 91.82 EUR
    assertThat(quote.status()).isEqualTo(201);
    assertMoney(quote, "/sellAmount", "91.82", "EUR");
    assertMoney(quote, "/buyAmount", "100.00", "USD");
    assertMoney(quote, "/fee", "0.91", "EUR");
    assertThat(quote.text("/rate")).isEqualTo("1.1");
    assertThat(quote.text("/fixedSide")).isEqualTo("buy");
  }

  @Test
  void fixedSellQuoteRoundsHalfEvenAtTheBuyCurrencyScale(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, USD, new BigDecimal("1.25"));
    mock.control().setFx(0, 0, Duration.ofSeconds(60));

    Reply down = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.02", "EUR", "USD"));
    Reply up = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.06", "EUR", "USD"));

    // fee rate 0: principal = sell. 10.02 × 1.25 = 12.525 -> 12.52 (half-even keeps the even 2;
    // half-up would give 12.53). 10.06 × 1.25 = 12.575 -> 12.58 (rounds to the even 8).
    assertMoney(down, "/buyAmount", "12.52", "USD");
    assertMoney(down, "/fee", "0.00", "EUR");
    assertMoney(up, "/buyAmount", "12.58", "USD");
  }

  @Test
  void fixedBuyQuoteRoundsHalfEvenAtTheSellCurrencyScale(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, USD, new BigDecimal("2"));
    mock.control().setFx(0, 0, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.buyQuote(alice, "0.05", "USD", "EUR"));

    // principal = round(0.05 / 2) = round(0.025) = 0.02 EUR (half-even; half-up gives 0.03)
    assertMoney(quote, "/sellAmount", "0.02", "EUR");
    assertMoney(quote, "/fee", "0.00", "EUR");
    assertMoney(quote, "/buyAmount", "0.05", "USD");
  }

  @Test
  void spreadIsTakenOffTheMidRate(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(50, 0, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD"));

    // rate = 1.10 × (1 - 0.0050) = 1.0945; buy = round(100.00 × 1.0945) = round(109.45) = 109.45
    assertThat(quote.text("/rate")).isEqualTo("1.0945");
    assertMoney(quote, "/buyAmount", "109.45", "USD");
  }

  @Test
  void fixedSellOfYenRoundsThePrincipalToWholeYen(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "JPY");
    mock.control().setRate(JPY, USD, new BigDecimal("0.0067"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "10000", "JPY", "USD"));

    // principal = round(10000 / 1.01) = round(9900.990...) = 9901 JPY; fee = 10000 - 9901 = 99 JPY
    // buy = round(9901 × 0.0067) = round(66.3367) = 66.34 USD
    assertMoney(quote, "/sellAmount", "10000", "JPY");
    assertMoney(quote, "/fee", "99", "JPY");
    assertMoney(quote, "/buyAmount", "66.34", "USD");
    assertThat(quote.text("/rate")).isEqualTo("0.0067");
  }

  @Test
  void fixedBuyOfYenIsQuotedInWholeYen(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "USD");
    mock.control().setRate(USD, JPY, new BigDecimal("150"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply bought = api.post("/v1/quotes", Bodies.buyQuote(alice, "1000", "JPY", "USD"));
    Reply sold = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.00", "USD", "JPY"));

    // fixed buy: principal = round(1000 / 150) = round(6.6666...) = 6.67 USD
    // fee = round(6.67 × 0.01) = round(0.0667) = 0.07 USD; sell = 6.67 + 0.07 = 6.74 USD
    assertMoney(bought, "/sellAmount", "6.74", "USD");
    assertMoney(bought, "/fee", "0.07", "USD");
    assertMoney(bought, "/buyAmount", "1000", "JPY");
    // fixed sell: principal = round(10.00 / 1.01) = round(9.90099...) = 9.90 USD; fee = 0.10 USD
    // buy = round(9.90 × 150) = 1485 JPY
    assertMoney(sold, "/buyAmount", "1485", "JPY");
    assertMoney(sold, "/fee", "0.10", "USD");
  }

  @Test
  void fixedSellOfDinarsRoundsAtThreeDecimals(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "BHD");
    mock.control().setRate(BHD, EUR, new BigDecimal("2.4"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.000", "BHD", "EUR"));

    // principal = round(10.000 / 1.01) = round(9.9009900...) = 9.901 BHD; fee = 0.099 BHD
    // buy = round(9.901 × 2.4) = round(23.7624) = 23.76 EUR
    assertMoney(quote, "/sellAmount", "10.000", "BHD");
    assertMoney(quote, "/fee", "0.099", "BHD");
    assertMoney(quote, "/buyAmount", "23.76", "EUR");
  }

  @Test
  void fixedBuyOfDinarsIsQuotedInTheSellCurrency(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().setRate(EUR, BHD, new BigDecimal("0.41"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));

    Reply bought = api.post("/v1/quotes", Bodies.buyQuote(alice, "10.000", "BHD", "EUR"));
    Reply sold = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "BHD"));

    // fixed buy: principal = round(10.000 / 0.41) = round(24.390243...) = 24.39 EUR
    // fee = round(24.39 × 0.01) = round(0.2439) = 0.24 EUR; sell = 24.63 EUR
    assertMoney(bought, "/sellAmount", "24.63", "EUR");
    assertMoney(bought, "/fee", "0.24", "EUR");
    assertMoney(bought, "/buyAmount", "10.000", "BHD");
    // fixed sell: principal = 99.01 EUR (fee 0.99); buy = round(99.01 × 0.41) = round(40.5941)
    // = 40.594 BHD
    assertMoney(sold, "/buyAmount", "40.594", "BHD");
  }

  @Test
  void amountThatConvertsToNothingIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "USD");
    mock.control().setRate(USD, JPY, new BigDecimal("0.5"));
    mock.control().setFx(0, 0, Duration.ofSeconds(60));

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "0.01", "USD", "JPY"));

    // buy = round(0.01 × 0.5) = round(0.005) = 0 JPY
    assertThat(quote.status()).isEqualTo(422);
    assertThat(quote.text("/errors/0/field")).isEqualTo("/sellAmount/amount");
    assertThat(quote.text("/errors/0/code")).isEqualTo("amount_too_small");
  }

  @Test
  void quoteExpiresAfterItsTimeToLive(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setFx(0, 100, Duration.ofSeconds(30));
    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD"));
    String id = quote.text("/id");
    Instant expiresAt = mock.control().now().plusSeconds(30);

    mock.control().advanceClock(Duration.ofSeconds(29));
    String before = api.get("/v1/quotes/" + id).text("/status");
    mock.control().advanceClock(Duration.ofSeconds(2));
    Reply after = api.get("/v1/quotes/" + id);
    Reply used = api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, id));

    assertThat(quote.text("/expiresAt")).isEqualTo(expiresAt.toString());
    assertThat(before).isEqualTo("open");
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.text("/status")).isEqualTo("expired");
    assertThat(used.status()).isEqualTo(409);
    assertThat(used.code()).isEqualTo("quote_expired");
    assertThat(used.text("/detail")).isEqualTo("quote " + id + " expired at " + expiresAt);
    assertThat(mock.control().balance(WalletId.of(alice), EUR))
        .isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void quoteIsUsedOnlyOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("300.00", "EUR"));
    String id = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD")).text("/id");

    Reply first = api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, id));
    Reply second = api.post("/v1/transfers", Bodies.transferAtQuote(alice, bob, id));

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("quote_already_used");
    assertThat(second.text("/detail"))
        .isEqualTo("quote " + id + " was used by " + first.text("/id"));
    assertThat(api.get("/v1/quotes/" + id).text("/status")).isEqualTo("used");
    assertThat(mock.control().balance(WalletId.of(alice), EUR))
        .isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void pairWithoutARateIsUnprocessable(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");

    Reply sell = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.00", "EUR", "THB"));
    Reply buy = api.post("/v1/quotes", Bodies.buyQuote(alice, "10.00", "THB", "EUR"));

    assertThat(sell.status()).isEqualTo(422);
    assertThat(sell.code()).isEqualTo("invalid_request");
    assertThat(sell.text("/errors/0/field")).isEqualTo("/buyCurrency");
    assertThat(sell.text("/errors/0/code")).isEqualTo("no_rate");
    assertThat(sell.text("/detail")).isEqualTo("/buyCurrency: no exchange rate from EUR to THB");
    assertThat(buy.status()).isEqualTo(422);
    assertThat(buy.text("/errors/0/field")).isEqualTo("/sellCurrency");
    assertThat(buy.text("/errors/0/code")).isEqualTo("no_rate");
  }

  @Test
  void quoteForAnotherPartnersWalletIsForbidden(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String theirs = mock.control().openWallet(other, "Zoe", EUR).value();

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(theirs, "10.00", "EUR", "USD"));

    assertThat(quote.status()).isEqualTo(403);
    assertThat(quote.code()).isEqualTo("permission_denied");
    assertThat(quote.text("/detail")).isEqualTo("wallet " + theirs + " belongs to another partner");
  }

  @Test
  void quoteOfAnotherPartnerIsNotFound(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    String theirs = mock.control().openWallet(other, "Zoe", EUR).value();
    String id =
        api.as(other.apiKey())
            .post("/v1/quotes", Bodies.sellQuote(theirs, "10.00", "EUR", "USD"))
            .text("/id");

    Reply quote = api.get("/v1/quotes/" + id);

    assertThat(quote.status()).isEqualTo(404);
    assertThat(quote.code()).isEqualTo("not_found");
    assertThat(quote.text("/detail")).isEqualTo("quote " + id + " does not exist");
  }

  @Test
  void quoteMadeForAnotherWalletCannotBeUsed(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(bob), Money.of("100.00", "EUR"));
    String id = api.post("/v1/quotes", Bodies.sellQuote(alice, "10.00", "EUR", "USD")).text("/id");

    Reply used = api.post("/v1/transfers", Bodies.transferAtQuote(bob, alice, id));

    assertThat(used.status()).isEqualTo(400);
    assertThat(used.text("/errors/0/field")).isEqualTo("/quoteId");
    assertThat(used.text("/errors/0/code")).isEqualTo("quote_mismatch");
  }

  @Test
  void quotesAreListedNewestFirst(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    List<String> made = new ArrayList<>();
    for (String amount : List.of("10.00", "20.00", "30.00")) {
      made.add(api.post("/v1/quotes", Bodies.sellQuote(alice, amount, "EUR", "USD")).text("/id"));
      mock.control().advanceClock(Duration.ofSeconds(1));
    }
    api.post("/v1/quotes", Bodies.sellQuote(bob, "40.00", "EUR", "USD"));

    Reply first = api.get("/v1/quotes?walletId=" + alice + "&limit=2");
    Reply second =
        api.get("/v1/quotes?walletId=" + alice + "&limit=2&cursor=" + first.text("/nextCursor"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.text("/data/0/id")).isEqualTo(made.get(2));
    assertThat(first.text("/data/1/id")).isEqualTo(made.get(1));
    assertThat(first.text("/data/0/sellAmount/amount")).isEqualTo("30.00");
    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(second.body().get("data").size()).isEqualTo(1);
    assertThat(second.text("/data/0/id")).isEqualTo(made.get(0));
    assertThat(second.body().get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void listingQuotesNeedsAWallet(MockWalletServer mock) {
    Reply list = new MockApi(mock).get("/v1/quotes");

    assertThat(list.status()).isEqualTo(400);
    assertThat(list.text("/errors/0/field")).isEqualTo("query:walletId");
    assertThat(list.text("/errors/0/code")).isEqualTo("required");
  }
}
