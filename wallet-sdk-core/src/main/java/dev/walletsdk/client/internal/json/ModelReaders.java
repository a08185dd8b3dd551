/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.BankAccountSummary;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillPaymentRun;
import dev.walletsdk.model.BillPaymentStatus;
import dev.walletsdk.model.Biller;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.ChallengeMethod;
import dev.walletsdk.model.ChallengeStatus;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.DataExportSummary;
import dev.walletsdk.model.Direction;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.FixedSide;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.KycLimit;
import dev.walletsdk.model.KycTier;
import dev.walletsdk.model.KycVerification;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentStatus;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.PaymentTokenId;
import dev.walletsdk.model.PaymentTokenStatus;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.QuoteStatus;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.Recurrence;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RedemptionRate;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RefundId;
import dev.walletsdk.model.RefundStatus;
import dev.walletsdk.model.Resource;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsEntryId;
import dev.walletsdk.model.RewardsEntryType;
import dev.walletsdk.model.RewardsProgram;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.SplitBillStatus;
import dev.walletsdk.model.SplitMethod;
import dev.walletsdk.model.SplitShare;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionId;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.UnknownResource;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletKind;
import dev.walletsdk.model.WalletStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the resources of Wallet API v1 from response trees. */
public final class ModelReaders {
  private ModelReaders() {}

  /**
   * Reads a wallet.
   *
   * @param json the wallet object
   * @return the wallet
   */
  public static Wallet wallet(JsonRead json) {
    expectObject(json, "wallet");
    Wallet.Builder wallet =
        Wallet.builder()
            .id(json.value("id", WalletId::of))
            .displayName(json.string("displayName"))
            .reference(json.optString("reference"))
            .status(json.enumValue("status", WalletStatus.class, WalletStatus.UNKNOWN))
            // A server that predates business wallets sends no kind: its wallets are personal.
            .kind(
                json.has("kind")
                    ? json.enumValue("kind", WalletKind.class, WalletKind.UNKNOWN)
                    : WalletKind.PERSONAL)
            .currencies(json.valueList("currencies", CurrencyCode::of))
            .createdAt(json.instant("createdAt"));
    // A server that predates KYC sends no kyc member: the level is then unknown, not unverified.
    JsonRead kyc = json.optObject("kyc");
    if (kyc != null) {
      wallet
          .kycLevel(kyc.enumValue("level", KycLevel.class, KycLevel.UNKNOWN))
          .kycVerifiedAt(kyc.has("verifiedAt") ? kyc.instant("verifiedAt") : null);
    }
    return wallet.build();
  }

  /**
   * Reads the outcome of a KYC upgrade.
   *
   * @param json the {@code kyc_verification} object
   * @return the verification
   */
  public static KycVerification kycVerification(JsonRead json) {
    expectObject(json, "kyc_verification");
    return KycVerification.of(
        json.value("walletId", WalletId::of),
        json.enumValue("previousLevel", KycLevel.class, KycLevel.UNKNOWN),
        json.enumValue("level", KycLevel.class, KycLevel.UNKNOWN),
        json.instant("verifiedAt"),
        json.list("limits", ModelReaders::kycLimit));
  }

  /**
   * Reads a KYC level with its limits.
   *
   * @param json the {@code kyc_level} object
   * @return the tier
   */
  public static KycTier kycTier(JsonRead json) {
    expectObject(json, "kyc_level");
    return KycTier.of(
        json.enumValue("level", KycLevel.class, KycLevel.UNKNOWN),
        json.list("limits", ModelReaders::kycLimit));
  }

  private static KycLimit kycLimit(JsonRead json) {
    return KycLimit.of(
        json.value("currency", CurrencyCode::of),
        json.optMoney("perTransaction"),
        json.optMoney("rolling24h"));
  }

  /**
   * Reads a data export, keeping the whole document as received.
   *
   * @param json the {@code data_export} object
   * @param body the response body as text
   * @return the export
   */
  public static DataExport dataExport(JsonRead json, String body) {
    expectObject(json, "data_export");
    return DataExport.of(json.value("walletId", WalletId::of), json.instant("generatedAt"), body);
  }

  /**
   * Reads the summary of a data export, the data of a {@code privacy.exported} event.
   *
   * @param json the {@code data_export_summary} object
   * @return the summary
   */
  public static DataExportSummary dataExportSummary(JsonRead json) {
    expectObject(json, "data_export_summary");
    JsonRead sections = json.object("sections");
    Map<String, Integer> counts = new LinkedHashMap<>();
    sections.node().fieldNames().forEachRemaining(name -> counts.put(name, sections.integer(name)));
    return DataExportSummary.of(
        json.value("walletId", WalletId::of), json.instant("generatedAt"), counts);
  }

  /**
   * Reads the outcome of an erasure.
   *
   * @param json the {@code erasure} object
   * @return the erasure
   */
  public static Erasure erasure(JsonRead json) {
    expectObject(json, "erasure");
    return Erasure.of(
        json.value("walletId", WalletId::of), json.string("pseudonym"), json.instant("erasedAt"));
  }

  /**
   * Reads the balances of a wallet.
   *
   * @param json the balances object
   * @return one balance per currency
   */
  public static List<Balance> balances(JsonRead json) {
    expectObject(json, "balances");
    WalletId walletId = json.value("walletId", WalletId::of);
    return json.list(
        "balances",
        balance ->
            Balance.builder()
                .walletId(walletId)
                .currency(balance.value("currency", CurrencyCode::of))
                .available(balance.money("available"))
                .pending(balance.money("pending"))
                .total(balance.money("total"))
                .inPots(balance.optMoney("inPots"))
                .build());
  }

  /**
   * Reads a quote.
   *
   * @param json the quote object
   * @return the quote
   */
  public static Quote quote(JsonRead json) {
    expectObject(json, "quote");
    return Quote.builder()
        .id(json.value("id", QuoteId::of))
        .walletId(json.value("walletId", WalletId::of))
        .sellAmount(json.money("sellAmount"))
        .buyAmount(json.money("buyAmount"))
        .rate(json.decimal("rate"))
        .fee(json.money("fee"))
        .fixedSide(json.knownEnum("fixedSide", FixedSide.class))
        .status(json.enumValue("status", QuoteStatus.class, QuoteStatus.UNKNOWN))
        .createdAt(json.instant("createdAt"))
        .expiresAt(json.instant("expiresAt"))
        .build();
  }

  /**
   * Reads a payment.
   *
   * @param json the payment object
   * @return the payment
   */
  public static Payment payment(JsonRead json) {
    expectObject(json, "payment");
    return Payment.builder()
        .id(json.value("id", PaymentId::of))
        .walletId(json.value("walletId", WalletId::of))
        .merchantId(json.value("merchantId", MerchantId::of))
        .amount(json.money("amount"))
        .debitedAmount(json.money("debitedAmount"))
        .fee(json.money("fee"))
        .quoteId(json.optValue("quoteId", QuoteId::of))
        .tip(json.optMoney("tip"))
        .convenienceFee(json.optMoney("convenienceFee"))
        .status(json.enumValue("status", PaymentStatus.class, PaymentStatus.UNKNOWN))
        .refundedAmount(json.money("refundedAmount"))
        .description(json.optString("description"))
        .reference(json.optString("reference"))
        .createdAt(json.instant("createdAt"))
        .receipt(receipt(json))
        .voucherId(json.optValue("voucherId", VoucherId::of))
        .discount(json.optMoney("discount"))
        .build();
  }

  /**
   * Reads a payment token.
   *
   * @param json the payment token object
   * @return the token
   */
  public static PaymentToken paymentToken(JsonRead json) {
    expectObject(json, "payment_token");
    return PaymentToken.builder()
        .id(json.value("id", PaymentTokenId::of))
        .walletId(json.value("walletId", WalletId::of))
        .payload(json.string("payload"))
        .status(json.enumValue("status", PaymentTokenStatus.class, PaymentTokenStatus.UNKNOWN))
        .paymentId(json.optValue("paymentId", PaymentId::of))
        .createdAt(json.instant("createdAt"))
        .expiresAt(json.instant("expiresAt"))
        .build();
  }

  /**
   * Reads a split bill.
   *
   * @param json the split bill object
   * @return the split bill
   */
  public static SplitBill splitBill(JsonRead json) {
    expectObject(json, "split_bill");
    return SplitBill.builder()
        .id(json.value("id", SplitBillId::of))
        .merchantId(json.value("merchantId", MerchantId::of))
        .amount(json.money("amount"))
        .method(json.enumValue("method", SplitMethod.class, SplitMethod.UNKNOWN))
        .participants(
            json.list(
                "participants",
                share ->
                    SplitShare.of(
                        share.value("walletId", WalletId::of),
                        share.money("amount"),
                        share.optDecimal("percentage"))))
        .status(json.enumValue("status", SplitBillStatus.class, SplitBillStatus.UNKNOWN))
        .description(json.optString("description"))
        .reference(json.optString("reference"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a biller.
   *
   * @param json the biller object
   * @return the biller
   */
  public static Biller biller(JsonRead json) {
    expectObject(json, "biller");
    return Biller.of(
        json.value("id", BillerId::of),
        json.string("name"),
        json.string("category"),
        json.valueList("currencies", CurrencyCode::of),
        json.string("customerReferenceFormat"));
  }

  /**
   * Reads a bill payment.
   *
   * @param json the bill payment object
   * @return the bill payment
   */
  public static BillPayment billPayment(JsonRead json) {
    expectObject(json, "bill_payment");
    JsonRead recurrence = json.optObject("recurrence");
    return BillPayment.builder()
        .id(json.value("id", BillPaymentId::of))
        .walletId(json.value("walletId", WalletId::of))
        .billerId(json.value("billerId", BillerId::of))
        .customerReference(json.string("customerReference"))
        .amount(json.money("amount"))
        .status(json.enumValue("status", BillPaymentStatus.class, BillPaymentStatus.UNKNOWN))
        .scheduledFor(json.has("scheduledFor") ? json.instant("scheduledFor") : null)
        .recurrence(recurrence == null ? null : recurrence(recurrence))
        .runs(
            json.list(
                "runs",
                run ->
                    BillPaymentRun.of(
                        run.instant("dueAt"),
                        run.instant("executedAt"),
                        run.string("status").equals("succeeded"),
                        run.optString("failureCode"))))
        .nextRunAt(json.has("nextRunAt") ? json.instant("nextRunAt") : null)
        .description(json.optString("description"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  private static Recurrence recurrence(JsonRead json) {
    RecurrenceInterval interval =
        json.enumValue("interval", RecurrenceInterval.class, RecurrenceInterval.UNKNOWN);
    return json.has("count")
        ? Recurrence.every(interval, json.integer("count"))
        : Recurrence.every(interval);
  }

  /**
   * Reads a refund.
   *
   * @param json the refund object
   * @return the refund
   */
  public static Refund refund(JsonRead json) {
    expectObject(json, "refund");
    return Refund.builder()
        .id(json.value("id", RefundId::of))
        .paymentId(json.value("paymentId", PaymentId::of))
        .walletId(json.value("walletId", WalletId::of))
        .amount(json.money("amount"))
        .creditedAmount(json.money("creditedAmount"))
        .status(json.enumValue("status", RefundStatus.class, RefundStatus.UNKNOWN))
        .reason(json.optString("reason"))
        .createdAt(json.instant("createdAt"))
        .receipt(receipt(json))
        .build();
  }

  /**
   * Reads an entry of a wallet's rewards history.
   *
   * @param json the rewards entry object
   * @return the entry
   */
  public static RewardsEntry rewardsEntry(JsonRead json) {
    expectObject(json, "rewards_entry");
    return RewardsEntry.builder()
        .id(json.value("id", RewardsEntryId::of))
        .walletId(json.value("walletId", WalletId::of))
        .type(json.enumValue("type", RewardsEntryType.class, RewardsEntryType.UNKNOWN))
        .points(positivePoints(json, "points"))
        .balanceAfter(json.count("balanceAfter"))
        .resourceId(json.string("resourceId"))
        .amount(json.optMoney("amount"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a redemption of rewards points.
   *
   * @param json the redemption object
   * @return the redemption
   */
  public static RewardsRedemption redemption(JsonRead json) {
    expectObject(json, "rewards_redemption");
    return RewardsRedemption.builder()
        .id(json.value("id", RedemptionId::of))
        .walletId(json.value("walletId", WalletId::of))
        .points(positivePoints(json, "points"))
        .amount(json.money("amount"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a wallet's rewards account.
   *
   * @param json the rewards account object
   * @return the account
   */
  public static RewardsAccount rewardsAccount(JsonRead json) {
    expectObject(json, "rewards_account");
    return RewardsAccount.builder()
        .walletId(json.value("walletId", WalletId::of))
        .points(json.count("points"))
        .earned(json.count("earned"))
        .redeemed(json.count("redeemed"))
        .reversed(json.count("reversed"))
        .build();
  }

  /**
   * Reads the rewards programme.
   *
   * @param json the rewards program object
   * @return the programme
   */
  public static RewardsProgram rewardsProgram(JsonRead json) {
    expectObject(json, "rewards_program");
    Map<CurrencyCode, Long> rules = new LinkedHashMap<>();
    for (JsonRead rule : json.list("earnRules", rule -> rule)) {
      CurrencyCode currency = rule.value("currency", CurrencyCode::of);
      if (rules.put(currency, positivePoints(rule, "pointsPerUnit")) != null) {
        throw new ResponseFormatException(
            "response member " + rule.path() + " repeats the earning rule of " + currency);
      }
    }
    List<RedemptionRate> rates =
        json.list(
            "redemptionRates",
            rate -> {
              RedemptionRate read =
                  RedemptionRate.of(positivePoints(rate, "points"), rate.money("value"));
              if (!read.currency().code().equals(rate.string("currency"))) {
                throw new ResponseFormatException(
                    "response member " + rate.path() + " has a value in another currency");
              }
              return read;
            });
    return RewardsProgram.of(rules, rates);
  }

  private static long positivePoints(JsonRead json, String member) {
    long points = json.count(member);
    if (points == 0) {
      throw new ResponseFormatException(
          "response member " + json.path() + "." + member + " must be positive but is 0");
    }
    return points;
  }

  /**
   * Reads a transfer.
   *
   * @param json the transfer object
   * @return the transfer
   */
  public static Transfer transfer(JsonRead json) {
    expectObject(json, "transfer");
    JsonRead account = json.optObject("destinationAccount");
    return Transfer.builder()
        .id(json.value("id", TransferId::of))
        .sourceWalletId(json.value("sourceWalletId", WalletId::of))
        .destinationWalletId(json.optValue("destinationWalletId", WalletId::of))
        .destinationAccount(account == null ? null : bankAccountSummary(account))
        .sourceAmount(json.money("sourceAmount"))
        .destinationAmount(json.money("destinationAmount"))
        .fee(json.money("fee"))
        .rate(json.optDecimal("rate"))
        .quoteId(json.optValue("quoteId", QuoteId::of))
        .reference(json.optString("reference"))
        .description(json.optString("description"))
        .status(json.enumValue("status", TransferStatus.class, TransferStatus.UNKNOWN))
        .createdAt(json.instant("createdAt"))
        .receipt(receipt(json))
        .build();
  }

  private static BankAccountSummary bankAccountSummary(JsonRead json) {
    return BankAccountSummary.builder()
        .holderName(json.string("holderName"))
        .accountNumberLast4(json.string("accountNumberLast4"))
        .bankCode(json.optString("bankCode"))
        .build();
  }

  /**
   * Reads a transaction.
   *
   * @param json the transaction object
   * @return the transaction
   */
  public static Transaction transaction(JsonRead json) {
    expectObject(json, "transaction");
    return Transaction.builder()
        .id(json.value("id", TransactionId::of))
        .walletId(json.value("walletId", WalletId::of))
        .type(json.enumValue("type", TransactionType.class, TransactionType.UNKNOWN))
        .direction(json.knownEnum("direction", Direction.class))
        .amount(json.money("amount"))
        .balanceAfter(json.money("balanceAfter"))
        .resourceId(json.string("resourceId"))
        .reference(json.optString("reference"))
        .description(json.optString("description"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a challenge.
   *
   * @param json the challenge object
   * @return the challenge
   */
  public static Challenge challenge(JsonRead json) {
    expectObject(json, "challenge");
    return Challenge.builder()
        .id(json.value("id", ChallengeId::of))
        .method(json.enumValue("method", ChallengeMethod.class, ChallengeMethod.UNKNOWN))
        .status(json.enumValue("status", ChallengeStatus.class, ChallengeStatus.UNKNOWN))
        .operation(json.string("operation"))
        .amount(json.optMoney("amount"))
        .createdAt(json.instant("createdAt"))
        .expiresAt(json.instant("expiresAt"))
        .build();
  }

  /**
   * Reads an event; data of a type this SDK does not know becomes {@link UnknownResource}.
   *
   * @param json the event object
   * @return the event
   */
  public static Event event(JsonRead json) {
    expectObject(json, "event");
    return Event.builder()
        .id(json.value("id", EventId::of))
        .type(json.value("type", EventType::of))
        .createdAt(json.instant("createdAt"))
        .data(resource(json.object("data")))
        .build();
  }

  /**
   * Reads any resource that can stand on its own by its {@code object} member: the one table for
   * event data and for the results of confirmed challenges. The class each event type carries is
   * {@code EventType#dataType()}, and core's EventFeedCoverageTest checks that the two agree.
   *
   * @param data the resource object
   * @return the typed resource, or {@link UnknownResource} for a type this SDK does not know
   */
  public static Resource resource(JsonRead data) {
    String object = data.string("object");
    return switch (object) {
      case "wallet" -> wallet(data);
      case "payment" -> payment(data);
      case "refund" -> refund(data);
      case "transfer" -> transfer(data);
      case "transaction" -> transaction(data);
      case "challenge" -> challenge(data);
      case "payment_token" -> paymentToken(data);
      case "split_bill" -> splitBill(data);
      case "bill_payment" -> billPayment(data);
      case "rewards_entry" -> rewardsEntry(data);
      case "rewards_redemption" -> redemption(data);
      case "kyc_verification" -> kycVerification(data);
      case "data_export_summary" -> dataExportSummary(data);
      case "erasure" -> erasure(data);
      case "budget_alert" -> BudgetReaders.alert(data);
      case "risk_flag" -> RiskReaders.flag(data);
      case "risk_review" -> RiskReaders.review(data);
      case "pot" -> PotReaders.pot(data);
      case "pot_move" -> PotReaders.move(data);
      case "offer" -> OfferReaders.offer(data);
      case "voucher" -> OfferReaders.voucher(data);
      case "invoice" -> InvoiceReaders.invoice(data);
      case "invoice_payment" -> InvoiceReaders.payment(data);
      case "membership_tier_change" -> MembershipReaders.change(data);
      case "payout_batch" -> PayoutBatchJson.batch(data);
      default ->
          UnknownResource.of(object, new String(Json.write(data.node()), StandardCharsets.UTF_8));
    };
  }

  /**
   * Reads the server's public keys.
   *
   * @param json the key set object
   * @return the keys
   */
  public static List<ServerKey> keys(JsonRead json) {
    expectObject(json, "key_set");
    return json.list(
        "keys",
        key ->
            ServerKey.builder()
                .keyId(key.string("kid"))
                .use(key.enumValue("use", KeyUse.class, KeyUse.UNKNOWN))
                .algorithm(key.string("alg"))
                .publicKey(key.value("publicKey", ModelReaders::base64Url))
                .createdAt(key.instant("createdAt"))
                .build());
  }

  /**
   * Reads one page of a list.
   *
   * @param json the list object
   * @param element reads each element
   * @param <T> the element type
   * @return the page
   */
  public static <T> Page<T> page(JsonRead json, Function<JsonRead, T> element) {
    expectObject(json, "list");
    List<T> data = json.list("data", element);
    boolean hasMore = json.bool("hasMore");
    String nextCursor = json.optString("nextCursor");
    if (hasMore != (nextCursor != null)) {
      throw new ResponseFormatException(
          "response member "
              + json.path()
              + ".nextCursor must be present exactly when hasMore is true");
    }
    return Page.of(data, nextCursor);
  }

  /**
   * Reads the {@code receipt} member of a resource, if present.
   *
   * @param json the resource object
   * @return the receipt, or {@code null}
   */
  public static @Nullable Receipt receipt(JsonRead json) {
    JsonRead receipt = json.optObject("receipt");
    if (receipt == null) {
      return null;
    }
    return Receipt.of(receipt.string("kid"), receipt.string("alg"), receipt.string("sig"));
  }

  private static byte[] base64Url(String text) {
    try {
      return Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.forField(
          "publicKey", "invalid_format", "\"" + ServerText.of(text) + "\" is not base64url");
    }
  }

  static void expectObject(JsonRead json, String expected) {
    if (json.has("object")) {
      String actual = json.string("object");
      if (!actual.equals(expected)) {
        throw new ResponseFormatException(
            "response member "
                + json.path()
                + ".object must be \""
                + expected
                + "\" but is \""
                + ServerText.of(actual)
                + "\"");
      }
    } else {
      throw new ResponseFormatException("response member " + json.path() + ".object is missing");
    }
  }
}
