/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.RedemptionRate;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsEntryType;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Wallet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rewards points through the client, sync and async, against the mock's ledger. */
class RewardsClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

  RewardsClientTest() {
    mock.control().fund(alice.id(), Money.of("200.00", "EUR"));
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 5);
    mock.control().setRewardsRedemptionRate(500, Money.of("2.50", "EUR"));
  }

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private Payment pay(String amount) {
    return client
        .payments()
        .create(
            r ->
                r.wallet(alice.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR")));
  }

  @Test
  void paymentsEarnRefundsReverseAndTheHistoryShowsBoth() {
    Payment payment = pay("100.99");
    client.payments().refund(r -> r.payment(payment.id()).amount(Money.of("50.00", "EUR")));

    RewardsAccount account = client.rewards().account(alice.id());
    List<RewardsEntry> history = client.rewards().history(alice.id()).stream().toList();

    assertThat(account.earned()).isEqualTo(504);
    assertThat(account.reversed()).as("floor(504 x 50.00 / 100.99)").isEqualTo(249);
    assertThat(account.points()).isEqualTo(255);
    assertThat(history)
        .extracting(RewardsEntry::type)
        .containsExactly(RewardsEntryType.REVERSED, RewardsEntryType.EARNED);
    assertThat(history.get(1).resourceId()).isEqualTo(payment.id().value());
    assertThat(history.get(0).balanceAfter()).isEqualTo(255);
  }

  @Test
  void redemptionPaysExactlyWholeBlocksIntoTheWallet() {
    pay("200.00");
    RedemptionRate rate = client.rewards().program().redemptionRate(CurrencyCode.EUR).orElseThrow();

    RewardsRedemption redemption =
        client.rewards().redeem(r -> r.wallet(alice.id()).points(1000).currency(CurrencyCode.EUR));

    assertThat(redemption.amount())
        .isEqualTo(rate.valueOf(1000))
        .isEqualTo(Money.of("5.00", "EUR"));
    assertThat(client.rewards().account(alice.id()).points()).isZero();
    Transaction credit =
        client.transactions().list(q -> q.wallet(alice.id())).stream().findFirst().orElseThrow();
    assertThat(credit.type()).isEqualTo(TransactionType.REWARDS_REDEMPTION);
    assertThat(credit.amount()).isEqualTo(Money.of("5.00", "EUR"));
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("5.00", "EUR"));
  }

  @Test
  void refusedRedemptionsAreTypedAndChangeNothing() {
    pay("100.00");

    InvalidRequestException partial =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .rewards()
                    .redeem(r -> r.wallet(alice.id()).points(499).currency(CurrencyCode.EUR)));
    InsufficientFundsException tooMany =
        catchThrowableOfType(
            InsufficientFundsException.class,
            () ->
                client
                    .rewards()
                    .redeem(r -> r.wallet(alice.id()).points(1000).currency(CurrencyCode.EUR)));
    InvalidRequestException currency =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .rewards()
                    .redeem(r -> r.wallet(alice.id()).points(500).currency(CurrencyCode.USD)));

    assertThat(partial.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("not_a_multiple"));
    assertThat(tooMany.code()).isEqualTo(ErrorCode.INSUFFICIENT_POINTS);
    assertThat(tooMany.getMessage()).contains("has 500 points but 1000 are needed");
    assertThat(currency.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("points_not_redeemable"));
    assertThat(client.rewards().account(alice.id()).points()).isEqualTo(500);
  }

  @Test
  void retriedRedemptionWithTheSameKeyRedeemsOnce() {
    pay("100.00");
    RedemptionRequest request =
        RedemptionRequest.builder()
            .wallet(alice.id())
            .points(500)
            .currency(CurrencyCode.EUR)
            .idempotencyKey(IdempotencyKey.of("redeem-once-1"))
            .build();

    RewardsRedemption first = client.rewards().redeem(request);
    RewardsRedemption second = client.async().rewards().redeem(request).join();

    assertThat(second).isEqualTo(first);
    assertThat(client.async().rewards().account(alice.id()).join().redeemed()).isEqualTo(500);
    assertThat(client.async().rewards().history(alice.id(), null, 1).join().data())
        .singleElement()
        .satisfies(entry -> assertThat(entry.amount()).contains(Money.of("2.50", "EUR")));
  }

  @Test
  void eventsCarryTypedRewardsEntries() {
    pay("10.00");

    List<Event> events = client.events().list(EventQuery.builder().build()).stream().toList();

    assertThat(events)
        .filteredOn(e -> e.type().value().equals("rewards.earned"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.dataAs(RewardsEntry.class).orElseThrow().points()).isEqualTo(50));
  }

  @Test
  void requestBuilderAndRateRefuseBadNumbersBeforeSending() {
    InvalidRequestException zero =
        catchThrowableOfType(
            InvalidRequestException.class, () -> RedemptionRequest.builder().points(0));
    InvalidRequestException partial =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> RedemptionRate.of(500, Money.of("2.50", "EUR")).valueOf(750));
    InvalidRequestException missing =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> RedemptionRequest.builder().points(5).currency(CurrencyCode.EUR).build());

    assertThat(zero.getMessage()).isEqualTo("points must be from 1 to 1000000000000 but was 0");
    assertThat(partial.getMessage())
        .isEqualTo(
            "points must be a positive multiple of 500, the points that redeem for 2.50 EUR, but"
                + " was 750");
    assertThat(missing.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("wallet"));
  }
}
