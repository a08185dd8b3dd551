/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteRequestTest {
  private static final WalletId WALLET = WalletId.of("wal_a1");

  @Test
  void sellingAFixedAmountFixesTheSellSide() {
    QuoteRequest request =
        QuoteRequest.builder().wallet(WALLET).sell(Money.of("100.00", "EUR")).buy("USD").build();

    assertThat(request.fixedSide()).isEqualTo(FixedSide.SELL);
    assertThat(request.sellCurrency()).isEqualTo(CurrencyCode.EUR);
    assertThat(request.buyCurrency()).isEqualTo(CurrencyCode.USD);
    assertThat(request.sellAmount()).contains(Money.of("100.00", "EUR"));
    assertThat(request.buyAmount()).isEmpty();
  }

  @Test
  void buyingAFixedAmountFixesTheBuySide() {
    QuoteRequest request =
        QuoteRequest.builder()
            .wallet(WALLET)
            .sell(CurrencyCode.EUR)
            .buy(Money.of("50.00", "USD"))
            .build();

    assertThat(request.fixedSide()).isEqualTo(FixedSide.BUY);
    assertThat(request.sellCurrency()).isEqualTo(CurrencyCode.EUR);
    assertThat(request.buyAmount()).contains(Money.of("50.00", "USD"));
    assertThat(request.sellAmount()).isEmpty();
  }

  @Test
  void settingTheSellCurrencyReplacesAnEarlierSellAmount() {
    QuoteRequest request =
        QuoteRequest.builder()
            .wallet(WALLET)
            .sell(Money.of("100.00", "EUR"))
            .sell("GBP")
            .buy(Money.of("50.00", "USD"))
            .build();

    assertThat(request.sellAmount()).isEmpty();
    assertThat(request.sellCurrency()).isEqualTo(CurrencyCode.GBP);
  }

  @Test
  void missingWalletIsRejected() {
    assertRejected(
        () -> QuoteRequest.builder().sell(Money.of("100.00", "EUR")).buy("USD").build(),
        "wallet",
        "required",
        "wallet is required");
  }

  @Test
  void requestWithoutAnAmountIsRejected() {
    assertRejected(
        () -> QuoteRequest.builder().wallet(WALLET).sell("EUR").buy("USD").build(),
        "sell",
        "required",
        "exactly one of sell and buy must be set but neither was");
  }

  @Test
  void requestWithBothAmountsIsRejected() {
    assertRejected(
        () ->
            QuoteRequest.builder()
                .wallet(WALLET)
                .sell(Money.of("100.00", "EUR"))
                .buy(Money.of("50.00", "USD"))
                .build(),
        "buy",
        "mutually_exclusive",
        "exactly one of sell and buy must be set but both were");
  }

  @Test
  void sellingWithoutABuyCurrencyIsRejected() {
    assertRejected(
        () -> QuoteRequest.builder().wallet(WALLET).sell(Money.of("100.00", "EUR")).build(),
        "buy",
        "required",
        "buy currency is required when selling a fixed amount");
  }

  @Test
  void buyingWithoutASellCurrencyIsRejected() {
    assertRejected(
        () -> QuoteRequest.builder().wallet(WALLET).buy(Money.of("50.00", "USD")).build(),
        "sell",
        "required",
        "sell currency is required when buying a fixed amount");
  }

  @Test
  void sameSellAndBuyCurrencyIsRejected() {
    assertRejected(
        () ->
            QuoteRequest.builder()
                .wallet(WALLET)
                .sell(Money.of("100.00", "EUR"))
                .buy("EUR")
                .build(),
        "buy",
        "same_currency",
        "sell and buy currencies must differ but both are EUR");
  }

  @Test
  void zeroSellAmountIsRejectedWhenSet() {
    assertRejected(
        () -> QuoteRequest.builder().sell(Money.of("0.00", "EUR")),
        "sell",
        "zero_amount",
        "sell must be greater than zero but was 0.00 EUR");
  }

  @Test
  void negativeBuyAmountIsRejectedWhenSet() {
    assertRejected(
        () -> QuoteRequest.builder().buy(Money.of("-1.00", "USD")),
        "buy",
        "negative_amount",
        "buy must not be negative but was -1.00 USD");
  }

  @Test
  void unknownCurrencyCodeIsRejectedNamingTheSide() {
    assertRejected(
        () -> QuoteRequest.builder().buy("ABC"),
        "buy",
        "unknown_currency",
        "buy currency \"ABC\" is not a known ISO 4217 currency code");
  }
}
