/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Amounts and balances near their documented bounds: at most 12 integer digits in a request, at
 * most 999 999 999 999 units (and decimals) in a wallet. Refusals are 4xx and move nothing.
 */
@ExtendWith(MockWalletExtension.class)
class BalanceBoundsTest {
  private static final String LARGEST = "999999999999.99";

  private static String wallet(MockWalletServer mock, String name) {
    return mock.control().openWallet(name, CurrencyCode.EUR).value();
  }

  private static Money balance(MockWalletServer mock, String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  private static void assertReplayReproducesTheJournal(MockWalletServer mock) {
    assertThat(mock.ledger().audit().violations()).isEmpty();
    assertThat(LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
  }

  @Test
  void pingPongTransfersOfTheLargestAmountMoveWholeEveryTime(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = wallet(mock, "Alice");
    String bob = wallet(mock, "Bob");
    mock.control().fund(WalletId.of(alice), Money.of(LARGEST, "EUR"));

    for (int i = 0; i < 25; i++) {
      assertThat(api.post("/v1/transfers", Bodies.transfer(alice, bob, LARGEST, "EUR")).status())
          .isEqualTo(201);
      assertThat(api.post("/v1/transfers", Bodies.transfer(bob, alice, LARGEST, "EUR")).status())
          .isEqualTo(201);
    }

    assertThat(balance(mock, alice)).isEqualTo(Money.of(LARGEST, "EUR"));
    assertThat(balance(mock, bob)).isEqualTo(Money.of("0.00", "EUR"));
    assertReplayReproducesTheJournal(mock);
  }

  @Test
  void pingPongBeyondTheLargestAmountIsRefusedAndMovesNothing(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = wallet(mock, "Alice");
    String bob = wallet(mock, "Bob");
    String huge = "999999999999999.99";
    Reply funding =
        new MockApi(mock)
            .post(
                "/_mock/wallets/" + alice + "/fund",
                "{\"amount\":" + MockApi.money(huge, "EUR") + "}");
    int journal = mock.ledger().journalSize();

    for (int i = 0; i < 100; i++) {
      Reply there = api.post("/v1/transfers", Bodies.transfer(alice, bob, huge, "EUR"));
      Reply back = api.post("/v1/transfers", Bodies.transfer(bob, alice, huge, "EUR"));
      assertThat(there.status()).as("%s", there.body()).isEqualTo(400);
      assertThat(back.status()).as("%s", back.body()).isEqualTo(400);
      assertThat(there.text("/errors/0/code")).isEqualTo("amount_too_large");
    }

    assertThat(funding.status()).isEqualTo(400);
    assertThat(funding.text("/detail"))
        .isEqualTo("wallet.fund amount: must have at most 12 integer digits");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertReplayReproducesTheJournal(mock);
  }

  @Test
  void fundingBeyondTheBalanceLimitIsRefusedAndMovesNothing(MockWalletServer mock) {
    String alice = wallet(mock, "Alice");
    mock.control().fund(WalletId.of(alice), Money.of(LARGEST, "EUR"));
    int journal = mock.ledger().journalSize();

    Reply over =
        new MockApi(mock)
            .post(
                "/_mock/wallets/" + alice + "/fund",
                "{\"amount\":" + MockApi.money("0.01", "EUR") + "}");

    assertThat(over.status()).isEqualTo(422);
    assertThat(over.text("/code")).isEqualTo("limit_exceeded");
    assertThat(over.text("/detail"))
        .isEqualTo(
            "wallet "
                + alice
                + " would hold more than 999999999999.99 EUR, the most a wallet may hold");
    assertThatThrownBy(() -> mock.control().fund(WalletId.of(alice), Money.of("0.01", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "wallet "
                + alice
                + " would hold more than 999999999999.99 EUR, the most a wallet may hold");
    assertThat(balance(mock, alice)).isEqualTo(Money.of(LARGEST, "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertReplayReproducesTheJournal(mock);
  }

  @Test
  void transferIntoAFullWalletIsRefusedAndMovesNothing(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = wallet(mock, "Alice");
    String bob = wallet(mock, "Bob");
    mock.control().fund(WalletId.of(alice), Money.of("1.00", "EUR"));
    mock.control().fund(WalletId.of(bob), Money.of(LARGEST, "EUR"));
    int journal = mock.ledger().journalSize();

    Reply transfer = api.post("/v1/transfers", Bodies.transfer(alice, bob, "1.00", "EUR"));

    assertThat(transfer.status()).isEqualTo(422);
    assertThat(transfer.text("/code")).isEqualTo("limit_exceeded");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("1.00", "EUR"));
    assertThat(balance(mock, bob)).isEqualTo(Money.of(LARGEST, "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertReplayReproducesTheJournal(mock);
  }

  @Test
  void quoteThatConvertsBeyondTheLargestAmountIsRefused(MockWalletServer mock) {
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.JPY, new BigDecimal("1000"));
    MockApi api = new MockApi(mock);
    String alice = wallet(mock, "Alice");

    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, LARGEST, "EUR", "JPY"));

    assertThat(quote.status()).as("%s", quote.body()).isEqualTo(400);
    assertThat(quote.text("/errors/0/field")).isEqualTo("/sellAmount/amount");
    assertThat(quote.text("/errors/0/code")).isEqualTo("amount_too_large");
    assertThat(quote.text("/errors/0/message")).isEqualTo("converts to more than 999999999999 JPY");
  }
}
