/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import static dev.walletsdk.contract.GeneratedClientFixture.VERSION;
import static dev.walletsdk.contract.GeneratedClientFixture.currency;
import static dev.walletsdk.contract.GeneratedClientFixture.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.contract.GeneratedClientFixture.Client;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.model.BankAccount;
import dev.walletsdk.generated.model.BankAccountAccountNumber;
import dev.walletsdk.generated.model.BillPayment;
import dev.walletsdk.generated.model.BillPaymentRequest;
import dev.walletsdk.generated.model.BudgetRequest;
import dev.walletsdk.generated.model.ConfirmChallengeRequest;
import dev.walletsdk.generated.model.EncryptedField;
import dev.walletsdk.generated.model.Identity;
import dev.walletsdk.generated.model.KycUpgradeRequest;
import dev.walletsdk.generated.model.Payment;
import dev.walletsdk.generated.model.PaymentRequest;
import dev.walletsdk.generated.model.PaymentToken;
import dev.walletsdk.generated.model.PaymentTokenRedemption;
import dev.walletsdk.generated.model.PaymentTokenRequest;
import dev.walletsdk.generated.model.PayoutBatch;
import dev.walletsdk.generated.model.PayoutBatchRequest;
import dev.walletsdk.generated.model.PayoutItemRequest;
import dev.walletsdk.generated.model.Pot;
import dev.walletsdk.generated.model.PotMoveRequest;
import dev.walletsdk.generated.model.PotRequest;
import dev.walletsdk.generated.model.PotSweepRequest;
import dev.walletsdk.generated.model.Problem;
import dev.walletsdk.generated.model.RedemptionRequest;
import dev.walletsdk.generated.model.RefundRequest;
import dev.walletsdk.generated.model.ServerKey;
import dev.walletsdk.generated.model.SpendingPeriod;
import dev.walletsdk.generated.model.SplitBillParticipant;
import dev.walletsdk.generated.model.SplitBillRequest;
import dev.walletsdk.generated.model.Transfer;
import dev.walletsdk.generated.model.TransferRequest;
import dev.walletsdk.mock.MockControl;
import dev.walletsdk.mock.MockPartner;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provokes every event type of the contract for one partner, each write through the generated
 * client; the mock's control plane only funds, sets rules and thresholds, reads TOTP codes, ends a
 * payout and moves the clock.
 */
final class EveryEvent {
  private final GeneratedClientFixture fixture;
  private final MockControl control;
  private final Client client;
  private final MockPartner partner;

  EveryEvent(GeneratedClientFixture fixture, Client client, MockPartner partner) {
    this.fixture = fixture;
    this.control = fixture.control();
    this.client = client;
    this.partner = partner;
  }

  void provoke() throws ApiException {
    control.setRewardsEarnRule(CurrencyCode.EUR, 1);
    control.setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));
    String alice = client.openWallet("Alice", "EUR"); // wallet.created
    String bob = client.openWallet("Bob", "EUR");
    control.fund(WalletId.of(alice), Money.of("1000.00", "EUR")); // wallet.funded
    moneyMovements(alice, bob);
    stepUp(alice, bob);
    paymentToken(alice);
    splitBill(alice, bob);
    billPayments(alice);
    privacy();
    budgets();
    pots(alice);
    // Before the offers, whose expiry moves the clock past the tier window of Alice's payments.
    membership(alice);
    offers(alice);
    invoices(alice);
    payoutBatch(bob);
    risk(alice);
  }

  /** membership.tier_changed: a lower tier table lifts a wallet that has paid to silver. */
  private void membership(String wallet) throws ApiException {
    control.setMembershipTiers(
        partner,
        new dev.walletsdk.model.MembershipTierTable(
            CurrencyCode.EUR,
            30,
            List.of(
                tier(dev.walletsdk.model.MembershipTier.STANDARD, "0.00", 0, 100, 0),
                tier(dev.walletsdk.model.MembershipTier.SILVER, "1.00", 100_000, 125, 25),
                tier(dev.walletsdk.model.MembershipTier.GOLD, "100000.00", 1_000_000, 150, 50))));
    assertThat(client.membership.getMembership(VERSION, wallet).getTier().getValue())
        .isEqualTo("silver");
  }

  private static dev.walletsdk.model.MembershipTierDefinition tier(
      dev.walletsdk.model.MembershipTier tier,
      String minSpend,
      long minPoints,
      int multiplier,
      int discount) {
    return new dev.walletsdk.model.MembershipTierDefinition(
        tier,
        Money.of(minSpend, "EUR"),
        minPoints,
        new dev.walletsdk.model.MembershipBenefits(multiplier, discount));
  }

  /** payout_batch.completed: a business wallet pays one item. */
  private void payoutBatch(String payee) throws ApiException {
    WalletId business = control.openBusinessWallet(partner, "Acme Ltd", CurrencyCode.EUR);
    control.fund(business, Money.of("10.00", "EUR"));
    PayoutBatch batch =
        client.payoutBatches.submitPayoutBatch(
            VERSION,
            fixture.key(),
            business.value(),
            new PayoutBatchRequest()
                .currency(currency("EUR"))
                .items(
                    List.of(
                        new PayoutItemRequest()
                            .reference("salary-1")
                            .destinationWalletId(payee)
                            .amount(money("1.00", "EUR")))));
    assertThat(batch.getCounts().getPaid()).isEqualTo(1);
  }

  /** risk.flagged, risk_review.released, risk_review.rejected: a rule holds two transfers. */
  private void risk(String alice) throws ApiException {
    control.addRiskRule(
        partner, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "5.00"));
    String released = heldForReview(alice, client.openWallet("Erin", "EUR"));
    assertThat(control.releaseRiskReview(released)).startsWith("trf_");
    assertThat(client.risk.getRiskReview(VERSION, released).getStatus().getValue())
        .isEqualTo("released");
    String rejected = heldForReview(alice, client.openWallet("Frank", "EUR"));
    control.rejectRiskReview(rejected);
    assertThat(client.risk.getRiskReview(VERSION, rejected).getStatus().getValue())
        .isEqualTo("rejected");
  }

  private String heldForReview(String from, String to) throws ApiException {
    ApiException held =
        catchThrowableOfType(ApiException.class, () -> transfer(from, to, "6.00", fixture.key()));
    Problem problem = client.problem(held);
    assertThat(problem.getCode()).isEqualTo("pending_review");
    return problem.getReview().getId();
  }

  /**
   * invoice.issued, invoice.partially_paid, invoice.credited, invoice.paid, invoice.voided,
   * invoice.overdue: a business wallet's invoices, paid by the given wallet.
   */
  private void invoices(String payer) throws ApiException {
    String business = control.openBusinessWallet(partner, "Acme Ltd", CurrencyCode.EUR).value();
    dev.walletsdk.generated.model.InvoiceRequest request =
        new dev.walletsdk.generated.model.InvoiceRequest()
            .currency(currency("EUR"))
            .addLinesItem(
                new dev.walletsdk.generated.model.InvoiceLineRequest()
                    .description("Design")
                    .quantity(2L)
                    .unitPrice(money("12.50", "EUR"))
                    .taxRateBasisPoints(1900))
            .dueDate(java.time.LocalDate.ofInstant(control.now(), java.time.ZoneOffset.UTC))
            .allowPartialPayments(true);
    String invoice =
        client.invoices.issueInvoice(VERSION, fixture.key(), business, request).getId();
    client.invoices.payInvoice(
        VERSION,
        fixture.key(),
        new dev.walletsdk.generated.model.InvoicePaymentRequest()
            .walletId(payer)
            .invoiceId(invoice)
            .amount(money("10.00", "EUR")));
    client.invoices.creditInvoice(
        VERSION,
        fixture.key(),
        invoice,
        new dev.walletsdk.generated.model.CreditNoteRequest().amount(money("0.75", "EUR")));
    client.invoices.payInvoice(
        VERSION,
        fixture.key(),
        new dev.walletsdk.generated.model.InvoicePaymentRequest()
            .walletId(payer)
            .invoiceId(invoice));
    String voided = client.invoices.issueInvoice(VERSION, fixture.key(), business, request).getId();
    client.invoices.voidInvoice(VERSION, fixture.key(), voided, Map.of());
    client.invoices.issueInvoice(VERSION, fixture.key(), business, request);
    control.advanceClock(Duration.ofDays(1));
  }

  /** pot.created, pot.moved, pot.target_reached, pot.sweep_failed, pot.closed. */
  private void pots(String wallet) throws ApiException {
    Pot pot =
        client.pots.createPot(
            VERSION,
            fixture.key(),
            wallet,
            new PotRequest()
                .name("Holiday")
                .currency(currency("EUR"))
                .target(money("1.00", "EUR"))
                .sweep(
                    new PotSweepRequest()
                        .amount(money("99999.00", "EUR"))
                        .interval(PotSweepRequest.IntervalEnum.WEEKLY)));
    PotMoveRequest one = new PotMoveRequest().amount(money("1.00", "EUR"));
    client.pots.depositToPot(VERSION, fixture.key(), pot.getId(), one);
    control.advanceClock(Duration.ofDays(7));
    client.pots.withdrawFromPot(VERSION, fixture.key(), pot.getId(), one);
    client.pots.closePot(VERSION, fixture.key(), pot.getId(), Map.of());
  }

  /**
   * offer.created, voucher.issued, voucher.redeemed, voucher.restored (a full refund),
   * voucher.forfeited (a partial refund), voucher.expired (the clock passes the offer's end).
   */
  private void offers(String wallet) throws ApiException {
    OffsetDateTime now = OffsetDateTime.ofInstant(control.now(), ZoneOffset.UTC);
    dev.walletsdk.generated.model.Offer offer =
        client.offers.createOffer(
            VERSION,
            fixture.key(),
            new dev.walletsdk.generated.model.OfferRequest()
                .merchantId("mer_demo")
                .title("Spring deal")
                .currency(currency("EUR"))
                .percentOff(10)
                .perHolderLimit(2)
                .validUntil(now.plusDays(30)));
    for (RefundRequest refund :
        List.of(new RefundRequest(), new RefundRequest().amount(money("1.00", "EUR")))) {
      dev.walletsdk.generated.model.Voucher voucher =
          client.offers.issueVoucher(
              VERSION,
              fixture.key(),
              offer.getId(),
              new dev.walletsdk.generated.model.IssueVoucherRequest().walletId(wallet));
      Payment paid =
          client.payments.createPayment(
              VERSION,
              fixture.key(),
              new PaymentRequest()
                  .walletId(wallet)
                  .merchantId("mer_demo")
                  .amount(money("10.00", "EUR"))
                  .voucherId(voucher.getId()));
      assertThat(paid.getDiscount().getAmount()).isEqualTo("1.00");
      client.payments.refundPayment(VERSION, fixture.key(), paid.getId(), refund);
    }
    control.advanceClock(Duration.ofDays(31));
  }

  /** payment.succeeded, rewards.earned, refund.succeeded, rewards.reversed, rewards.redeemed. */
  private void moneyMovements(String alice, String bob) throws ApiException {
    Payment payment =
        client.payments.createPayment(
            VERSION,
            fixture.key(),
            new PaymentRequest()
                .walletId(alice)
                .merchantId("mer_demo")
                .amount(money("200.00", "EUR")));
    client.payments.refundPayment(
        VERSION, fixture.key(), payment.getId(), new RefundRequest().amount(money("50.00", "EUR")));
    client.rewards.redeemRewards(
        VERSION,
        fixture.key(),
        new RedemptionRequest().walletId(alice).points(100L).currency(currency("EUR")));
    transfer(alice, bob, "10.00", fixture.key()); // transfer.completed
    Transfer payout =
        client.transfers.createTransfer(
            VERSION,
            fixture.key(),
            new TransferRequest()
                .sourceWalletId(alice)
                .destinationAccount(
                    new BankAccount()
                        .holderName("Alice")
                        .accountNumber(new BankAccountAccountNumber("DE89370400440532013000")))
                .amount(money("20.00", "EUR"))); // transfer.pending
    control.failPayout(TransferId.of(payout.getId())); // transfer.failed
  }

  private Transfer transfer(String from, String to, String amount, String key) throws ApiException {
    return client.transfers.createTransfer(
        VERSION,
        key,
        new TransferRequest()
            .sourceWalletId(from)
            .destinationWalletId(to)
            .amount(money(amount, "EUR")));
  }

  /** challenge.created, challenge.confirmed. */
  private void stepUp(String alice, String bob) throws ApiException {
    WalletId id = WalletId.of(alice);
    control.setStepUpThreshold(id, Money.of("300.00", "EUR"));
    control.enrollTotp(id);
    ApiException held =
        catchThrowableOfType(
            ApiException.class, () -> transfer(alice, bob, "300.00", fixture.key()));
    Problem problem = client.problem(held);
    assertThat(problem.getCode()).isEqualTo("step_up_required");
    client.challenges.confirmChallenge(
        VERSION,
        fixture.key(),
        problem.getChallenge().getId(),
        new ConfirmChallengeRequest().otp(control.currentTotp(id)));
  }

  /** payment_token.created, payment_token.redeemed. */
  private void paymentToken(String alice) throws ApiException {
    PaymentToken token =
        client.qr.createPaymentToken(
            VERSION, fixture.key(), new PaymentTokenRequest().walletId(alice));
    client.qr.redeemPaymentToken(
        VERSION,
        fixture.key(),
        new PaymentTokenRedemption()
            .payload(token.getPayload())
            .merchantId("mer_demo")
            .amount(money("5.00", "EUR")));
  }

  /** split_bill.succeeded. */
  private void splitBill(String alice, String bob) throws ApiException {
    client.splitBills.createSplitBill(
        VERSION,
        fixture.key(),
        new SplitBillRequest()
            .merchantId("mer_demo")
            .amount(money("20.00", "EUR"))
            .participants(
                List.of(
                    new SplitBillParticipant().walletId(alice).amount(money("10.00", "EUR")),
                    new SplitBillParticipant().walletId(bob).amount(money("10.00", "EUR")))));
  }

  private BillPaymentRequest bill(String wallet, String amount) {
    return new BillPaymentRequest()
        .walletId(wallet)
        .billerId("blr_citypower")
        .customerReference("1234567890")
        .amount(money(amount, "EUR"));
  }

  /** bill_payment.succeeded, .scheduled, .cancelled and .failed. */
  private void billPayments(String alice) throws ApiException {
    client.billPayments.createBillPayment(VERSION, fixture.key(), bill(alice, "15.00"));
    OffsetDateTime now = OffsetDateTime.ofInstant(control.now(), ZoneOffset.UTC);
    BillPayment later =
        client.billPayments.createBillPayment(
            VERSION, fixture.key(), bill(alice, "15.00").scheduledFor(now.plusDays(1)));
    client.billPayments.cancelBillPayment(VERSION, fixture.key(), later.getId(), Map.of());
    String carol = client.openWallet("Carol", "EUR");
    control.fund(WalletId.of(carol), Money.of("5.00", "EUR"));
    client.billPayments.createBillPayment(
        VERSION, fixture.key(), bill(carol, "5.00").scheduledFor(now.plusHours(1)));
    client.payments.createPayment( // spends what the run needs: the run fails
        VERSION,
        fixture.key(),
        new PaymentRequest().walletId(carol).merchantId("mer_demo").amount(money("5.00", "EUR")));
    control.advanceClock(Duration.ofHours(2));
  }

  /** kyc.upgraded, privacy.exported, privacy.erased. */
  private void privacy() throws ApiException {
    String dave = client.openWallet("Dave", "EUR");
    client.kyc.upgradeKyc(
        VERSION,
        fixture.key(),
        dave,
        new KycUpgradeRequest()
            .level(KycUpgradeRequest.LevelEnum.BASIC)
            .identity(
                new Identity()
                    .fullName(sealed("/identity/fullName", "Dave Example"))
                    .dateOfBirth(sealed("/identity/dateOfBirth", "1980-05-17"))));
    client.privacy.exportData(VERSION, fixture.key(), dave, Map.of());
    client.privacy.eraseWallet(VERSION, fixture.key(), dave, Map.of());
  }

  /** budget.threshold_reached, budget.exceeded: one payment takes a budget past 80 % and 100 %. */
  private void budgets() throws ApiException {
    String erin = client.openWallet("Erin", "EUR");
    control.fund(WalletId.of(erin), Money.of("50.00", "EUR"));
    client.budgets.createBudget(
        VERSION,
        fixture.key(),
        new BudgetRequest()
            .walletId(erin)
            .category("5999")
            .period(SpendingPeriod.MONTH)
            .amount(money("40.00", "EUR"))
            .thresholds(Set.of(80)));
    client.payments.createPayment(
        VERSION,
        fixture.key(),
        new PaymentRequest().walletId(erin).merchantId("mer_demo").amount(money("45.00", "EUR")));
  }

  /** Encrypts a field to the server's field-encryption key from {@code GET /v1/keys}. */
  private EncryptedField sealed(String pointer, String value) throws ApiException {
    ServerKey key =
        client.keys.listKeys(VERSION).getKeys().stream()
            .filter(k -> k.getUse() == ServerKey.UseEnum.FIELD_ENCRYPTION)
            .findFirst()
            .orElseThrow();
    dev.walletsdk.spi.EncryptedField field =
        HpkeFieldEncryptor.forPublicKey(
                key.getKid(), Base64.getUrlDecoder().decode(key.getPublicKey()))
            .encrypt(pointer, value.getBytes(StandardCharsets.UTF_8));
    return new EncryptedField()
        .enc(EncryptedField.EncEnum.HPKE_X25519_SHA256_AES256GCM)
        .kid(field.keyId())
        .ct(Base64.getUrlEncoder().withoutPadding().encodeToString(field.ciphertext()));
  }
}
