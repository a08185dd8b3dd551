/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import static dev.walletsdk.contract.GeneratedClientFixture.VERSION;
import static dev.walletsdk.contract.GeneratedClientFixture.money;
import static dev.walletsdk.contract.GeneratedClientFixture.stated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ApiKey;
import dev.walletsdk.contract.GeneratedClientFixture.Client;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.model.Balance;
import dev.walletsdk.generated.model.Payment;
import dev.walletsdk.generated.model.PaymentRequest;
import dev.walletsdk.generated.model.Problem;
import dev.walletsdk.generated.model.Refund;
import dev.walletsdk.generated.model.RefundRequest;
import dev.walletsdk.generated.model.Transaction;
import dev.walletsdk.generated.model.TransactionPage;
import dev.walletsdk.generated.model.Transfer;
import dev.walletsdk.generated.model.TransferRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client against the standalone mock: wallets, balances, money movement, paging and
 * problem documents.
 */
class MoneyMovementSmokeTest {
  private static GeneratedClientFixture fixture;
  private static Client client;

  @BeforeAll
  static void start() {
    fixture = GeneratedClientFixture.start();
    client = fixture.client();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static String fundedWallet(String name, String amount) throws ApiException {
    String wallet = client.openWallet(name, "EUR");
    fixture.control().fund(WalletId.of(wallet), Money.of(amount, "EUR"));
    return wallet;
  }

  private static String available(String wallet) throws ApiException {
    List<Balance> balances = client.wallets.getBalances(VERSION, wallet, null).getBalances();
    assertThat(balances).hasSize(1);
    return balances.get(0).getAvailable().getAmount();
  }

  private static Payment pay(String wallet, String amount) throws ApiException {
    PaymentRequest request =
        new PaymentRequest().walletId(wallet).merchantId("mer_demo").amount(money(amount, "EUR"));
    return client.payments.createPayment(VERSION, fixture.key(), request);
  }

  @Test
  void transferPaymentAndRefundMoveMoneyAndBalancesShowIt() throws ApiException {
    String alice = fundedWallet("Alice", "500.00");
    String bob = client.openWallet("Bob", "EUR");

    Transfer transfer =
        client.transfers.createTransfer(
            VERSION,
            fixture.key(),
            new TransferRequest()
                .sourceWalletId(alice)
                .destinationWalletId(bob)
                .amount(money("120.00", "EUR")));
    Payment payment = pay(alice, "80.00");
    Refund refund =
        client.payments.refundPayment(
            VERSION,
            fixture.key(),
            payment.getId(),
            new RefundRequest().amount(money("30.00", "EUR")));

    assertThat(transfer.getStatus()).isEqualTo(Transfer.StatusEnum.COMPLETED);
    assertThat(transfer.getDestinationAmount()).isEqualTo(stated("120.00", "EUR"));
    assertThat(transfer.getReceipt()).isNotNull();
    assertThat(payment.getStatus()).isEqualTo(Payment.StatusEnum.SUCCEEDED);
    assertThat(refund.getStatus()).isEqualTo(Refund.StatusEnum.SUCCEEDED);
    assertThat(refund.getCreditedAmount()).isEqualTo(stated("30.00", "EUR"));
    assertThat(client.payments.getPayment(VERSION, payment.getId()).getStatus())
        .isEqualTo(Payment.StatusEnum.PARTIALLY_REFUNDED);
    assertThat(available(alice)).isEqualTo("330.00");
    assertThat(available(bob)).isEqualTo("120.00");
  }

  @Test
  void pagingThroughTransactionsVisitsEveryEntryOnce() throws ApiException {
    String wallet = client.openWallet("Pager", "EUR");
    for (int i = 1; i <= 12; i++) {
      fixture.control().fund(WalletId.of(wallet), Money.of(i + ".00", "EUR"));
    }

    List<Transaction> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    TransactionPage page;
    do {
      page = client.wallets.listTransactions(VERSION, wallet, cursor, 5, null, null);
      seen.addAll(page.getData());
      pageSizes.add(page.getData().size());
      cursor = page.getNextCursor();
    } while (page.getHasMore());

    assertThat(pageSizes).containsExactly(5, 5, 2);
    assertThat(cursor).isNull();
    assertThat(seen).extracting(Transaction::getId).doesNotHaveDuplicates().hasSize(12);
    assertThat(seen).extracting(Transaction::getType).containsOnly(Transaction.TypeEnum.FUNDING);
  }

  @Test
  void unknownWalletIsNotFoundProblem() {
    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> client.wallets.getWallet(VERSION, "wal_nosuchwallet"));

    Problem problem = client.problem(failure);
    assertThat(failure.getCode()).isEqualTo(404);
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getCode()).isEqualTo("not_found");
    assertThat(problem.getType()).hasToString("https://walletsdk.dev/problems/not_found");
  }

  @Test
  void tooManyDecimalsIsInvalidRequestProblemNamingTheField() throws ApiException {
    String alice = fundedWallet("Decimals", "10.00");

    ApiException failure = catchThrowableOfType(ApiException.class, () -> pay(alice, "1.005"));

    Problem problem = client.problem(failure);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getCode()).isEqualTo("invalid_request");
    assertThat(problem.getErrors()).hasSize(1);
    assertThat(problem.getErrors().get(0).getField()).isEqualTo("/amount/amount");
    assertThat(problem.getErrors().get(0).getCode()).isEqualTo("too_many_decimals");
  }

  @Test
  void paymentAboveTheBalanceIsInsufficientFundsProblem() throws ApiException {
    String alice = fundedWallet("Short", "10.00");

    ApiException failure = catchThrowableOfType(ApiException.class, () -> pay(alice, "10.01"));

    Problem problem = client.problem(failure);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getCode()).isEqualTo("insufficient_funds");
    assertThat(available(alice)).isEqualTo("10.00");
  }

  @Test
  void unknownApiKeyIsAuthenticationFailedProblem() {
    Client stranger = fixture.client(ApiKey.of("sk_test_nobodyhasthiskey0000000000"));

    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> stranger.wallets.listWallets(VERSION, null, null));

    Problem problem = stranger.problem(failure);
    assertThat(problem.getStatus()).isEqualTo(401);
    assertThat(problem.getCode()).isEqualTo("authentication_failed");
  }

  @Test
  void sameIdempotencyKeyWithAnotherBodyIsKeyReusedProblem() throws ApiException {
    String alice = fundedWallet("Reuse", "50.00");
    String key = fixture.key();
    PaymentRequest first =
        new PaymentRequest().walletId(alice).merchantId("mer_demo").amount(money("1.00", "EUR"));
    PaymentRequest second =
        new PaymentRequest().walletId(alice).merchantId("mer_demo").amount(money("2.00", "EUR"));
    client.payments.createPayment(VERSION, key, first);

    ApiException failure =
        catchThrowableOfType(
            ApiException.class, () -> client.payments.createPayment(VERSION, key, second));

    Problem problem = client.problem(failure);
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getCode()).isEqualTo("idempotency_key_reused");
    assertThat(available(alice)).isEqualTo("49.00");
  }
}
