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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-transaction and rolling 24-hour limits on what a wallet sends. */
@ExtendWith(MockWalletExtension.class)
class LimitsTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;

  private MockApi api;
  private String alice;
  private String bob;

  private void setUp(MockWalletServer mock, Money perTransaction, Money rolling24h) {
    api = new MockApi(mock);
    alice = api.openWallet("Alice", "EUR");
    bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("1000.00", "EUR"));
    mock.control().setLimits(WalletId.of(alice), EUR, perTransaction, rolling24h);
  }

  private Reply send(String amount) {
    return api.post("/v1/transfers", Bodies.transfer(alice, bob, amount, "EUR"));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void transferAbovePerTransactionLimitIsRefused(MockWalletServer mock) {
    setUp(mock, eur("50.00"), null);
    int journal = mock.ledger().journalSize();

    Reply refused = send("50.01");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("limit_exceeded");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet " + alice + ": 50.01 EUR exceeds the per-transaction limit of 50.00 EUR");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().balance(WalletId.of(alice), EUR)).isEqualTo(eur("1000.00"));
  }

  @Test
  void transferAtPerTransactionLimitPasses(MockWalletServer mock) {
    setUp(mock, eur("50.00"), null);

    assertThat(send("50.00").status()).isEqualTo(201);
    assertThat(send("50.00").status()).isEqualTo(201);
  }

  @Test
  void perTransactionLimitAppliesToPaymentsAndPayouts(MockWalletServer mock) {
    setUp(mock, eur("50.00"), null);

    Reply payment = api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "60.00", "EUR"));
    Reply payout = api.post("/v1/transfers", Bodies.payout(alice, "60.00", "EUR"));

    assertThat(payment.status()).isEqualTo(422);
    assertThat(payment.code()).isEqualTo("limit_exceeded");
    assertThat(payout.status()).isEqualTo(422);
    assertThat(payout.code()).isEqualTo("limit_exceeded");
  }

  @Test
  void rollingLimitAddsUpTransfersOfTheLast24Hours(MockWalletServer mock) {
    setUp(mock, null, eur("100.00"));

    Reply first = send("40.00");
    mock.control().advanceClock(Duration.ofHours(6));
    Reply second = send("40.00");
    mock.control().advanceClock(Duration.ofHours(6));
    Reply third = send("30.00");
    Reply fourth = send("20.00");
    Reply fifth = send("0.01");

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(third.status()).isEqualTo(422);
    assertThat(third.code()).isEqualTo("limit_exceeded");
    // 40.00 + 40.00 + 30.00 = 110.00 > 100.00
    assertThat(third.text("/detail"))
        .isEqualTo(
            "wallet "
                + alice
                + ": 30.00 EUR would bring the last 24 hours to 110.00 EUR, over the limit of"
                + " 100.00 EUR");
    // 40.00 + 40.00 + 20.00 = 100.00, exactly the limit
    assertThat(fourth.status()).isEqualTo(201);
    assertThat(fifth.status()).isEqualTo(422);
    assertThat(mock.control().balance(WalletId.of(alice), EUR)).isEqualTo(eur("900.00"));
  }

  @Test
  void rollingLimitFreesUp24HoursLater(MockWalletServer mock) {
    setUp(mock, null, eur("100.00"));
    assertThat(send("100.00").status()).isEqualTo(201);

    mock.control().advanceClock(Duration.ofHours(24).minusMillis(1));
    Reply stillFull = send("0.01");
    mock.control().advanceClock(Duration.ofMillis(1));
    Reply freed = send("100.00");

    assertThat(stillFull.status()).isEqualTo(422);
    assertThat(stillFull.code()).isEqualTo("limit_exceeded");
    assertThat(freed.status()).isEqualTo(201);
  }

  @Test
  void refusedTransferDoesNotCountTowardsTheRollingLimit(MockWalletServer mock) {
    setUp(mock, eur("55.00"), eur("100.00"));

    Reply sent = send("55.00");
    Reply overRolling = send("50.00");
    Reply overPerTransaction = send("60.00");
    Reply rest = send("45.00");

    assertThat(sent.status()).isEqualTo(201);
    assertThat(overRolling.status()).isEqualTo(422);
    assertThat(overPerTransaction.status()).isEqualTo(422);
    // 55.00 + 45.00 = 100.00: neither refused transfer was counted
    assertThat(rest.status()).isEqualTo(201);
  }

  @Test
  void transferRefusedForLackOfFundsDoesNotCount(MockWalletServer mock) {
    setUp(mock, null, eur("1500.00"));

    Reply tooBig = send("1200.00");
    mock.control().fund(WalletId.of(alice), Money.of("500.00", "EUR"));
    Reply all = send("1500.00");

    assertThat(tooBig.code()).isEqualTo("insufficient_funds");
    assertThat(all.status()).isEqualTo(201);
  }

  @Test
  void paymentsAndTransfersShareTheRollingLimit(MockWalletServer mock) {
    setUp(mock, null, eur("100.00"));

    Reply payment = api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "60.00", "EUR"));
    Reply transfer = send("50.00");

    assertThat(payment.status()).isEqualTo(201);
    assertThat(transfer.status()).isEqualTo(422);
    // 60.00 + 50.00 = 110.00
    assertThat(transfer.text("/detail"))
        .isEqualTo(
            "wallet "
                + alice
                + ": 50.00 EUR would bring the last 24 hours to 110.00 EUR, over the limit of"
                + " 100.00 EUR");
  }

  @Test
  void limitsOfOneCurrencyDoNotApplyToAnother(MockWalletServer mock) {
    setUp(mock, eur("10.00"), eur("10.00"));
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "USD"));

    Reply dollars = api.post("/v1/transfers", Bodies.transfer(alice, bob, "50.00", "USD"));

    assertThat(dollars.status()).isEqualTo(201);
  }

  @Test
  void removingTheLimitsLetsTheTransferThrough(MockWalletServer mock) {
    setUp(mock, eur("10.00"), eur("10.00"));
    assertThat(send("20.00").status()).isEqualTo(422);

    mock.control().setLimits(WalletId.of(alice), EUR, null, null);

    assertThat(send("20.00").status()).isEqualTo(201);
  }
}
