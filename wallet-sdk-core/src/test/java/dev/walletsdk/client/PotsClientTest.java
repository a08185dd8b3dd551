/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Direction;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveDirection;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.PotStatus;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Savings pots through the client, sync and async, against the mock's ledger. */
class PotsClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet alice =
      client.wallets().open(r -> r.displayName("Alice").currency("EUR").currency("USD"));

  PotsClientTest() {
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
  }

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private Pot pot(String name) {
    return client.pots().create(r -> r.wallet(alice.id()).name(name).currency(CurrencyCode.EUR));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void movesShowInBalanceInPotsAndHistoryWithExactAmounts() {
    Pot pot = pot("Holiday");

    PotMove in = client.pots().deposit(pot.id(), eur("30.25"));
    PotMove out = client.pots().withdraw(pot.id(), eur("10.05"));

    assertThat(in.direction()).isEqualTo(PotMoveDirection.DEPOSIT);
    assertThat(in.receipt()).isPresent();
    assertThat(out.potBalanceAfter()).isEqualTo(eur("20.20"));
    assertThat(out.availableAfter()).isEqualTo(eur("79.80"));
    Balance balance = client.balances().get(alice.id(), CurrencyCode.EUR);
    assertThat(balance.available()).isEqualTo(eur("79.80"));
    assertThat(balance.total()).isEqualTo(eur("79.80"));
    assertThat(balance.inPots()).isEqualTo(eur("20.20"));
    assertThat(client.pots().get(pot.id()).balance()).isEqualTo(eur("20.20"));
    List<Transaction> history =
        client.transactions().list(q -> q.wallet(alice.id())).stream().limit(2).toList();
    assertThat(history)
        .extracting(Transaction::type, Transaction::direction, Transaction::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.POT_WITHDRAWAL, Direction.CREDIT, eur("10.05")),
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.POT_DEPOSIT, Direction.DEBIT, eur("30.25")));
  }

  @Test
  void asyncClientCreatesListsMovesAndCloses() {
    AsyncPots pots = client.async().pots();
    Pot pot =
        pots.create(
                PotRequest.builder()
                    .wallet(alice.id())
                    .name("Car")
                    .currency(CurrencyCode.EUR)
                    .target(eur("50.00"))
                    .build())
            .join();

    pots.deposit(PotMoveRequest.of(pot.id(), eur("5.00"))).join();
    pots.withdraw(PotMoveRequest.of(pot.id(), eur("5.00"))).join();
    Pot renamed = pots.rename(pot.id(), "New car").join();
    Pot closed = pots.close(pot.id()).join();

    assertThat(renamed.name()).isEqualTo("New car");
    assertThat(closed.status()).isEqualTo(PotStatus.CLOSED);
    assertThat(closed.closedAt()).isPresent();
    assertThat(pots.list(alice.id(), null, 10).join().data())
        .singleElement()
        .satisfies(p -> assertThat(p.target()).contains(eur("50.00")));
  }

  @Test
  void retriedMoveWithTheSameKeyMovesOnce() {
    Pot pot = pot("Car");
    PotMoveRequest request =
        PotMoveRequest.builder()
            .pot(pot.id())
            .amount(eur("7.00"))
            .idempotencyKey(IdempotencyKey.of("pot-move-once-1"))
            .build();

    PotMove first = client.pots().deposit(request);
    PotMove second = client.async().pots().deposit(request).join();

    assertThat(second).isEqualTo(first);
    assertThat(client.pots().get(pot.id()).balance()).isEqualTo(eur("7.00"));
  }

  @Test
  void refusalsAreTypedNameTheFieldAndChangeNothing() {
    Pot pot = pot("Car");
    client.pots().deposit(pot.id(), eur("3.00"));

    InsufficientFundsException overdraw =
        catchThrowableOfType(
            InsufficientFundsException.class, () -> client.pots().deposit(pot.id(), eur("97.01")));
    InsufficientFundsException overWithdraw =
        catchThrowableOfType(
            InsufficientFundsException.class, () -> client.pots().withdraw(pot.id(), eur("3.01")));
    ConflictException notEmpty =
        catchThrowableOfType(ConflictException.class, () -> client.pots().close(pot.id()));
    InvalidRequestException wrongCurrency =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.pots().deposit(pot.id(), Money.of("1.00", "USD")));
    InvalidRequestException notHeld =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .pots()
                    .create(r -> r.wallet(alice.id()).name("Yen").currency(CurrencyCode.JPY)));
    InvalidRequestException duplicate =
        catchThrowableOfType(InvalidRequestException.class, () -> pot("Car"));

    assertThat(overdraw.getMessage()).contains("has 97.00 EUR available but 97.01 EUR is needed");
    assertThat(overWithdraw.getMessage()).contains("holds 3.00 EUR but 3.01 EUR is needed");
    assertThat(notEmpty.code()).isEqualTo(ErrorCode.POT_NOT_EMPTY);
    assertThat(wrongCurrency.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("/amount/currency"))
        .satisfies(e -> assertThat(e.code()).isEqualTo("currency_mismatch"));
    assertThat(notHeld.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("currency_not_held"));
    assertThat(duplicate.fieldErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo("duplicate_name"));
    assertThat(client.pots().get(pot.id()).balance()).isEqualTo(eur("3.00"));
    assertThat(client.balances().get(alice.id(), CurrencyCode.EUR).available())
        .isEqualTo(eur("97.00"));
    assertThat(client.pots().list(alice.id()).stream()).hasSize(1);
  }

  @Test
  void badInputIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> PotRequest.builder().name("  "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> PotRequest.builder().name("x".repeat(51)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("name must be 1 to 50 characters but has 51");
    assertThatThrownBy(() -> PotMoveRequest.of(PotId.of("pot_1"), eur("0.00")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("amount must be greater than zero but was 0.00 EUR");
    assertThatThrownBy(() -> PotMoveRequest.of(PotId.of("pot_1"), eur("-1.00")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("amount must not be negative but was -1.00 EUR");
    assertThatThrownBy(() -> Money.of("1.001", "EUR")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                PotRequest.builder()
                    .wallet(alice.id())
                    .name("Car")
                    .currency(CurrencyCode.EUR)
                    .target(Money.of("5.00", "USD"))
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("target must be in EUR, the pot's currency, but was 5.00 USD");
    assertThatThrownBy(() -> client.pots().rename(PotId.of("pot_1"), ""))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("name must be 1 to 50 characters but has 0");
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void unknownPotIsNotFound() {
    assertThatThrownBy(() -> client.pots().get(PotId.of("pot_nothere")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("pot pot_nothere does not exist");
  }

  @Test
  void concurrentMovesNeverOverdrawAndSumExactly() throws Exception {
    Pot pot = pot("Hot");
    mock.control().setRateLimit(0); // the moves race each other, not the partner's rate limit
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> moves = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      boolean deposit = i % 3 != 2;
      moves.add(
          pool.submit(
              () -> {
                try {
                  if (deposit) {
                    client.pots().deposit(pot.id(), eur("1.50"));
                  } else {
                    client.pots().withdraw(pot.id(), eur("1.00"));
                  }
                  return true;
                } catch (InsufficientFundsException e) {
                  return false;
                }
              }));
    }
    long deposited = 0;
    long withdrawn = 0;
    for (int i = 0; i < moves.size(); i++) {
      if (moves.get(i).get(30, TimeUnit.SECONDS)) {
        if (i % 3 != 2) {
          deposited += 150;
        } else {
          withdrawn += 100;
        }
      }
    }
    pool.shutdown();

    Money inPot = Money.ofMinor(deposited - withdrawn, CurrencyCode.EUR);
    assertThat(client.pots().get(pot.id()).balance()).isEqualTo(inPot);
    assertThat(client.balances().get(alice.id(), CurrencyCode.EUR).available())
        .isEqualTo(eur("100.00").minus(inPot));
    assertThat(withdrawn).isPositive();
    assertThat(deposited - withdrawn).isBetween(0L, 10_000L);
  }
}
