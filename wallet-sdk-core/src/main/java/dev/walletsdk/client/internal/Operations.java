/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.RequestWriters;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.client.internal.json.RiskReaders;
import dev.walletsdk.client.internal.json.StreamingReaders;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.client.internal.pipeline.ApiCall.ReceiptAt;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillPaymentRequest;
import dev.walletsdk.model.Biller;
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
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.ServerKey;
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
import org.jspecify.annotations.Nullable;

/**
 * Every operation of Wallet API v1 as an {@link ApiCall}: method, path, body and reader, in one
 * place for the synchronous and asynchronous resources alike.
 */
public final class Operations {
  private Operations() {}

  static ApiCall<Wallet> openWallet(OpenWalletRequest request) {
    return ApiCall.<Wallet>post("wallets.open", "/v1/wallets", RequestWriters.openWallet(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .sensitiveRequired(RequestWriters.IDENTITY_POINTERS)
        .reading("wallet", ModelReaders::wallet);
  }

  static ApiCall<List<KycTier>> kycLevels() {
    return ApiCall.<List<KycTier>>get("kyc.levels", "/v1/kyc/levels")
        .reading("list", json -> ModelReaders.page(json, ModelReaders::kycTier).data());
  }

  static ApiCall<KycVerification> upgradeKyc(KycUpgradeRequest request) {
    return ApiCall.<KycVerification>post(
            "kyc.upgrade",
            "/v1/wallets/" + request.walletId().value() + "/kyc",
            RequestWriters.kycUpgrade(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .sensitiveRequired(RequestWriters.IDENTITY_POINTERS)
        .identifiedBy("walletId", request.walletId().value())
        .reading("kyc_verification", ModelReaders::kycVerification);
  }

  static ApiCall<DataExport> exportData(WalletId wallet) {
    return ApiCall.<DataExport>post(
            "privacy.export",
            "/v1/wallets/" + wallet.value() + "/data-export",
            RequestWriters.empty())
        .identifiedBy("walletId", wallet.value())
        .readingWithBody("data_export", ModelReaders::dataExport);
  }

  static ApiCall<Erasure> erase(WalletId wallet) {
    return ApiCall.<Erasure>post(
            "privacy.erase", "/v1/wallets/" + wallet.value() + "/erasure", RequestWriters.empty())
        .identifiedBy("walletId", wallet.value())
        .reading("erasure", ModelReaders::erasure);
  }

  static ApiCall<Wallet> getWallet(WalletId id) {
    return ApiCall.<Wallet>get("wallets.get", "/v1/wallets/" + id.value())
        .identifiedBy("id", id.value())
        .reading("wallet", ModelReaders::wallet);
  }

  static ApiCall<Page<Wallet>> listWallets(@Nullable String cursor, int limit) {
    return ApiCall.<Page<Wallet>>get("wallets.list", "/v1/wallets")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ModelReaders.page(json, ModelReaders::wallet));
  }

  static ApiCall<List<Balance>> balances(WalletId wallet) {
    return ApiCall.<List<Balance>>get(
            "balances.list", "/v1/wallets/" + wallet.value() + "/balances")
        .identifiedBy("walletId", wallet.value())
        .reading("balances", ModelReaders::balances);
  }

  static ApiCall<Balance> balance(WalletId wallet, CurrencyCode currency) {
    return ApiCall.<Balance>get("balances.get", "/v1/wallets/" + wallet.value() + "/balances")
        .identifiedBy("walletId", wallet.value())
        .query("currency", currency.code())
        .reading(
            "balances",
            json ->
                ModelReaders.balances(json).stream()
                    .filter(balance -> balance.currency() == currency)
                    .findFirst()
                    .orElseGet(() -> Balance.zero(wallet, currency)));
  }

  static ApiCall<Quote> createQuote(QuoteRequest request) {
    return ApiCall.<Quote>post("quotes.create", "/v1/quotes", RequestWriters.quote(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .reading("quote", ModelReaders::quote);
  }

  static ApiCall<Quote> getQuote(QuoteId id) {
    return ApiCall.<Quote>get("quotes.get", "/v1/quotes/" + id.value())
        .identifiedBy("id", id.value())
        .reading("quote", ModelReaders::quote);
  }

  static ApiCall<Page<Quote>> listQuotes(WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<Quote>>get("quotes.list", "/v1/quotes")
        .query("walletId", wallet.value())
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ModelReaders.page(json, ModelReaders::quote));
  }

  static ApiCall<Payment> createPayment(PaymentRequest request) {
    return ApiCall.<Payment>post("payments.create", "/v1/payments", RequestWriters.payment(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .stepUpEligible()
        .receipt(ReceiptAt.ROOT)
        .reading("payment", ModelReaders::payment);
  }

  static ApiCall<Payment> getPayment(PaymentId id) {
    return ApiCall.<Payment>get("payments.get", "/v1/payments/" + id.value())
        .identifiedBy("id", id.value())
        .receipt(ReceiptAt.ROOT)
        .reading("payment", ModelReaders::payment);
  }

  static ApiCall<Refund> refund(RefundRequest request) {
    return ApiCall.<Refund>post(
            "payments.refund",
            "/v1/payments/" + request.paymentId().value() + "/refunds",
            RequestWriters.refund(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .receipt(ReceiptAt.ROOT)
        .reading("refund", ModelReaders::refund);
  }

  static ApiCall<Payment> payQr(QrPaymentRequest request) {
    return ApiCall.<Payment>post(
            "payments.payQr", "/v1/qr/payments", RequestWriters.qrPayment(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .stepUpEligible()
        .receipt(ReceiptAt.ROOT)
        .reading("payment", ModelReaders::payment);
  }

  static ApiCall<PaymentToken> createToken(PaymentTokenRequest request) {
    return ApiCall.<PaymentToken>post(
            "payments.createToken", "/v1/qr/tokens", RequestWriters.paymentToken(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .reading("payment_token", ModelReaders::paymentToken);
  }

  static ApiCall<PaymentToken> getToken(PaymentTokenId id) {
    return ApiCall.<PaymentToken>get("payments.getToken", "/v1/qr/tokens/" + id.value())
        .identifiedBy("id", id.value())
        .reading("payment_token", ModelReaders::paymentToken);
  }

  static ApiCall<Payment> redeemToken(TokenRedemptionRequest request) {
    return ApiCall.<Payment>post(
            "payments.redeemToken", "/v1/qr/tokens/redeem", RequestWriters.redemption(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .receipt(ReceiptAt.ROOT)
        .reading("payment", ModelReaders::payment);
  }

  static ApiCall<SplitBill> createSplitBill(SplitBillRequest request) {
    return ApiCall.<SplitBill>post(
            "splitBills.create", "/v1/split-bills", RequestWriters.splitBill(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .receipt(ReceiptAt.ROOT)
        .reading("split_bill", ModelReaders::splitBill);
  }

  static ApiCall<SplitBill> getSplitBill(SplitBillId id) {
    return ApiCall.<SplitBill>get("splitBills.get", "/v1/split-bills/" + id.value())
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("id", id.value())
        .reading("split_bill", ModelReaders::splitBill);
  }

  static ApiCall<List<Biller>> billers() {
    return ApiCall.<List<Biller>>get("billPayments.billers", "/v1/billers")
        .reading("list", json -> ModelReaders.page(json, ModelReaders::biller).data());
  }

  static ApiCall<BillPayment> createBillPayment(BillPaymentRequest request) {
    return ApiCall.<BillPayment>post(
            "billPayments.create", "/v1/bill-payments", RequestWriters.billPayment(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .stepUpEligible()
        .receipt(ReceiptAt.ROOT)
        .reading("bill_payment", ModelReaders::billPayment);
  }

  static ApiCall<BillPayment> getBillPayment(BillPaymentId id) {
    return ApiCall.<BillPayment>get("billPayments.get", "/v1/bill-payments/" + id.value())
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("id", id.value())
        .reading("bill_payment", ModelReaders::billPayment);
  }

  static ApiCall<BillPayment> cancelBillPayment(BillPaymentId id) {
    return ApiCall.<BillPayment>post(
            "billPayments.cancel",
            "/v1/bill-payments/" + id.value() + "/cancel",
            RequestWriters.empty())
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("id", id.value())
        .reading("bill_payment", ModelReaders::billPayment);
  }

  static ApiCall<RewardsProgram> rewardsProgram() {
    return ApiCall.<RewardsProgram>get("rewards.program", "/v1/rewards/program")
        .reading("rewards_program", ModelReaders::rewardsProgram);
  }

  static ApiCall<RewardsAccount> rewardsAccount(WalletId wallet) {
    return ApiCall.<RewardsAccount>get(
            "rewards.account", "/v1/wallets/" + wallet.value() + "/rewards")
        .identifiedBy("walletId", wallet.value())
        .reading("rewards_account", ModelReaders::rewardsAccount);
  }

  static ApiCall<Page<RewardsEntry>> rewardsHistory(
      WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<RewardsEntry>>get(
            "rewards.history", "/v1/wallets/" + wallet.value() + "/rewards/history")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading(
            "list", json -> ofWallet(wallet, ModelReaders.page(json, ModelReaders::rewardsEntry)));
  }

  /** Refuses a history page holding an entry of another wallet than the one asked for. */
  private static Page<RewardsEntry> ofWallet(WalletId wallet, Page<RewardsEntry> page) {
    for (RewardsEntry entry : page.data()) {
      if (!entry.walletId().equals(wallet)) {
        throw new ResponseFormatException(
            "expected rewards entries of wallet \""
                + wallet.value()
                + "\" but got "
                + ServerText.of(entry.id().value())
                + " of wallet \""
                + ServerText.of(entry.walletId().value())
                + "\"");
      }
    }
    return page;
  }

  static ApiCall<RewardsRedemption> redeem(RedemptionRequest request) {
    return ApiCall.<RewardsRedemption>post(
            "rewards.redeem", "/v1/rewards/redemptions", RequestWriters.redemption(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .receipt(ReceiptAt.ROOT)
        .reading("rewards_redemption", ModelReaders::redemption);
  }

  static ApiCall<RewardsRedemption> getRedemption(RedemptionId id) {
    return ApiCall.<RewardsRedemption>get(
            "rewards.redemption", "/v1/rewards/redemptions/" + id.value())
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("id", id.value())
        .reading("rewards_redemption", ModelReaders::redemption);
  }

  static ApiCall<RiskReview> getRiskReview(RiskReviewId id) {
    return ApiCall.<RiskReview>get("riskReviews.get", "/v1/risk/reviews/" + id.value())
        .identifiedBy("id", id.value())
        .reading("risk_review", RiskReaders::review);
  }

  static ApiCall<Transfer> createTransfer(TransferRequest request) {
    return ApiCall.<Transfer>post(
            "transfers.create", "/v1/transfers", RequestWriters.transfer(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .sensitive(RequestWriters.ACCOUNT_NUMBER_POINTER)
        .stepUpEligible()
        .receipt(ReceiptAt.ROOT)
        .streaming(StreamingReaders::transfer)
        .reading("transfer", ModelReaders::transfer);
  }

  static ApiCall<Transfer> getTransfer(TransferId id) {
    return ApiCall.<Transfer>get("transfers.get", "/v1/transfers/" + id.value())
        .identifiedBy("id", id.value())
        .receipt(ReceiptAt.ROOT)
        .reading("transfer", ModelReaders::transfer);
  }

  static ApiCall<ChallengeResult> confirmChallenge(ChallengeId id, String otp) {
    return Pipeline.confirmation(
        id,
        otp,
        json ->
            ChallengeResult.of(
                ModelReaders.challenge(json.object("challenge")),
                ModelReaders.resource(json.object("result"))));
  }

  static ApiCall<Page<Transaction>> transactions(TransactionQuery query) {
    return ApiCall.<Page<Transaction>>get(
            "transactions.list", "/v1/wallets/" + query.walletId().value() + "/transactions")
        .query("cursor", query.cursor().orElse(null))
        .query("limit", query.limit())
        .query("since", query.since().orElse(null))
        .query("until", query.until().orElse(null))
        .reading("list", json -> ModelReaders.page(json, ModelReaders::transaction));
  }

  static ApiCall<Page<Event>> events(EventQuery query) {
    return ApiCall.<Page<Event>>get("events.list", "/v1/events")
        .query("after", query.after().map(EventId::value).orElse(null))
        .query("limit", query.limit())
        .reading("list", json -> ModelReaders.page(json, ModelReaders::event));
  }

  static ApiCall<List<ServerKey>> keys() {
    return ApiCall.<List<ServerKey>>get("keys.list", "/v1/keys")
        .reading("key_set", ModelReaders::keys);
  }
}
