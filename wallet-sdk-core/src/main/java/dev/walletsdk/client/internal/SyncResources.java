/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.Balances;
import dev.walletsdk.client.BillPayments;
import dev.walletsdk.client.Challenges;
import dev.walletsdk.client.Events;
import dev.walletsdk.client.Kyc;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.Payments;
import dev.walletsdk.client.Privacy;
import dev.walletsdk.client.Quotes;
import dev.walletsdk.client.Rewards;
import dev.walletsdk.client.RiskReviews;
import dev.walletsdk.client.ServerKeys;
import dev.walletsdk.client.SplitBills;
import dev.walletsdk.client.Transactions;
import dev.walletsdk.client.Transfers;
import dev.walletsdk.client.Wallets;
import dev.walletsdk.client.internal.pipeline.Pipeline;
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
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventQuery;
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
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionQuery;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferRequest;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The synchronous resources: each method runs one {@link Operations} call on the pipeline and
 * blocks until it completes.
 */
final class SyncResources {
  static final int DEFAULT_PAGE_SIZE = 25;

  final Wallets wallets;
  final Balances balances;
  final Quotes quotes;
  final Payments payments;
  final SplitBills splitBills;
  final BillPayments billPayments;
  final Rewards rewards;
  final dev.walletsdk.client.Budgets budgets;
  final RiskReviews riskReviews;
  final Kyc kyc;
  final Privacy privacy;
  final Transfers transfers;
  final Challenges challenges;
  final Transactions transactions;
  final Events events;
  final ServerKeys keys;
  final PotResources.Sync pots;
  final OfferResources.SyncOffers offers;
  final OfferResources.SyncVouchers vouchers;
  final InvoiceResources.Sync invoices;
  final MembershipResources.Sync membership;
  final PayoutBatchResources.Sync payoutBatches;

  SyncResources(Pipeline pipeline) {
    this.wallets = new WalletsResource(pipeline);
    this.balances = new BalancesResource(pipeline);
    this.quotes = new QuotesResource(pipeline);
    this.payments = new PaymentsResource(pipeline);
    this.splitBills = new SplitBillsResource(pipeline);
    this.billPayments = new BillPaymentsResource(pipeline);
    this.rewards = new RewardsResource(pipeline);
    this.budgets = new BudgetResources.Sync(pipeline);
    this.riskReviews =
        id -> pipeline.execute(Operations.getRiskReview(Objects.requireNonNull(id, "id")));
    this.kyc = new KycResource(pipeline);
    this.privacy = new PrivacyResource(pipeline);
    this.transfers = new TransfersResource(pipeline);
    this.challenges = new ChallengesResource(pipeline);
    this.transactions = new TransactionsResource(pipeline);
    this.events = new EventsResource(pipeline);
    this.keys = () -> pipeline.execute(Operations.keys());
    this.pots = new PotResources.Sync(pipeline);
    this.offers = new OfferResources.SyncOffers(pipeline);
    this.vouchers = new OfferResources.SyncVouchers(pipeline);
    this.invoices = new InvoiceResources.Sync(pipeline);
    this.membership = new MembershipResources.Sync(pipeline);
    this.payoutBatches = new PayoutBatchResources.Sync(pipeline);
  }

  private record WalletsResource(Pipeline pipeline) implements Wallets {
    @Override
    public Wallet open(OpenWalletRequest request) {
      return pipeline.execute(Operations.openWallet(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Wallet get(WalletId id) {
      return pipeline.execute(Operations.getWallet(Objects.requireNonNull(id, "id")));
    }

    @Override
    public PagedIterable<Wallet> list() {
      return new LazyPagedIterable<>(cursor -> page(cursor, DEFAULT_PAGE_SIZE));
    }

    @Override
    public Page<Wallet> page(@Nullable String cursor, int limit) {
      return pipeline.execute(Operations.listWallets(cursor, PageLimits.check(limit)));
    }
  }

  private record BalancesResource(Pipeline pipeline) implements Balances {
    @Override
    public List<Balance> list(WalletId wallet) {
      return pipeline.execute(Operations.balances(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public Balance get(WalletId wallet, CurrencyCode currency) {
      return pipeline.execute(
          Operations.balance(
              Objects.requireNonNull(wallet, "wallet"),
              Objects.requireNonNull(currency, "currency")));
    }
  }

  private record QuotesResource(Pipeline pipeline) implements Quotes {
    @Override
    public Quote create(QuoteRequest request) {
      return pipeline.execute(Operations.createQuote(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Quote get(QuoteId id) {
      return pipeline.execute(Operations.getQuote(Objects.requireNonNull(id, "id")));
    }

    @Override
    public PagedIterable<Quote> list(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor -> pipeline.execute(Operations.listQuotes(wallet, cursor, DEFAULT_PAGE_SIZE)));
    }
  }

  private record PaymentsResource(Pipeline pipeline) implements Payments {
    @Override
    public Payment create(PaymentRequest request) {
      return pipeline.execute(Operations.createPayment(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Payment get(PaymentId id) {
      return pipeline.execute(Operations.getPayment(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Refund refund(RefundRequest request) {
      return pipeline.execute(Operations.refund(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Payment payQr(QrPaymentRequest request) {
      return pipeline.execute(Operations.payQr(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PaymentToken createToken(PaymentTokenRequest request) {
      return pipeline.execute(Operations.createToken(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PaymentToken getToken(PaymentTokenId id) {
      return pipeline.execute(Operations.getToken(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Payment redeemToken(TokenRedemptionRequest request) {
      return pipeline.execute(Operations.redeemToken(Objects.requireNonNull(request, "request")));
    }
  }

  private record SplitBillsResource(Pipeline pipeline) implements SplitBills {
    @Override
    public SplitBill create(SplitBillRequest request) {
      return pipeline.execute(
          Operations.createSplitBill(Objects.requireNonNull(request, "request")));
    }

    @Override
    public SplitBill get(SplitBillId id) {
      return pipeline.execute(Operations.getSplitBill(Objects.requireNonNull(id, "id")));
    }
  }

  private record KycResource(Pipeline pipeline) implements Kyc {
    @Override
    public List<KycTier> levels() {
      return pipeline.execute(Operations.kycLevels());
    }

    @Override
    public KycVerification upgrade(KycUpgradeRequest request) {
      return pipeline.execute(Operations.upgradeKyc(Objects.requireNonNull(request, "request")));
    }
  }

  private record PrivacyResource(Pipeline pipeline) implements Privacy {
    @Override
    public DataExport export(WalletId wallet) {
      return pipeline.execute(Operations.exportData(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public Erasure erase(WalletId wallet) {
      return pipeline.execute(Operations.erase(Objects.requireNonNull(wallet, "wallet")));
    }
  }

  private record BillPaymentsResource(Pipeline pipeline) implements BillPayments {
    @Override
    public List<Biller> billers() {
      return pipeline.execute(Operations.billers());
    }

    @Override
    public BillPayment create(BillPaymentRequest request) {
      return pipeline.execute(
          Operations.createBillPayment(Objects.requireNonNull(request, "request")));
    }

    @Override
    public BillPayment get(BillPaymentId id) {
      return pipeline.execute(Operations.getBillPayment(Objects.requireNonNull(id, "id")));
    }

    @Override
    public BillPayment cancel(BillPaymentId id) {
      return pipeline.execute(Operations.cancelBillPayment(Objects.requireNonNull(id, "id")));
    }
  }

  private record RewardsResource(Pipeline pipeline) implements Rewards {
    @Override
    public RewardsProgram program() {
      return pipeline.execute(Operations.rewardsProgram());
    }

    @Override
    public RewardsAccount account(WalletId wallet) {
      return pipeline.execute(Operations.rewardsAccount(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public PagedIterable<RewardsEntry> history(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor -> pipeline.execute(Operations.rewardsHistory(wallet, cursor, DEFAULT_PAGE_SIZE)));
    }

    @Override
    public RewardsRedemption redeem(RedemptionRequest request) {
      return pipeline.execute(Operations.redeem(Objects.requireNonNull(request, "request")));
    }

    @Override
    public RewardsRedemption redemption(RedemptionId id) {
      return pipeline.execute(Operations.getRedemption(Objects.requireNonNull(id, "id")));
    }
  }

  private record TransfersResource(Pipeline pipeline) implements Transfers {
    @Override
    public Transfer create(TransferRequest request) {
      return pipeline.execute(
          Operations.createTransfer(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Transfer get(TransferId id) {
      return pipeline.execute(Operations.getTransfer(Objects.requireNonNull(id, "id")));
    }
  }

  private record ChallengesResource(Pipeline pipeline) implements Challenges {
    @Override
    public ChallengeResult confirm(Challenge challenge, String otp) {
      return confirm(Objects.requireNonNull(challenge, "challenge").id(), otp);
    }

    @Override
    public ChallengeResult confirm(ChallengeId challenge, String otp) {
      return pipeline.execute(
          Operations.confirmChallenge(
              Objects.requireNonNull(challenge, "challenge"), OneTimePasswords.check(otp)));
    }
  }

  private record TransactionsResource(Pipeline pipeline) implements Transactions {
    @Override
    public PagedIterable<Transaction> list(TransactionQuery query) {
      Objects.requireNonNull(query, "query");
      return new LazyPagedIterable<>(cursor -> page(query.withCursor(cursor)));
    }

    @Override
    public Page<Transaction> page(TransactionQuery query) {
      return pipeline.execute(Operations.transactions(Objects.requireNonNull(query, "query")));
    }
  }

  private record EventsResource(Pipeline pipeline) implements Events {
    @Override
    public PagedIterable<Event> list(EventQuery query) {
      Objects.requireNonNull(query, "query");
      return new LazyPagedIterable<>(
          cursor -> page(cursor == null ? query : query.withAfter(EventId.of(cursor))));
    }

    @Override
    public Page<Event> page(EventQuery query) {
      return pipeline.execute(Operations.events(Objects.requireNonNull(query, "query")));
    }
  }
}
