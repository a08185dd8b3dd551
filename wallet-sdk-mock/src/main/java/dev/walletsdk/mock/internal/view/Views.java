/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.walletsdk.mock.internal.engine.AccountSummary;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.BillPaymentRecord;
import dev.walletsdk.mock.internal.engine.Biller;
import dev.walletsdk.mock.internal.engine.ChallengeRecord;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.mock.internal.engine.IdentityRecord;
import dev.walletsdk.mock.internal.engine.KycLimitTable;
import dev.walletsdk.mock.internal.engine.KycService;
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentTokenRecord;
import dev.walletsdk.mock.internal.engine.QuoteRecord;
import dev.walletsdk.mock.internal.engine.RedemptionRecord;
import dev.walletsdk.mock.internal.engine.RefundRecord;
import dev.walletsdk.mock.internal.engine.RewardsEntryRecord;
import dev.walletsdk.mock.internal.engine.RewardsProgram;
import dev.walletsdk.mock.internal.engine.SplitBillRecord;
import dev.walletsdk.mock.internal.engine.TransactionRecord;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.ledger.Ledger;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Renders the engine's records as Wallet API v1 JSON, exactly as docs/openapi.yaml defines. */
public final class Views {
  private Views() {}

  public static ObjectNode wallet(WalletRecord wallet) {
    ObjectNode json = resource("wallet", wallet.id());
    json.put("displayName", wallet.displayName());
    putIfPresent(json, "reference", wallet.reference());
    json.put("status", wallet.status());
    json.put("kind", wallet.isBusiness() ? "business" : "personal");
    ArrayNode currencies = json.putArray("currencies");
    wallet.currencies().forEach(currency -> currencies.add(currency.code()));
    json.put("createdAt", wallet.createdAt().toString());
    ObjectNode kyc = json.putObject("kyc");
    kyc.put("level", KycService.name(wallet.kycLevel()));
    if (wallet.kycVerifiedAt() != null) {
      kyc.put("verifiedAt", wallet.kycVerifiedAt().toString());
    }
    return json;
  }

  /**
   * Renders what the platform holds about a wallet's holder, identity included: for the holder's
   * own data export only.
   *
   * @param wallet the wallet
   * @return the {@code holder} member of a data export
   */
  public static ObjectNode holder(WalletRecord wallet) {
    ObjectNode json = MockJson.object();
    json.put("displayName", wallet.displayName());
    putIfPresent(json, "reference", wallet.reference());
    IdentityRecord identity = wallet.identity();
    if (identity != null) {
      ObjectNode person = json.putObject("identity");
      person.put("fullName", identity.fullName());
      person.put("dateOfBirth", identity.dateOfBirth().toString());
      putIfPresent(person, "nationalId", identity.nationalId());
      IdentityRecord.AddressRecord address = identity.address();
      if (address != null) {
        person
            .putObject("address")
            .put("line1", address.line1())
            .put("city", address.city())
            .put("postalCode", address.postalCode())
            .put("country", address.country());
      }
    }
    json.set("kyc", wallet(wallet).get("kyc"));
    return json;
  }

  /**
   * Renders the outcome of a KYC upgrade; it carries no personal data.
   *
   * @param wallet the wallet, at its new level
   * @param previous its level before
   * @param limits the levels' limits
   * @return the {@code kyc_verification} object
   */
  public static ObjectNode kycVerification(
      WalletRecord wallet, KycLevel previous, KycLimitTable limits) {
    ObjectNode json = MockJson.object();
    json.put("object", "kyc_verification");
    json.put("walletId", wallet.id());
    json.put("previousLevel", KycService.name(previous));
    json.put("level", KycService.name(wallet.kycLevel()));
    json.put("verifiedAt", Objects.requireNonNull(wallet.kycVerifiedAt()).toString());
    json.set("limits", kycLimits(limits, wallet.kycLevel()));
    return json;
  }

  /**
   * Renders a KYC level with its limits.
   *
   * @param level the level
   * @param limits the levels' limits
   * @return the {@code kyc_level} object
   */
  public static ObjectNode kycLevel(KycLevel level, KycLimitTable limits) {
    ObjectNode json = MockJson.object();
    json.put("object", "kyc_level");
    json.put("level", KycService.name(level));
    json.set("limits", kycLimits(limits, level));
    return json;
  }

  private static ArrayNode kycLimits(KycLimitTable table, KycLevel level) {
    ArrayNode limits = MockJson.array();
    for (Map.Entry<CurrencyCode, KycLimitTable.Limits> entry : table.of(level).entrySet()) {
      ObjectNode limit = limits.addObject();
      limit.put("currency", entry.getKey().code());
      Long perTransaction = entry.getValue().perTransaction();
      Long rolling = entry.getValue().rolling24h();
      if (perTransaction != null) {
        limit.set("perTransaction", money(Amount.of(entry.getKey(), perTransaction)));
      }
      if (rolling != null) {
        limit.set("rolling24h", money(Amount.of(entry.getKey(), rolling)));
      }
    }
    return limits;
  }

  public static ObjectNode balance(CurrencyCode currency, long posted, long reserved) {
    ObjectNode json = MockJson.object();
    json.put("currency", currency.code());
    json.set("available", money(Amount.of(currency, posted - reserved)));
    json.set("pending", money(Amount.of(currency, reserved)));
    json.set("total", money(Amount.of(currency, posted)));
    return json;
  }

  public static ArrayNode balances(
      Ledger ledger, WalletRecord wallet, List<CurrencyCode> currencies) {
    ArrayNode balances = MockJson.array();
    for (CurrencyCode currency : currencies) {
      Account account = ledger.find(wallet.accountKey(currency)).orElse(null);
      balances.add(
          balance(
              currency,
              account == null ? 0 : account.posted(),
              account == null ? 0 : account.reserved()));
    }
    return balances;
  }

  public static ObjectNode transfer(TransferRecord transfer) {
    ObjectNode json = resource("transfer", transfer.id());
    json.put("sourceWalletId", transfer.sourceWalletId());
    putIfPresent(json, "destinationWalletId", transfer.destinationWalletId());
    AccountSummary account = transfer.destinationAccount();
    if (account != null) {
      ObjectNode destination = json.putObject("destinationAccount");
      destination.put("holderName", account.holderName());
      destination.put("accountNumberLast4", account.last4());
      putIfPresent(destination, "bankCode", account.bankCode());
    }
    json.set("sourceAmount", money(transfer.sourceAmount()));
    json.set("destinationAmount", money(transfer.destinationAmount()));
    json.set("fee", money(transfer.fee()));
    if (transfer.rate() != null) {
      json.put("rate", transfer.rate().toPlainString());
    }
    putIfPresent(json, "quoteId", transfer.quoteId());
    putIfPresent(json, "reference", transfer.reference());
    putIfPresent(json, "description", transfer.description());
    json.put("status", transfer.status());
    json.put("createdAt", transfer.createdAt().toString());
    return json;
  }

  public static ObjectNode quote(QuoteRecord quote, String status) {
    ObjectNode json = resource("quote", quote.id());
    json.put("walletId", quote.walletId());
    json.set("sellAmount", money(quote.sell()));
    json.set("buyAmount", money(quote.buy()));
    json.put("rate", quote.rate().toPlainString());
    json.set("fee", money(quote.fee()));
    json.put("fixedSide", quote.fixedSide());
    json.put("status", status);
    json.put("createdAt", quote.createdAt().toString());
    json.put("expiresAt", quote.expiresAt().toString());
    return json;
  }

  public static ObjectNode payment(PaymentRecord payment) {
    ObjectNode json = resource("payment", payment.id());
    json.put("walletId", payment.walletId());
    json.put("merchantId", payment.merchantId());
    json.put("merchantCategory", payment.category());
    json.set("amount", money(payment.amount()));
    json.set("debitedAmount", money(payment.debited()));
    json.set("fee", money(payment.fee()));
    if (payment.qrExtra() != null) {
      json.set(
          payment.qrExtra().tip() ? "tip" : "convenienceFee", money(payment.qrExtra().amount()));
    }
    putIfPresent(json, "quoteId", payment.quoteId());
    json.put("status", payment.status());
    json.set("refundedAmount", money(payment.refunded()));
    putIfPresent(json, "description", payment.description());
    putIfPresent(json, "reference", payment.reference());
    json.put("createdAt", payment.createdAt().toString());
    return json;
  }

  public static ObjectNode paymentToken(PaymentTokenRecord token, Instant now) {
    ObjectNode json = resource("payment_token", token.id());
    json.put("walletId", token.walletId());
    json.put("payload", token.payload());
    json.put("status", token.status(now));
    putIfPresent(json, "paymentId", token.paymentId());
    json.put("createdAt", token.createdAt().toString());
    json.put("expiresAt", token.expiresAt().toString());
    return json;
  }

  public static ObjectNode biller(Biller biller) {
    ObjectNode json = resource("biller", biller.id());
    json.put("name", biller.name());
    json.put("category", biller.category());
    ArrayNode currencies = json.putArray("currencies");
    biller.currencies().forEach(currency -> currencies.add(currency.code()));
    json.put("customerReferenceFormat", biller.referenceFormat());
    return json;
  }

  public static ObjectNode billPayment(BillPaymentRecord bill) {
    ObjectNode json = resource("bill_payment", bill.id());
    json.put("walletId", bill.walletId());
    json.put("billerId", bill.billerId());
    json.put("customerReference", bill.customerReference());
    json.set("amount", money(bill.amount()));
    json.put("status", bill.status());
    if (bill.scheduledFor() != null) {
      json.put("scheduledFor", bill.scheduledFor().toString());
    }
    if (bill.interval() != null) {
      ObjectNode recurrence = json.putObject("recurrence");
      recurrence.put("interval", bill.interval());
      if (bill.count() != null) {
        recurrence.put("count", bill.count());
      }
    }
    ArrayNode runs = json.putArray("runs");
    for (BillPaymentRecord.Run run : bill.runs()) {
      ObjectNode entry = runs.addObject();
      entry.put("dueAt", run.dueAt().toString());
      entry.put("executedAt", run.executedAt().toString());
      entry.put("status", run.succeeded() ? "succeeded" : "failed");
      putIfPresent(entry, "failureCode", run.failureCode());
    }
    if (bill.nextRunAt() != null) {
      json.put("nextRunAt", bill.nextRunAt().toString());
    }
    putIfPresent(json, "description", bill.description());
    json.put("createdAt", bill.createdAt().toString());
    return json;
  }

  public static ObjectNode splitBill(SplitBillRecord bill) {
    ObjectNode json = resource("split_bill", bill.id());
    json.put("merchantId", bill.merchantId());
    json.set("amount", money(bill.amount()));
    json.put("method", bill.method());
    ArrayNode participants = json.putArray("participants");
    for (SplitBillRecord.Share share : bill.shares()) {
      ObjectNode participant = participants.addObject();
      participant.put("walletId", share.walletId());
      participant.set("amount", money(share.amount()));
      if (share.percentage() != null) {
        participant.put("percentage", share.percentage().toPlainString());
      }
    }
    json.put("status", "succeeded");
    putIfPresent(json, "description", bill.description());
    putIfPresent(json, "reference", bill.reference());
    json.put("createdAt", bill.createdAt().toString());
    return json;
  }

  public static ObjectNode refund(RefundRecord refund) {
    ObjectNode json = resource("refund", refund.id());
    json.put("paymentId", refund.paymentId());
    json.put("walletId", refund.walletId());
    json.set("amount", money(refund.amount()));
    json.set("creditedAmount", money(refund.credited()));
    json.put("status", "succeeded");
    putIfPresent(json, "reason", refund.reason());
    json.put("createdAt", refund.createdAt().toString());
    return json;
  }

  public static ObjectNode challenge(ChallengeRecord challenge, String status) {
    ObjectNode json = resource("challenge", challenge.id());
    json.put("method", "totp");
    json.put("status", status);
    json.put("operation", challenge.operation());
    json.set("amount", money(challenge.amount()));
    json.put("createdAt", challenge.createdAt().toString());
    json.put("expiresAt", challenge.expiresAt().toString());
    return json;
  }

  public static ObjectNode event(EventRecord event) {
    ObjectNode json = resource("event", event.id());
    json.put("type", event.type());
    json.put("createdAt", event.createdAt().toString());
    json.putRawValue("data", new RawValue(event.data()));
    return json;
  }

  public static ObjectNode transaction(TransactionRecord transaction) {
    ObjectNode json = resource("transaction", transaction.id());
    json.put("walletId", transaction.walletId());
    json.put("type", transaction.type());
    json.put("direction", transaction.direction());
    json.set("amount", money(transaction.amount()));
    json.set("balanceAfter", money(transaction.balanceAfter()));
    json.put("resourceId", transaction.resourceId());
    putIfPresent(json, "reference", transaction.reference());
    putIfPresent(json, "description", transaction.description());
    json.put("createdAt", transaction.createdAt().toString());
    return json;
  }

  public static ObjectNode rewardsEntry(RewardsEntryRecord entry) {
    ObjectNode json = resource("rewards_entry", entry.id());
    json.put("walletId", entry.walletId());
    json.put("type", entry.type());
    json.put("points", entry.points());
    json.put("balanceAfter", entry.balanceAfter());
    json.put("resourceId", entry.resourceId());
    if (entry.amount() != null) {
      json.set("amount", money(entry.amount()));
    }
    json.put("createdAt", entry.createdAt().toString());
    return json;
  }

  public static ObjectNode redemption(RedemptionRecord redemption) {
    ObjectNode json = resource("rewards_redemption", redemption.id());
    json.put("walletId", redemption.walletId());
    json.put("points", redemption.points());
    json.set("amount", money(redemption.amount()));
    json.put("createdAt", redemption.createdAt().toString());
    return json;
  }

  public static ObjectNode rewardsAccount(
      String walletId, long points, List<RewardsEntryRecord> history) {
    ObjectNode json = MockJson.object();
    json.put("object", "rewards_account");
    json.put("walletId", walletId);
    json.put("points", points);
    long earned = 0;
    long redeemed = 0;
    long reversed = 0;
    for (RewardsEntryRecord entry : history) {
      switch (entry.type()) {
        case "earned" -> earned = Math.addExact(earned, entry.points());
        case "redeemed" -> redeemed = Math.addExact(redeemed, entry.points());
        default -> reversed = Math.addExact(reversed, entry.points());
      }
    }
    json.put("earned", earned);
    json.put("redeemed", redeemed);
    json.put("reversed", reversed);
    return json;
  }

  public static ObjectNode rewardsProgram(RewardsProgram program) {
    ObjectNode json = MockJson.object();
    json.put("object", "rewards_program");
    json.put("asset", RewardsProgram.ASSET);
    ArrayNode rules = json.putArray("earnRules");
    program
        .earnRules()
        .forEach(
            (currency, points) ->
                rules.addObject().put("currency", currency.code()).put("pointsPerUnit", points));
    ArrayNode rates = json.putArray("redemptionRates");
    program
        .rates()
        .forEach(
            (currency, rate) -> {
              ObjectNode node = rates.addObject();
              node.put("currency", currency.code());
              node.put("points", rate.points());
              node.set("value", money(rate.value()));
            });
    return json;
  }

  public static <T> ObjectNode page(
      List<T> items, @Nullable String nextCursor, Function<T, ObjectNode> view) {
    ObjectNode json = MockJson.object();
    json.put("object", "list");
    ArrayNode data = json.putArray("data");
    items.forEach(item -> data.add(view.apply(item)));
    json.put("hasMore", nextCursor != null);
    if (nextCursor != null) {
      json.put("nextCursor", nextCursor);
    }
    return json;
  }

  public static ObjectNode money(Amount amount) {
    ObjectNode json = MockJson.object();
    json.put("amount", amount.money().toAmountString());
    json.put("currency", amount.code());
    return json;
  }

  private static ObjectNode resource(String object, String id) {
    ObjectNode json = MockJson.object();
    json.put("object", object);
    json.put("id", id);
    return json;
  }

  private static void putIfPresent(ObjectNode json, String member, @Nullable String value) {
    if (value != null) {
      json.put(member, value);
    }
  }
}
