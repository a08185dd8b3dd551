/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example runs against the embedded mock and prints what it promises. */
class ExamplesTest {
  private static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void balancesExampleShowsEachCurrencyAtItsScale() {
    assertThat(run(BalancesExample::run))
        .isEqualTo(
            "EUR: available 120.50 EUR, pending 0.00 EUR, total 120.50 EUR\n"
                + "JPY: available 15000 JPY, pending 0 JPY, total 15000 JPY\n"
                + "USD (not held): total 0.00 USD\n");
  }

  @Test
  void fxExampleConvertsAtTheQuoteAndRefusesAnExpiredOne() {
    String output = run(FxTransferExample::run);

    assertThat(output)
        .containsPattern(
            "Quote quo_[A-Za-z0-9]+: sell 100.00 EUR, buy 107.69 USD at 1.079575, fee 0.25 EUR,"
                + " valid until \\S+Z\n")
        .contains("Transfer completed: 100.00 EUR debited, 107.69 USD credited\n")
        .endsWith("Expired quote refused: quote_expired\n");
  }

  @Test
  void paymentExampleRefundsInTwoSteps() {
    assertThat(run(PaymentRefundExample::run))
        .isEqualTo(
            "Paid 42.00 EUR to mer_demo: succeeded\n"
                + "Refunded 12.00 EUR: partially_refunded\n"
                + "Refunded the remaining 30.00 EUR: refunded\n"
                + "Balance: 80.00 EUR\n");
  }

  @Test
  void qrExamplePaysAShopCodeAndRedeemsATokenOnce() {
    String output = run(QrPaymentExample::run);

    assertThat(output)
        .startsWith(
            "Shop code: 00020101021126290013dev.walletsdk0108mer_demo520458145303702550201"
                + "5802SG5911Kopi Corner6009Singapore6304C1DF\n")
        .contains("Paid 5.30 SGD to Kopi Corner\n")
        .contains(
            "Damaged code refused: QR tag 63: the checksum is C1DF but the payload's CRC-16 is 15FC\n")
        .containsPattern("Token valid until \\S+Z \\(server time\\)\n")
        .contains("Shop collected 12.00 SGD\n")
        .endsWith("Second scan refused: payment_token_used\nBalance: 32.70 SGD\n");
  }

  @Test
  void splitBillExampleAllocatesByLargestRemainderAndIsAtomic() {
    assertThat(run(SplitBillExample::run))
        .isEqualTo(
            "Preview: [33.33 EUR, 33.33 EUR, 33.34 EUR]\n"
                + "Cai cannot cover 33.34 EUR: insufficient_funds, nobody paid anything\n"
                + "Ana paid 33.33 EUR (33.3333 %)\n"
                + "Ben paid 33.33 EUR (33.3333 %)\n"
                + "Cai paid 33.34 EUR (33.3334 %)\n"
                + "Taxi split exact: 18.50 EUR\n"
                + "Left: Ana 14.67 EUR, Ben 20.17 EUR, Cai 6.66 EUR\n");
  }

  @Test
  void billPaymentExamplePaysNowRunsAScheduleAndCancels() {
    assertThat(run(BillPaymentExample::run))
        .isEqualTo(
            "City Power (blr_citypower): 10 digits\n"
                + "Metro Water (blr_metrowater): MW and 6 digits\n"
                + "Telco Mobile (blr_telcomobile): a phone number in E.164 form,"
                + " such as +4915112345678\n"
                + "City Power paid now: completed\n"
                + "Metro Water scheduled, first run 2026-02-01T06:00:00Z\n"
                + "  run due 2026-02-01T06:00:00Z: paid\n"
                + "  run due 2026-03-01T06:00:00Z: failed, insufficient_funds\n"
                + "  run due 2026-04-01T06:00:00Z: failed, insufficient_funds\n"
                + "Cancelled after 3 runs; balance 25.80 EUR\n");
  }

  @Test
  void rewardsExampleEarnsReversesAndRedeems() {
    assertThat(run(RewardsExample::run))
        .isEqualTo(
            "Points: 370 (earned 409, reversed 39)\n"
                + "Refused: insufficient_points\n"
                + "Redeemed 300 points for 3.00 EUR\n"
                + "  redeemed 300 -> 70\n"
                + "  reversed 39 -> 370\n"
                + "  earned 240 -> 409\n"
                + "  earned 169 -> 169\n"
                + "Balance 318.01 EUR, audit clean: true\n");
  }

  @Test
  void kycExampleRaisesTheLimitByUpgrading() {
    assertThat(run(KycExample::run))
        .isEqualTo(
            "Level UNVERIFIED: EUR per payment 100.00 EUR, per day unlimited\n"
                + "Level BASIC: EUR per payment 1000.00 EUR, per day 2500.00 EUR\n"
                + "Level FULL: no level limits\n"
                + "Opened Ada at level UNVERIFIED\n"
                + "Refused (limit_exceeded): wallet wal_hedFdubijMRFPwRNMBtR: 250.00 EUR exceeds"
                + " the per-transaction limit of 100.00 EUR for KYC level unverified\n"
                + "Verified Identity{fullName, dateOfBirth: redacted}: UNVERIFIED -> BASIC,"
                + " EUR per payment 1000.00 EUR, per day 2500.00 EUR\n"
                + "Paid 250.00 EUR: succeeded\n");
  }

  @Test
  void privacyExampleExportsThenErasesOnceEmpty() {
    assertThat(run(PrivacyExample::run))
        .matches(
            "Exported DataExport\\{walletId=wal_\\w+, generatedAt=2026-06-01T09:00:00Z,"
                + " size=\\d+ bytes}\n"
                + "Erasure refused: erasure_balance_remaining\n"
                + "Erased at 2026-06-01T09:00:00Z; ledger keeps entries under the wallet id\n"
                + "Wallet now: \\[erased], erased\n"
                + "Ledger audit clean: true\n");
  }

  @Test
  void stepUpExampleConfirmsByHandAndInline() {
    assertThat(run(StepUpExample::run))
        .isEqualTo(
            "Step-up required for 2500.00 EUR (transfers.create)\n"
                + "Confirmed: transfer completed, 2500.00 EUR\n"
                + "Inline handler: transfer completed, 1500.00 EUR\n"
                + "Alice now has 1000.00 EUR\n");
  }

  @Test
  void historyExamplePagesThroughEveryTransaction() {
    assertThat(run(HistoryExample::run))
        .isEqualTo(
            "First page: rent-12, rent-11, rent-10, rent-9, rent-8 …\n"
                + "All 13 transactions fetched page by page; sent in total 12.00 EUR\n");
  }

  @Test
  void asyncExampleRunsTransfersConcurrently() {
    assertThat(run(AsyncExample::run))
        .isEqualTo("10 transfers completed concurrently\nBob received 25.00 EUR\n");
  }

  @Test
  void secureClientExampleSignsEncryptsAndVerifies() {
    assertThat(run(SecureClientExample::run))
        .startsWith(
            "Stored the signing keyset encrypted at rest and loaded it back\nRegistered signing key ")
        .contains("Fetched 2 server keys\n")
        .endsWith(
            "Payout pending to BankAccountSummary{holderName=Bob Builder, accountNumber=••••3000,"
                + " bankCode=COBADEFF}, receipt rcpt-1 verified\n");
  }

  @Test
  void webhookReceiverExampleVerifiesAndDispatchesEachEventOnce() {
    assertThat(run(WebhookReceiverExample::run))
        .isEqualTo(
            "wallet.created: Alice\n"
                + "wallet.created: Bob\n"
                + "wallet.funded: +200.00 EUR\n"
                + "payment.succeeded: 42.00 EUR to mer_demo\n"
                + "rewards.earned: +42 points, 42 in all\n"
                + "refund.succeeded: 12.00 EUR\n"
                + "not handled here: rewards.reversed\n"
                + "transfer.completed: 25.00 EUR\n"
                + "split_bill.succeeded: 30.00 EUR shared by 2 wallets\n"
                + "bill_payment.succeeded: 64.20 EUR to blr_citypower\n"
                + "10 events delivered, 10 duplicate deliveries skipped, 0 waiting for a retry\n");
  }

  @Test
  void mockVerificationExampleSeesTheRetryAndServesHttps() {
    assertThat(run(MockVerificationExample::run))
        .isEqualTo(
            "#3 POST /v1/transfers -> no answer (fault DROP_RESPONSE_AFTER_COMMIT)\n"
                + "#4 POST /v1/transfers -> 201\n"
                + "Same idempotency key: true\n"
                + "Authorization kept as <redacted>\n"
                + "Ben holds 5.00 EUR\n"
                + "Over https: Ben holds 5.00 EUR\n");
  }

  @Test
  void budgetsExampleAlertsOncePerThresholdAndAnalysesTheMonth() {
    assertThat(run(BudgetsExample::run))
        .isEqualTo(
            "budget.threshold_reached 50% spent 60.00 EUR of 100.00 EUR from 2026-11-01T00:00:00Z\n"
                + "budget.threshold_reached 50% spent 85.00 EUR of 100.00 EUR from"
                + " 2026-12-01T00:00:00Z\n"
                + "budget.threshold_reached 80% spent 85.00 EUR of 100.00 EUR from"
                + " 2026-12-01T00:00:00Z\n"
                + "budget.exceeded spent 105.00 EUR of 100.00 EUR from 2026-12-01T00:00:00Z\n"
                + "December by category:\n"
                + "  5411 105.00 EUR (November 60.00 EUR), budget left -5.00 EUR\n"
                + "  5812 50.20 EUR (November 0.00 EUR) paid [22.00 USD]\n"
                + "December by direction:\n"
                + "  in 0.00 EUR in 0 movements\n"
                + "  out 155.20 EUR in 5 movements\n"
                + "Budget 105.00 EUR spent, alerts [50, 80], exceeded true\n");
  }

  @Test
  void riskMonitoringExampleHoldsReleasesAndDeclines() {
    assertThat(run(RiskMonitoringExample::run))
        .isEqualTo(
            "Held for review: 300.00 EUR (new_payee), available 655.00 EUR\n"
                + "Released: transfer completed, review RELEASED, resource matches: true\n"
                + "Declined: risk_declined (burst)\n"
                + "Ten minutes later: paid, available 645.00 EUR\n"
                + "  risk.flagged HOLD new_payee\n"
                + "  risk_review.released RELEASED\n"
                + "  risk.flagged DECLINE burst\n"
                + "Audit clean: true\n");
  }

  @Test
  void potsExampleSavesSweepsAndCloses() {
    assertThat(run(PotsExample::run))
        .isEqualTo(
            "Deposited 60.00 EUR: pot 60.00 EUR, available 140.00 EUR\n"
                + "After three weeks: pot 160.00 EUR, last sweep insufficient_funds\n"
                + "Available 40.00 EUR, in pots 160.00 EUR\n"
                + "Refused: insufficient_funds\n"
                + "Refused: pot_not_empty\n"
                + "Closed: CLOSED\n"
                + "  pot_withdrawal 160.00 EUR\n"
                + "  pot_deposit 50.00 EUR\n"
                + "  pot_deposit 50.00 EUR\n"
                + "  pot_deposit 60.00 EUR\n"
                + "  funding 200.00 EUR\n"
                + "Balance 200.00 EUR, audit clean: true\n");
  }

  @Test
  void offersAndVouchersExampleRedeemsRestoresAndExpiresAVoucher() {
    // 15 % of 33.33 is 4.9995, which rounds to 5.00 off; the 28.33 paid earns 283 points.
    assertThat(run(OffersAndVouchersExample::run))
        .isEqualTo(
            "Issued 15 % off your weekly shop: ISSUED\n"
                + "Refused: voucher_not_applicable\n"
                + "Paid 33.33 EUR: discount 5.00 EUR, holder paid 28.33 EUR, points 283\n"
                + "Refused: voucher_not_redeemable\n"
                + "Refunded in full: voucher ISSUED\n"
                + "  true EXPIRED\n"
                + "Balance 100.00 EUR, audit clean: true\n");
  }

  @Test
  void eInvoicesExampleIssuesPaysCreditsAndSettles() {
    assertThat(run(EInvoicesExample::run))
        .isEqualTo(
            "  3 x Consulting hour: net 59.97 EUR, tax 11.39 EUR\n"
                + "  1 x Stamp: net 0.05 EUR, tax 0.01 EUR\n"
                + "Invoice RF74000000000001: total 71.42 EUR (tax 11.40 EUR), QR amount 71.42 EUR\n"
                + "Paid 40.00 EUR: PARTIALLY_PAID, due 31.42 EUR\n"
                + "Refused: amount_exceeds_due\n"
                + "Credited 1.42 EUR: due 30.00 EUR\n"
                + "On 2026-07-01T09:00:00Z: OVERDUE\n"
                + "Paid 30.00 EUR: PAID\n"
                + "Refused: invoice_not_voidable\n"
                + "Paid in all 70.00 EUR, Acme holds 70.00 EUR, audit clean: true\n");
  }

  @Test
  void membershipTiersExampleClimbsAndFallsBack() {
    assertThat(run(MembershipTiersExample::run))
        .isEqualTo(
            "Tier standard: from 0.00 EUR or 0 points, points x100%, FX fee -0%\n"
                + "Tier silver: from 100.00 EUR or 1000 points, points x125%, FX fee -25%\n"
                + "Tier gold: from 300.00 EUR or 3000 points, points x150%, FX fee -50%\n"
                + "Standard FX fee on 100.00 EUR: 0.99 EUR\n"
                + "Now silver: spend 110.00 EUR, points 110; gold needs 190.00 EUR more\n"
                + "Silver FX fee on 100.00 EUR: 0.74 EUR\n"
                + "Now gold: spend 310.00 EUR, points 360\n"
                + "Gold FX fee on 100.00 EUR: 0.50 EUR\n"
                + "Now standard: spend 0.00 EUR, points 0; silver needs 100.00 EUR more\n"
                + "  standard -> silver (payment, spend 110.00 EUR, points 110)\n"
                + "  silver -> gold (payment, spend 310.00 EUR, points 360)\n"
                + "  gold -> standard (window_rolled, spend 0.00 EUR, points 0)\n"
                + "Points 360, audit clean: true\n");
  }

  @Test
  void batchPayoutsExamplePaysPayrollOnceAndReportsTheFailedItem() {
    assertThat(run(BatchPayoutsExample::run))
        .isEqualTo(
            "Batch COMPLETED_WITH_FAILURES: 2 paid (4400.50 EUR), 1 failed (1950.00 EUR)\n"
                + "  ann-12 2100.00 EUR PAID transfer\n"
                + "  ben-12 1950.00 EUR FAILED wallet_not_active\n"
                + "  cat-12 2300.50 EUR PAID transfer\n"
                + "Re-sent with the same key, same batch: true\n"
                + "Acme holds 5599.50 EUR after both sends\n"
                + "Refused: business_wallet_required\n"
                + "Audit clean: true\n");
  }
}
