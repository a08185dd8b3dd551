/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import static dev.walletsdk.contract.GeneratedClientFixture.VERSION;
import static dev.walletsdk.contract.GeneratedClientFixture.currency;
import static dev.walletsdk.contract.GeneratedClientFixture.money;
import static dev.walletsdk.contract.GeneratedClientFixture.stated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.contract.GeneratedClientFixture.Client;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.model.BankAccount;
import dev.walletsdk.generated.model.BankAccountAccountNumber;
import dev.walletsdk.generated.model.BillPayment;
import dev.walletsdk.generated.model.BillPaymentRequest;
import dev.walletsdk.generated.model.ChallengeResult;
import dev.walletsdk.generated.model.ConfirmChallengeRequest;
import dev.walletsdk.generated.model.Payment;
import dev.walletsdk.generated.model.PaymentRequest;
import dev.walletsdk.generated.model.Problem;
import dev.walletsdk.generated.model.QrPaymentRequest;
import dev.walletsdk.generated.model.Transfer;
import dev.walletsdk.generated.model.TransferRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation the mock can hold behind a step-up challenge (a merchant payment, a QR payment, a
 * transfer between wallets, a payout and a bill payment: the three kinds of {@code
 * ChallengeResult.result}), held and confirmed through the generated client.
 */
class StepUpSmokeTest {
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

  /** A write of the held wallet, sent with the given idempotency key. */
  @FunctionalInterface
  private interface Write {
    Object send(String wallet, String key) throws ApiException;
  }

  /**
   * Sends {@code write} from a wallet whose step-up threshold is 100.00 EUR, checks it is held
   * behind a challenge for {@code operation}, confirms it with the current TOTP code and returns
   * the decoded result.
   */
  private static ChallengeResult heldAndConfirmed(String operation, Write write)
      throws ApiException {
    String wallet = client.openWallet("Held", "EUR");
    WalletId id = WalletId.of(wallet);
    fixture.control().fund(id, Money.of("1000.00", "EUR"));
    fixture.control().setStepUpThreshold(id, Money.of("100.00", "EUR"));
    fixture.control().enrollTotp(id);

    ApiException held =
        catchThrowableOfType(ApiException.class, () -> write.send(wallet, fixture.key()));

    Problem problem = client.problem(held);
    assertThat(problem.getStatus()).isEqualTo(401);
    assertThat(problem.getCode()).isEqualTo("step_up_required");
    assertThat(problem.getChallenge().getOperation()).isEqualTo(operation);
    ChallengeResult result =
        client.challenges.confirmChallenge(
            VERSION,
            fixture.key(),
            problem.getChallenge().getId(),
            new ConfirmChallengeRequest().otp(fixture.control().currentTotp(id)));
    assertThat(result.getChallenge().getId()).isEqualTo(problem.getChallenge().getId());
    assertThat(
            client
                .wallets
                .getBalances(VERSION, wallet, currency("EUR"))
                .getBalances()
                .get(0)
                .getAvailable())
        .isEqualTo(stated("850.00", "EUR"));
    return result;
  }

  @Test
  void heldPaymentConfirmsToAPayment() throws ApiException {
    ChallengeResult result =
        heldAndConfirmed(
            "payments.create",
            (wallet, key) ->
                client.payments.createPayment(
                    VERSION,
                    key,
                    new PaymentRequest()
                        .walletId(wallet)
                        .merchantId("mer_demo")
                        .amount(money("150.00", "EUR"))));

    assertThat(result.getResult().getActualInstance()).isInstanceOf(Payment.class);
    Payment payment = result.getResult().getPayment();
    assertThat(payment.getAmount()).isEqualTo(stated("150.00", "EUR"));
    assertThat(payment.getStatus()).isEqualTo(Payment.StatusEnum.SUCCEEDED);
    assertThat(payment.getReceipt()).isNotNull();
  }

  @Test
  void heldQrPaymentConfirmsToAPayment() throws ApiException {
    String payload =
        MerchantQr.builder()
            .pointOfInitiation(PointOfInitiation.DYNAMIC)
            .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_demo")))
            .merchantCategoryCode("5812")
            .currency(CurrencyCode.EUR)
            .countryCode("DE")
            .merchantName("Demo Merchant")
            .merchantCity("Berlin")
            .amount(Money.of("150.00", "EUR"))
            .build()
            .payload();

    ChallengeResult result =
        heldAndConfirmed(
            "payments.create",
            (wallet, key) ->
                client.qr.payQrCode(
                    VERSION, key, new QrPaymentRequest().walletId(wallet).payload(payload)));

    assertThat(result.getResult().getActualInstance()).isInstanceOf(Payment.class);
    assertThat(result.getResult().getPayment().getAmount()).isEqualTo(stated("150.00", "EUR"));
  }

  @Test
  void heldTransferBetweenWalletsConfirmsToACompletedTransfer() throws ApiException {
    String bob = client.openWallet("Bob", "EUR");

    ChallengeResult result =
        heldAndConfirmed(
            "transfers.create",
            (wallet, key) ->
                client.transfers.createTransfer(
                    VERSION,
                    key,
                    new TransferRequest()
                        .sourceWalletId(wallet)
                        .destinationWalletId(bob)
                        .amount(money("150.00", "EUR"))));

    assertThat(result.getResult().getActualInstance()).isInstanceOf(Transfer.class);
    Transfer transfer = result.getResult().getTransfer();
    assertThat(transfer.getDestinationWalletId()).isEqualTo(bob);
    assertThat(transfer.getStatus()).isEqualTo(Transfer.StatusEnum.COMPLETED);
    assertThat(transfer.getReceipt()).isNotNull();
  }

  @Test
  void heldPayoutConfirmsToAPendingTransfer() throws ApiException {
    BankAccount account =
        new BankAccount()
            .holderName("Ada Lovelace")
            .accountNumber(new BankAccountAccountNumber("DE89370400440532013000"));

    ChallengeResult result =
        heldAndConfirmed(
            "transfers.create",
            (wallet, key) ->
                client.transfers.createTransfer(
                    VERSION,
                    key,
                    new TransferRequest()
                        .sourceWalletId(wallet)
                        .destinationAccount(account)
                        .amount(money("150.00", "EUR"))));

    assertThat(result.getResult().getActualInstance()).isInstanceOf(Transfer.class);
    Transfer payout = result.getResult().getTransfer();
    assertThat(payout.getStatus()).isEqualTo(Transfer.StatusEnum.PENDING);
    assertThat(payout.getDestinationAccount().getAccountNumberLast4()).isEqualTo("3000");
  }

  @Test
  void heldBillPaymentConfirmsToABillPayment() throws ApiException {
    ChallengeResult result =
        heldAndConfirmed(
            "billPayments.create",
            (wallet, key) ->
                client.billPayments.createBillPayment(
                    VERSION,
                    key,
                    new BillPaymentRequest()
                        .walletId(wallet)
                        .billerId("blr_citypower")
                        .customerReference("1234567890")
                        .amount(money("150.00", "EUR"))));

    assertThat(result.getResult().getActualInstance()).isInstanceOf(BillPayment.class);
    BillPayment bill = result.getResult().getBillPayment();
    assertThat(bill.getBillerId()).isEqualTo("blr_citypower");
    assertThat(bill.getStatus()).isEqualTo(BillPayment.StatusEnum.COMPLETED);
    assertThat(bill.getReceipt()).isNotNull();
  }
}
