/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferRequest;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Wallets, funding, balances and a transfer, through the real pipeline and the in-process mock. */
class FirstSliceTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();

  @AfterEach
  void ledgerStaysBalanced() {
    assertThat(mock.ledger().audit().violations()).isEmpty();
    client.close();
  }

  @Test
  void openedWalletHasTheRequestedCurrenciesAndZeroBalances() {
    Wallet wallet =
        client.wallets().open(r -> r.displayName("Alice").currency("EUR").currency("USD"));

    assertThat(wallet.status()).isEqualTo(WalletStatus.ACTIVE);
    assertThat(wallet.currencies()).containsExactly(EUR, CurrencyCode.USD);
    assertThat(client.balances().list(wallet.id()))
        .extracting(Balance::total)
        .containsExactly(Money.of("0.00", "EUR"), Money.of("0.00", "USD"));
  }

  @Test
  void transferMovesMoneyBetweenWallets() {
    Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

    Transfer transfer =
        client
            .transfers()
            .create(
                r ->
                    r.from(alice.id())
                        .to(bob.id())
                        .amount(Money.of("25.50", "EUR"))
                        .reference("invoice-42"));

    assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
    assertThat(transfer.sourceAmount()).isEqualTo(Money.of("25.50", "EUR"));
    assertThat(transfer.reference()).contains("invoice-42");
    assertThat(client.balances().get(alice.id(), EUR).available())
        .isEqualTo(Money.of("74.50", "EUR"));
    assertThat(client.balances().get(bob.id(), EUR).total()).isEqualTo(Money.of("25.50", "EUR"));
    assertThat(client.transfers().get(transfer.id())).isEqualTo(transfer);
  }

  @Test
  void transferBeyondTheBalanceFailsAndMovesNothing() {
    Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("10.00", "EUR"));

    assertThatThrownBy(
            () ->
                client
                    .transfers()
                    .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("10.01", "EUR"))))
        .isInstanceOf(InsufficientFundsException.class)
        .hasMessageStartingWith(
            "wallet "
                + alice.id()
                + " has 10.00 EUR available but 10.01 EUR is needed [HTTP 422,"
                + " code insufficient_funds, request req_");
    assertThat(mock.control().balance(alice.id(), EUR)).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(mock.control().balance(bob.id(), EUR)).isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void sameIdempotencyKeyAppliesTheTransferOnce() {
    Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
    TransferRequest request =
        TransferRequest.builder()
            .from(alice.id())
            .to(bob.id())
            .amount(Money.of("30.00", "EUR"))
            .idempotencyKey(IdempotencyKey.of("order-7"))
            .build();

    Transfer first = client.transfers().create(request);
    Transfer second = client.transfers().create(request);

    assertThat(second).isEqualTo(first);
    assertThat(mock.control().balance(alice.id(), EUR)).isEqualTo(Money.of("70.00", "EUR"));
    assertThat(mock.control().balance(bob.id(), EUR)).isEqualTo(Money.of("30.00", "EUR"));
  }
}
