/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.ApiResponse;
import dev.walletsdk.client.AsyncBalances;
import dev.walletsdk.client.AsyncBillPayments;
import dev.walletsdk.client.AsyncChallenges;
import dev.walletsdk.client.AsyncEvents;
import dev.walletsdk.client.AsyncKyc;
import dev.walletsdk.client.AsyncPayments;
import dev.walletsdk.client.AsyncPrivacy;
import dev.walletsdk.client.AsyncQuotes;
import dev.walletsdk.client.AsyncRewards;
import dev.walletsdk.client.AsyncRiskReviews;
import dev.walletsdk.client.AsyncServerKeys;
import dev.walletsdk.client.AsyncSplitBills;
import dev.walletsdk.client.AsyncTransactions;
import dev.walletsdk.client.AsyncTransfers;
import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.AsyncWallets;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.client.internal.pipeline.ResponseCapture;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillPaymentRequest;
import dev.walletsdk.model.Biller;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.KycTier;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.KycVerification;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.PaymentTokenId;
import dev.walletsdk.model.PaymentTokenRequest;
import dev.walletsdk.model.QrPaymentRequest;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.QuoteRequest;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RefundRequest;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsProgram;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.SplitBillRequest;
import dev.walletsdk.model.TokenRedemptionRequest;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferRequest;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous resources: each method builds its {@link Operations} call on the calling thread
 * (so invalid arguments throw at once) and runs it on the pipeline on the async executor.
 */
final class AsyncResources implements AsyncWalletClient {
  private final Calls calls;

  AsyncResources(Pipeline pipeline) {
    this.calls = new Calls(pipeline);
  }

  /** Admits a call on the calling thread, then runs it on the executor as a cancellable future. */
  record Calls(Pipeline pipeline) {
    <T> CompletableFuture<T> submit(ApiCall<T> call) {
      pipeline.admit(call);
      return CancellableCall.submit(
          () -> pipeline.executeAdmitted(call),
          pipeline.config().asyncExecutor(),
          pipeline.config().taskDecorators(),
          "call " + call.operation());
    }
  }

  @Override
  public AsyncWalletClient withOptions(Consumer<WalletClient.Options> options) {
    Pipeline pipeline = calls.pipeline();
    DerivedOptions derived = new DerivedOptions(pipeline.config(), pipeline.scope());
    Objects.requireNonNull(options, "options").accept(derived);
    return new AsyncResources(new Pipeline(derived.apply(), derived.scope()));
  }

  @Override
  public <T> CompletableFuture<ApiResponse<T>> withResponse(
      Function<? super AsyncWalletClient, ? extends CompletableFuture<? extends T>> call) {
    Objects.requireNonNull(call, "call");
    Pipeline pipeline = calls.pipeline();
    ResponseCapture capture = ResponseViews.newCapture(pipeline);
    AsyncResources view =
        new AsyncResources(new Pipeline(pipeline.config(), pipeline.scope().capturing(capture)));
    CompletableFuture<? extends T> future;
    try {
      future = call.apply(view);
    } finally {
      capture.close();
    }
    capture.requireCall();
    return ResponseViews.whenDone(
        Objects.requireNonNull(future, "the future returned by call"), capture);
  }

  @Override
  public AsyncWallets wallets() {
    return new Wallets(calls);
  }

  @Override
  public AsyncBalances balances() {
    return new Balances(calls);
  }

  @Override
  public AsyncQuotes quotes() {
    return new Quotes(calls);
  }

  @Override
  public AsyncRewards rewards() {
    return new RewardsResource(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncBudgets budgets() {
    return new BudgetResources.Async(calls);
  }

  @Override
  public AsyncRiskReviews riskReviews() {
    return id -> calls.submit(Operations.getRiskReview(Objects.requireNonNull(id, "id")));
  }

  @Override
  public dev.walletsdk.client.AsyncPots pots() {
    return new PotResources.Async(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncOffers offers() {
    return new OfferResources.AsyncOffersOver(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncVouchers vouchers() {
    return new OfferResources.AsyncVouchersOver(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncInvoices invoices() {
    return new InvoiceResources.Async(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncMembership membership() {
    return new MembershipResources.Async(calls);
  }

  @Override
  public dev.walletsdk.client.AsyncPayoutBatches payoutBatches() {
    return new PayoutBatchResources.Async(calls);
  }

  @Override
  public AsyncPayments payments() {
    return new Payments(calls);
  }

  @Override
  public AsyncSplitBills splitBills() {
    return new SplitBills(calls);
  }

  @Override
  public AsyncKyc kyc() {
    return new Kyc(calls);
  }

  @Override
  public AsyncPrivacy privacy() {
    return new Privacy(calls);
  }

  @Override
  public AsyncBillPayments billPayments() {
    return new BillPayments(calls);
  }

  @Override
  public AsyncTransfers transfers() {
    return new Transfers(calls);
  }

  @Override
  public AsyncChallenges challenges() {
    return new Challenges(calls);
  }

  @Override
  public AsyncTransactions transactions() {
    return query -> calls.submit(Operations.transactions(Objects.requireNonNull(query, "query")));
  }

  @Override
  public AsyncEvents events() {
    return query -> calls.submit(Operations.events(Objects.requireNonNull(query, "query")));
  }

  @Override
  public AsyncServerKeys keys() {
    return () -> calls.submit(Operations.keys());
  }

  private record Wallets(Calls calls) implements AsyncWallets {
    @Override
    public CompletableFuture<Wallet> open(OpenWalletRequest request) {
      return calls.submit(Operations.openWallet(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Wallet> get(WalletId id) {
      return calls.submit(Operations.getWallet(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Page<Wallet>> page(@Nullable String cursor, int limit) {
      return calls.submit(Operations.listWallets(cursor, PageLimits.check(limit)));
    }
  }

  private record Balances(Calls calls) implements AsyncBalances {
    @Override
    public CompletableFuture<List<Balance>> list(WalletId wallet) {
      return calls.submit(Operations.balances(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public CompletableFuture<Balance> get(WalletId wallet, CurrencyCode currency) {
      return calls.submit(
          Operations.balance(
              Objects.requireNonNull(wallet, "wallet"),
              Objects.requireNonNull(currency, "currency")));
    }
  }

  private record Quotes(Calls calls) implements AsyncQuotes {
    @Override
    public CompletableFuture<Quote> create(QuoteRequest request) {
      return calls.submit(Operations.createQuote(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Quote> get(QuoteId id) {
      return calls.submit(Operations.getQuote(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Page<Quote>> page(
        WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          Operations.listQuotes(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }
  }

  private record Payments(Calls calls) implements AsyncPayments {
    @Override
    public CompletableFuture<Payment> create(PaymentRequest request) {
      return calls.submit(Operations.createPayment(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Payment> get(PaymentId id) {
      return calls.submit(Operations.getPayment(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Refund> refund(RefundRequest request) {
      return calls.submit(Operations.refund(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Payment> payQr(QrPaymentRequest request) {
      return calls.submit(Operations.payQr(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<PaymentToken> createToken(PaymentTokenRequest request) {
      return calls.submit(Operations.createToken(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<PaymentToken> getToken(PaymentTokenId id) {
      return calls.submit(Operations.getToken(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Payment> redeemToken(TokenRedemptionRequest request) {
      return calls.submit(Operations.redeemToken(Objects.requireNonNull(request, "request")));
    }
  }

  private record SplitBills(Calls calls) implements AsyncSplitBills {
    @Override
    public CompletableFuture<SplitBill> create(SplitBillRequest request) {
      return calls.submit(Operations.createSplitBill(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<SplitBill> get(SplitBillId id) {
      return calls.submit(Operations.getSplitBill(Objects.requireNonNull(id, "id")));
    }
  }

  private record Kyc(Calls calls) implements AsyncKyc {
    @Override
    public CompletableFuture<List<KycTier>> levels() {
      return calls.submit(Operations.kycLevels());
    }

    @Override
    public CompletableFuture<KycVerification> upgrade(KycUpgradeRequest request) {
      return calls.submit(Operations.upgradeKyc(Objects.requireNonNull(request, "request")));
    }
  }

  private record Privacy(Calls calls) implements AsyncPrivacy {
    @Override
    public CompletableFuture<DataExport> export(WalletId wallet) {
      return calls.submit(Operations.exportData(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public CompletableFuture<Erasure> erase(WalletId wallet) {
      return calls.submit(Operations.erase(Objects.requireNonNull(wallet, "wallet")));
    }
  }

  private record BillPayments(Calls calls) implements AsyncBillPayments {
    @Override
    public CompletableFuture<List<Biller>> billers() {
      return calls.submit(Operations.billers());
    }

    @Override
    public CompletableFuture<BillPayment> create(BillPaymentRequest request) {
      return calls.submit(Operations.createBillPayment(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<BillPayment> get(BillPaymentId id) {
      return calls.submit(Operations.getBillPayment(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<BillPayment> cancel(BillPaymentId id) {
      return calls.submit(Operations.cancelBillPayment(Objects.requireNonNull(id, "id")));
    }
  }

  private record RewardsResource(Calls calls) implements AsyncRewards {
    @Override
    public CompletableFuture<RewardsProgram> program() {
      return calls.submit(Operations.rewardsProgram());
    }

    @Override
    public CompletableFuture<RewardsAccount> account(WalletId wallet) {
      return calls.submit(Operations.rewardsAccount(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public CompletableFuture<Page<RewardsEntry>> history(
        WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          Operations.rewardsHistory(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }

    @Override
    public CompletableFuture<RewardsRedemption> redeem(RedemptionRequest request) {
      return calls.submit(Operations.redeem(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<RewardsRedemption> redemption(RedemptionId id) {
      return calls.submit(Operations.getRedemption(Objects.requireNonNull(id, "id")));
    }
  }

  private record Transfers(Calls calls) implements AsyncTransfers {
    @Override
    public CompletableFuture<Transfer> create(TransferRequest request) {
      return calls.submit(Operations.createTransfer(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Transfer> get(TransferId id) {
      return calls.submit(Operations.getTransfer(Objects.requireNonNull(id, "id")));
    }
  }

  private record Challenges(Calls calls) implements AsyncChallenges {
    @Override
    public CompletableFuture<ChallengeResult> confirm(Challenge challenge, String otp) {
      return confirm(Objects.requireNonNull(challenge, "challenge").id(), otp);
    }

    @Override
    public CompletableFuture<ChallengeResult> confirm(ChallengeId challenge, String otp) {
      return calls.submit(
          Operations.confirmChallenge(
              Objects.requireNonNull(challenge, "challenge"), OneTimePasswords.check(otp)));
    }
  }
}
