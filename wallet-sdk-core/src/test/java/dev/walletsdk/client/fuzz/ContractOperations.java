/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentTokenId;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.SpendingPeriod;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.TransactionQuery;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Every client operation of docs/openapi.yaml, grouped as the fuzz targets of {@link
 * OperationResponseFuzzTest} are. The ids are those the seeded mock ({@code seed 0}) gives, so that
 * its recorded answers, the seeds, pass the client's identity checks and receipt verification.
 */
final class ContractOperations {
  static final WalletId ALICE = WalletId.of("wal_hedFdubijMRFPwRNMBtR");
  static final WalletId BOB = WalletId.of("wal_d4NHgOFOQLGzG72ki4Xx");
  static final WalletId CAROL = WalletId.of("wal_XKWpocHmch9q3acuBGH1");
  static final MerchantId MERCHANT = MerchantId.of("mer_demo");
  static final QuoteId QUOTE = QuoteId.of("quo_XKWpocHmch9q3acuBGH1");
  static final PaymentId PAYMENT = PaymentId.of("pay_XKWpocHmch9q3acuBGH1");
  static final TransferId TRANSFER = TransferId.of("trf_XKWpocHmch9q3acuBGH1");
  static final PaymentTokenId TOKEN = PaymentTokenId.of("pqt_XKWpocHmch9q3acuBGH1");
  static final SplitBillId SPLIT_BILL = SplitBillId.of("spl_42QFln5xsY6S5lyDvz0l");
  static final BillPaymentId BILL_PAYMENT = BillPaymentId.of("bpy_XKWpocHmch9q3acuBGH1");
  static final RedemptionId REDEMPTION = RedemptionId.of("rdm_YtML4kC9xUeQUyFIO7w1");
  static final BudgetId BUDGET = BudgetId.of("bgt_XKWpocHmch9q3acuBGH1");
  static final RiskReviewId REVIEW = RiskReviewId.of("rrv_XKWpocHmch9q3acuBGH1");
  static final PotId POT = PotId.of("pot_XKWpocHmch9q3acuBGH1");
  static final dev.walletsdk.model.PayoutBatchId PAYOUT_BATCH =
      dev.walletsdk.model.PayoutBatchId.of("pbt_YtML4kC9xUeQUyFIO7w1");
  static final ChallengeId CHALLENGE = ChallengeId.of("chl_XKWpocHmch9q3acuBGH1");
  static final dev.walletsdk.model.OfferId OFFER =
      dev.walletsdk.model.OfferId.of("ofr_XKWpocHmch9q3acuBGH1");
  static final dev.walletsdk.model.VoucherId VOUCHER =
      dev.walletsdk.model.VoucherId.of("vch_XKWpocHmch9q3acuBGH1");
  static final String TOKEN_PAYLOAD =
      "WSDKPT1:pqt_XKWpocHmch9q3acuBGH1:1796300822:bnYcK17OLwIMZcMUeJ1-WjahYodYRFKqtwaGeGsp-lrk1Srcay9V4FYmqzsBLr_4oVKP17KPYsZpIHknowvvAQ";

  /** At most this many items are read from a lazily paged list. */
  private static final int MAX_ITEMS = 60;

  static final List<FuzzedOperation> WALLETS =
      List.of(
          new FuzzedOperation(
              "openWallet",
              c -> c.wallets().open(r -> r.displayName("Alice").currency("EUR")),
              c -> c.wallets().open(r -> r.displayName("Alice").currency("EUR"))),
          new FuzzedOperation(
              "listWallets", c -> items(c.wallets().list()), c -> c.wallets().page(null, 25)),
          new FuzzedOperation(
              "getWallet",
              c -> identified(c.wallets().get(ALICE), w -> w.id(), ALICE),
              c -> c.wallets().get(ALICE)),
          new FuzzedOperation(
              "getBalances",
              c -> List.of(c.balances().get(ALICE, CurrencyCode.EUR), c.balances().list(ALICE)),
              c -> c.balances().get(ALICE, CurrencyCode.EUR)));

  static final List<FuzzedOperation> LISTS =
      List.of(
          new FuzzedOperation(
              "listTransactions",
              c -> items(c.transactions().list(q -> q.wallet(ALICE))),
              c -> c.transactions().page(TransactionQuery.builder().wallet(ALICE).build())),
          new FuzzedOperation(
              "listEvents",
              c -> items(c.events().list(EventQuery.builder().build())),
              c -> c.events().page(EventQuery.builder().build())));

  static final List<FuzzedOperation> QUOTES =
      List.of(
          new FuzzedOperation(
              "createQuote",
              c ->
                  c.quotes().create(r -> r.wallet(ALICE).sell(Money.of("10.00", "EUR")).buy("USD")),
              c ->
                  c.quotes()
                      .create(r -> r.wallet(ALICE).sell(Money.of("10.00", "EUR")).buy("USD"))),
          new FuzzedOperation(
              "listQuotes",
              c -> items(c.quotes().list(ALICE)),
              c -> c.quotes().page(ALICE, null, 25)),
          new FuzzedOperation(
              "getQuote",
              c -> identified(c.quotes().get(QUOTE), q -> q.id(), QUOTE),
              c -> c.quotes().get(QUOTE)));

  static final List<FuzzedOperation> PAYMENTS =
      List.of(
          new FuzzedOperation(
              "createPayment",
              c ->
                  c.payments().create(r -> r.wallet(ALICE).merchant(MERCHANT).amount(eur("12.00"))),
              c ->
                  c.payments()
                      .create(r -> r.wallet(ALICE).merchant(MERCHANT).amount(eur("12.00")))),
          new FuzzedOperation(
              "getPayment",
              c -> identified(c.payments().get(PAYMENT), p -> p.id(), PAYMENT),
              c -> c.payments().get(PAYMENT)),
          new FuzzedOperation(
              "refundPayment",
              c -> c.payments().refund(r -> r.payment(PAYMENT)),
              c -> c.payments().refund(r -> r.payment(PAYMENT))));

  static final List<FuzzedOperation> QR =
      List.of(
          new FuzzedOperation(
              "payQrCode",
              c -> c.payments().payQr(r -> r.wallet(ALICE).qr(qr())),
              c -> c.payments().payQr(r -> r.wallet(ALICE).qr(qr()))),
          new FuzzedOperation(
              "createPaymentToken",
              c -> c.payments().createToken(r -> r.wallet(ALICE)),
              c -> c.payments().createToken(r -> r.wallet(ALICE))),
          new FuzzedOperation(
              "getPaymentToken",
              c -> identified(c.payments().getToken(TOKEN), t -> t.id(), TOKEN),
              c -> c.payments().getToken(TOKEN)),
          new FuzzedOperation(
              "redeemPaymentToken",
              c ->
                  c.payments()
                      .redeemToken(
                          r -> r.payload(TOKEN_PAYLOAD).merchant(MERCHANT).amount(eur("3.00"))),
              c ->
                  c.payments()
                      .redeemToken(
                          r -> r.payload(TOKEN_PAYLOAD).merchant(MERCHANT).amount(eur("3.00")))));

  static final List<FuzzedOperation> BILLS =
      List.of(
          new FuzzedOperation(
              "createSplitBill",
              c ->
                  c.splitBills()
                      .create(
                          r ->
                              r.merchant(MERCHANT)
                                  .amount(eur("10.00"))
                                  .percentage(ALICE, new BigDecimal("66.6667"))
                                  .percentage(BOB, new BigDecimal("33.3333"))),
              c ->
                  c.splitBills()
                      .create(
                          r ->
                              r.merchant(MERCHANT)
                                  .amount(eur("10.00"))
                                  .share(ALICE, eur("6.67"))
                                  .share(BOB, eur("3.33")))),
          new FuzzedOperation(
              "getSplitBill",
              c -> identified(c.splitBills().get(SPLIT_BILL), b -> b.id(), SPLIT_BILL),
              c -> c.splitBills().get(SPLIT_BILL)),
          new FuzzedOperation(
              "listBillers", c -> c.billPayments().billers(), c -> c.billPayments().billers()),
          new FuzzedOperation(
              "createBillPayment",
              c -> c.billPayments().create(r -> billPayment(r)),
              c -> c.billPayments().create(r -> billPayment(r))),
          new FuzzedOperation(
              "getBillPayment",
              c -> identified(c.billPayments().get(BILL_PAYMENT), b -> b.id(), BILL_PAYMENT),
              c -> c.billPayments().get(BILL_PAYMENT)),
          new FuzzedOperation(
              "cancelBillPayment",
              c -> identified(c.billPayments().cancel(BILL_PAYMENT), b -> b.id(), BILL_PAYMENT),
              c -> c.billPayments().cancel(BILL_PAYMENT)));

  static final List<FuzzedOperation> REWARDS =
      List.of(
          new FuzzedOperation(
              "getRewardsProgram", c -> c.rewards().program(), c -> c.rewards().program()),
          new FuzzedOperation(
              "getRewardsAccount",
              c -> identified(c.rewards().account(ALICE), a -> a.walletId(), ALICE),
              c -> c.rewards().account(ALICE)),
          new FuzzedOperation(
              "listRewardsHistory",
              c -> items(c.rewards().history(ALICE)),
              c -> c.rewards().history(ALICE, null, 25)),
          new FuzzedOperation(
              "redeemRewards",
              c -> c.rewards().redeem(r -> r.wallet(ALICE).points(200).currency(CurrencyCode.EUR)),
              c -> c.rewards().redeem(r -> r.wallet(ALICE).points(200).currency(CurrencyCode.EUR))),
          new FuzzedOperation(
              "getRedemption",
              c -> identified(c.rewards().redemption(REDEMPTION), r -> r.id(), REDEMPTION),
              c -> c.rewards().redemption(REDEMPTION)));

  static final List<FuzzedOperation> KYC_AND_PRIVACY =
      List.of(
          new FuzzedOperation("listKycLevels", c -> c.kyc().levels(), c -> c.kyc().levels()),
          new FuzzedOperation(
              "upgradeKyc",
              c -> c.kyc().upgrade(r -> r.wallet(CAROL).level(KycLevel.FULL).identity(identity())),
              c -> c.kyc().upgrade(kycUpgrade())),
          new FuzzedOperation(
              "exportData", c -> c.privacy().export(ALICE), c -> c.privacy().export(ALICE)),
          new FuzzedOperation(
              "eraseWallet", c -> c.privacy().erase(CAROL), c -> c.privacy().erase(CAROL)));

  static final List<FuzzedOperation> TRANSFERS =
      List.of(
          new FuzzedOperation(
              "createTransfer",
              c -> c.transfers().create(r -> r.from(ALICE).to(BOB).amount(eur("150.00"))),
              c -> c.transfers().create(r -> r.from(ALICE).to(BOB).amount(eur("150.00")))),
          new FuzzedOperation(
              "getTransfer",
              c -> identified(c.transfers().get(TRANSFER), t -> t.id(), TRANSFER),
              c -> c.transfers().get(TRANSFER)),
          new FuzzedOperation(
              "confirmChallenge",
              c -> c.challenges().confirm(CHALLENGE, "123456"),
              c -> c.challenges().confirm(CHALLENGE, "123456")),
          new FuzzedOperation(
              "getRiskReview",
              c -> identified(c.riskReviews().get(REVIEW), r -> r.id(), REVIEW),
              c -> c.riskReviews().get(REVIEW)));

  static final List<FuzzedOperation> BUDGETS =
      List.of(
          new FuzzedOperation(
              "getSpending",
              c -> items(c.budgets().spending(spending())),
              c -> c.budgets().spendingPage(spending())),
          new FuzzedOperation(
              "createBudget", c -> c.budgets().create(budget()), c -> c.budgets().create(budget())),
          new FuzzedOperation(
              "listBudgets",
              c -> items(c.budgets().list(ALICE)),
              c -> c.budgets().list(ALICE, null, 25)),
          new FuzzedOperation(
              "getBudget",
              c -> identified(c.budgets().get(BUDGET), b -> b.id(), BUDGET),
              c -> c.budgets().get(BUDGET)),
          new FuzzedOperation(
              "changeBudgetAmount",
              c -> c.budgets().changeAmount(BUDGET, eur("75.00")),
              c -> c.budgets().changeAmount(BUDGET, eur("75.00"))),
          new FuzzedOperation(
              "deleteBudget",
              c -> {
                c.budgets().delete(BUDGET);
                return BUDGET;
              },
              c -> c.budgets().delete(BUDGET)));

  static final List<FuzzedOperation> POTS =
      List.of(
          new FuzzedOperation(
              "createPot",
              c -> c.pots().create(r -> r.wallet(ALICE).name("Holiday").currency(CurrencyCode.EUR)),
              c ->
                  c.pots()
                      .create(
                          PotRequest.builder()
                              .wallet(ALICE)
                              .name("Holiday")
                              .currency(CurrencyCode.EUR)
                              .build())),
          new FuzzedOperation(
              "listPots", c -> items(c.pots().list(ALICE)), c -> c.pots().list(ALICE, null, 25)),
          new FuzzedOperation(
              "getPot",
              c -> identified(c.pots().get(POT), p -> p.id(), POT),
              c -> c.pots().get(POT)),
          new FuzzedOperation(
              "renamePot",
              c -> c.pots().rename(POT, "Summer"),
              c -> c.pots().rename(POT, "Summer")),
          new FuzzedOperation("closePot", c -> c.pots().close(POT), c -> c.pots().close(POT)),
          new FuzzedOperation(
              "depositToPot",
              c -> c.pots().deposit(POT, eur("10.00")),
              c -> c.pots().deposit(PotMoveRequest.of(POT, eur("10.00")))),
          new FuzzedOperation(
              "withdrawFromPot",
              c -> c.pots().withdraw(POT, eur("10.00")),
              c -> c.pots().withdraw(PotMoveRequest.of(POT, eur("10.00")))));

  static final List<FuzzedOperation> OFFERS =
      List.of(
          new FuzzedOperation(
              "createOffer", c -> c.offers().create(offer()), c -> c.offers().create(offer())),
          new FuzzedOperation(
              "getOffer",
              c -> identified(c.offers().get(OFFER), o -> o.id(), OFFER),
              c -> c.offers().get(OFFER)),
          new FuzzedOperation(
              "issueVoucher",
              c -> c.offers().issue(OFFER, ALICE),
              c -> c.offers().issue(OFFER, ALICE)),
          new FuzzedOperation(
              "listVouchers",
              c -> items(c.vouchers().list(ALICE)),
              c -> c.vouchers().list(ALICE, null, 25)),
          new FuzzedOperation(
              "getVoucher",
              c -> identified(c.vouchers().get(VOUCHER), v -> v.id(), VOUCHER),
              c -> c.vouchers().get(VOUCHER)));

  static final dev.walletsdk.model.InvoiceId INVOICE =
      dev.walletsdk.model.InvoiceId.of("inv_XKWpocHmch9q3acuBGH1");

  static final List<FuzzedOperation> INVOICES =
      List.of(
          new FuzzedOperation(
              "issueInvoice",
              c -> c.invoices().issue(invoice()),
              c -> c.invoices().issue(invoice())),
          new FuzzedOperation(
              "listInvoices",
              c -> items(c.invoices().list(ALICE)),
              c -> c.invoices().list(ALICE, null, 25)),
          new FuzzedOperation(
              "getInvoice",
              c -> identified(c.invoices().get(INVOICE), i -> i.id(), INVOICE),
              c -> c.invoices().get(INVOICE)),
          new FuzzedOperation(
              "payInvoice",
              c -> c.invoices().pay(dev.walletsdk.model.InvoicePaymentRequest.of(ALICE, INVOICE)),
              c -> c.invoices().pay(dev.walletsdk.model.InvoicePaymentRequest.of(ALICE, INVOICE))),
          new FuzzedOperation(
              "voidInvoice",
              c -> c.invoices().voidInvoice(INVOICE),
              c -> c.invoices().voidInvoice(INVOICE)),
          new FuzzedOperation(
              "creditInvoice",
              c ->
                  c.invoices()
                      .creditNote(dev.walletsdk.model.CreditNoteRequest.of(INVOICE, eur("1.00"))),
              c ->
                  c.invoices()
                      .creditNote(dev.walletsdk.model.CreditNoteRequest.of(INVOICE, eur("1.00")))));

  static final List<FuzzedOperation> MEMBERSHIP =
      List.of(
          new FuzzedOperation(
              "getMembershipTiers", c -> c.membership().tiers(), c -> c.membership().tiers()),
          new FuzzedOperation(
              "getMembership",
              c -> identified(c.membership().get(ALICE), m -> m.walletId(), ALICE),
              c -> c.membership().get(ALICE)));

  static final List<FuzzedOperation> PAYOUT_BATCHES =
      List.of(
          new FuzzedOperation(
              "submitPayoutBatch",
              c -> c.payoutBatches().submit(payoutBatch()),
              c -> c.payoutBatches().submit(payoutBatch())),
          new FuzzedOperation(
              "getPayoutBatch",
              c -> identified(c.payoutBatches().get(PAYOUT_BATCH), b -> b.id(), PAYOUT_BATCH),
              c -> c.payoutBatches().get(PAYOUT_BATCH)),
          new FuzzedOperation(
              "listPayoutBatchItems",
              c -> items(c.payoutBatches().items(PAYOUT_BATCH)),
              c -> c.payoutBatches().items(PAYOUT_BATCH, null, 25)));

  private static dev.walletsdk.model.PayoutBatchRequest payoutBatch() {
    return dev.walletsdk.model.PayoutBatchRequest.builder()
        .wallet(ALICE)
        .currency(CurrencyCode.EUR)
        .items(List.of(dev.walletsdk.model.PayoutItem.of("salary-1", BOB, eur("10.00"))))
        .build();
  }

  static final List<FuzzedOperation> KEYS =
      List.of(new FuzzedOperation("listKeys", c -> c.keys().list(), c -> c.keys().list()));

  private ContractOperations() {}

  private static dev.walletsdk.model.OfferRequest offer() {
    return dev.walletsdk.model.OfferRequest.builder()
        .merchant(dev.walletsdk.model.MerchantId.of("mer_demo"))
        .title("Spring deal")
        .currency(CurrencyCode.EUR)
        .percentOff(10)
        .validUntil(java.time.Instant.parse("2026-12-24T10:00:00Z"))
        .build();
  }

  private static dev.walletsdk.model.InvoiceRequest invoice() {
    return dev.walletsdk.model.InvoiceRequest.builder()
        .wallet(ALICE)
        .currency(CurrencyCode.EUR)
        .line(dev.walletsdk.model.InvoiceLineRequest.of("Design", 2, eur("12.50"), 1900))
        .dueDate(java.time.LocalDate.of(2026, 12, 31))
        .build();
  }

  private static SpendingQuery spending() {
    return SpendingQuery.builder()
        .wallet(ALICE)
        .period(SpendingPeriod.MONTH)
        .currency(CurrencyCode.EUR)
        .build();
  }

  private static BudgetRequest budget() {
    return BudgetRequest.builder()
        .wallet(ALICE)
        .category("5411")
        .period(SpendingPeriod.MONTH)
        .amount(eur("50.00"))
        .build();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Reads at most {@link #MAX_ITEMS} items, fetching the pages that takes. */
  private static <T> List<T> items(PagedIterable<T> list) {
    return list.stream().limit(MAX_ITEMS).toList();
  }

  /** A resource asked for by id is that resource. */
  private static <T, I> T identified(T resource, Function<T, I> id, I expected) {
    assertThat(id.apply(resource)).isEqualTo(expected);
    return resource;
  }

  private static MerchantQr qr() {
    return MerchantQr.builder()
        .pointOfInitiation(PointOfInitiation.DYNAMIC)
        .merchantAccount(MerchantAccount.walletMerchant(MERCHANT))
        .merchantCategoryCode("5812")
        .amount(eur("7.50"))
        .countryCode("DE")
        .merchantName("Demo Merchant")
        .merchantCity("Berlin")
        .build();
  }

  private static void billPayment(dev.walletsdk.model.BillPaymentRequest.Builder r) {
    r.wallet(ALICE)
        .biller(BillerId.of("blr_citypower"))
        .customerReference("0012345678")
        .amount(eur("20.00"));
  }

  private static KycUpgradeRequest kycUpgrade() {
    return KycUpgradeRequest.builder()
        .wallet(CAROL)
        .level(KycLevel.FULL)
        .identity(identity())
        .build();
  }

  private static Identity identity() {
    return Identity.builder()
        .fullName("Alice Example")
        .dateOfBirth(LocalDate.of(1990, 1, 1))
        .nationalId("X1234567")
        .address(
            Address.builder()
                .line1("Main Street 1")
                .city("Berlin")
                .postalCode("10115")
                .country("DE")
                .build())
        .build();
  }
}
