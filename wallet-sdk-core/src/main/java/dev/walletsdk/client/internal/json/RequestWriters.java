/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.BillPaymentRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.PaymentTokenRequest;
import dev.walletsdk.model.QrPaymentRequest;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.QuoteRequest;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.RefundRequest;
import dev.walletsdk.model.SplitBillRequest;
import dev.walletsdk.model.SplitShare;
import dev.walletsdk.model.TokenRedemptionRequest;
import dev.walletsdk.model.TransferRequest;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletKind;
import java.util.List;
import java.util.Locale;

/** Writes the request bodies of Wallet API v1 as JSON trees. */
public final class RequestWriters {
  /** Where a transfer's account number sits, the one field encrypted in v1 requests. */
  public static final String ACCOUNT_NUMBER_POINTER = "/destinationAccount/accountNumber";

  /**
   * The identity fields a request may carry, each personal data that is only sent field-encrypted.
   */
  public static final List<String> IDENTITY_POINTERS =
      List.of(
          "/identity/fullName",
          "/identity/dateOfBirth",
          "/identity/nationalId",
          "/identity/address/line1",
          "/identity/address/city",
          "/identity/address/postalCode",
          "/identity/address/country");

  private RequestWriters() {}

  /**
   * Writes a request to open a wallet.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode openWallet(OpenWalletRequest request) {
    ObjectNode body = Json.object();
    body.put("displayName", request.displayName());
    ArrayNode currencies = body.putArray("currencies");
    request.currencies().forEach(currency -> currencies.add(currency.code()));
    request.reference().ifPresent(reference -> body.put("reference", reference));
    if (request.kind() != WalletKind.PERSONAL) {
      body.put("kind", request.kind().name().toLowerCase(Locale.ROOT));
    }
    request.identity().ifPresent(identity -> putIdentity(body, identity));
    return body;
  }

  /**
   * Writes a KYC upgrade; the identity's fields are at {@link #IDENTITY_POINTERS}.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode kycUpgrade(KycUpgradeRequest request) {
    ObjectNode body = Json.object();
    body.put("level", request.level().name().toLowerCase(Locale.ROOT));
    request.identity().ifPresent(identity -> putIdentity(body, identity));
    return body;
  }

  private static void putIdentity(ObjectNode body, Identity identity) {
    ObjectNode json = body.putObject("identity");
    json.put("fullName", identity.fullName());
    json.put("dateOfBirth", identity.dateOfBirth().toString());
    identity.nationalId().ifPresent(id -> json.put("nationalId", id));
    identity
        .address()
        .ifPresent(
            address ->
                json.putObject("address")
                    .put("line1", address.line1())
                    .put("city", address.city())
                    .put("postalCode", address.postalCode())
                    .put("country", address.country()));
  }

  /**
   * Writes a quote request.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode quote(QuoteRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    request
        .sellAmount()
        .ifPresentOrElse(
            sell -> {
              putMoney(body, "sellAmount", sell);
              putCurrency(body, "buyCurrency", request.buyCurrency());
            },
            () -> {
              putMoney(body, "buyAmount", request.buyAmount().orElseThrow());
              putCurrency(body, "sellCurrency", request.sellCurrency());
            });
    return body;
  }

  /**
   * Writes a payment request.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode payment(PaymentRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    body.put("merchantId", request.merchantId().value());
    request.amount().ifPresent(amount -> putMoney(body, "amount", amount));
    request.quoteId().ifPresent(quote -> body.put("quoteId", quote.value()));
    request.description().ifPresent(description -> body.put("description", description));
    request.reference().ifPresent(reference -> body.put("reference", reference));
    return body;
  }

  /**
   * Writes a QR payment request; the payload is sent as scanned.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode qrPayment(QrPaymentRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    body.put("payload", request.qr().payload());
    request.amount().ifPresent(amount -> putMoney(body, "amount", amount));
    request.tip().ifPresent(tip -> putMoney(body, "tip", tip));
    request.description().ifPresent(description -> body.put("description", description));
    request.reference().ifPresent(reference -> body.put("reference", reference));
    return body;
  }

  /**
   * Writes a payment token request.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode paymentToken(PaymentTokenRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    request.lifetime().ifPresent(lifetime -> body.put("lifetimeSeconds", lifetime.toSeconds()));
    return body;
  }

  /**
   * Writes a token redemption.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode redemption(TokenRedemptionRequest request) {
    ObjectNode body = Json.object();
    body.put("payload", request.payload());
    body.put("merchantId", request.merchantId().value());
    putMoney(body, "amount", request.amount());
    request.description().ifPresent(description -> body.put("description", description));
    request.reference().ifPresent(reference -> body.put("reference", reference));
    return body;
  }

  /**
   * Writes a split bill request; percentages are decimal strings, never JSON numbers.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode splitBill(SplitBillRequest request) {
    ObjectNode body = Json.object();
    body.put("merchantId", request.merchantId().value());
    putMoney(body, "amount", request.amount());
    ArrayNode participants = body.putArray("participants");
    for (SplitShare share : request.participants()) {
      ObjectNode participant = participants.addObject();
      participant.put("walletId", share.walletId().value());
      share.amount().ifPresent(amount -> putMoney(participant, "amount", amount));
      share.percentage().ifPresent(p -> participant.put("percentage", p.toPlainString()));
    }
    request.description().ifPresent(description -> body.put("description", description));
    request.reference().ifPresent(reference -> body.put("reference", reference));
    return body;
  }

  /**
   * Writes a bill payment request.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode billPayment(BillPaymentRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    body.put("billerId", request.billerId().value());
    body.put("customerReference", request.customerReference());
    putMoney(body, "amount", request.amount());
    request.scheduledFor().ifPresent(at -> body.put("scheduledFor", at.toString()));
    request
        .recurrence()
        .ifPresent(
            recurrence -> {
              ObjectNode json = body.putObject("recurrence");
              json.put("interval", recurrence.interval().name().toLowerCase(Locale.ROOT));
              recurrence.count().ifPresent(count -> json.put("count", count));
            });
    request.description().ifPresent(description -> body.put("description", description));
    return body;
  }

  /**
   * Writes a redemption of rewards points.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode redemption(RedemptionRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    body.put("points", request.points());
    body.put("currency", request.currency().code());
    return body;
  }

  /**
   * Writes the empty body of an action that takes no parameters.
   *
   * @return {@code {}}
   */
  public static ObjectNode empty() {
    return Json.object();
  }

  /**
   * Writes a refund request.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode refund(RefundRequest request) {
    ObjectNode body = Json.object();
    request.amount().ifPresent(amount -> putMoney(body, "amount", amount));
    request.reason().ifPresent(reason -> body.put("reason", reason));
    return body;
  }

  /**
   * Writes a transfer request. The account number of a payout is written in plain text at {@link
   * #ACCOUNT_NUMBER_POINTER}; the pipeline encrypts it when field encryption is configured.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode transfer(TransferRequest request) {
    // Plain conditions rather than ifPresent: the capturing lambdas showed in the client-overhead
    // profile of a transfer call (docs/performance.md).
    ObjectNode body = Json.object();
    body.put("sourceWalletId", request.from().value());
    WalletId to = request.to().orElse(null);
    if (to != null) {
      body.put("destinationWalletId", to.value());
    }
    BankAccount account = request.toAccount().orElse(null);
    if (account != null) {
      putAccount(body, account);
    }
    Money amount = request.amount().orElse(null);
    if (amount != null) {
      putMoney(body, "amount", amount);
    }
    QuoteId quote = request.quoteId().orElse(null);
    if (quote != null) {
      body.put("quoteId", quote.value());
    }
    String reference = request.reference().orElse(null);
    if (reference != null) {
      body.put("reference", reference);
    }
    String description = request.description().orElse(null);
    if (description != null) {
      body.put("description", description);
    }
    return body;
  }

  /**
   * Writes a challenge confirmation.
   *
   * @param otp the one-time password
   * @return the body
   */
  public static ObjectNode confirmChallenge(String otp) {
    ObjectNode body = Json.object();
    body.put("otp", otp);
    return body;
  }

  private static void putAccount(ObjectNode body, BankAccount account) {
    ObjectNode destination = body.putObject("destinationAccount");
    destination.put("holderName", account.holderName());
    destination.put("accountNumber", account.accountNumber());
    account.bankCode().ifPresent(code -> destination.put("bankCode", code));
  }

  static void putMoney(ObjectNode body, String member, Money money) {
    ObjectNode node = body.putObject(member);
    node.put("amount", money.toAmountString());
    node.put("currency", money.currency().code());
  }

  private static void putCurrency(ObjectNode body, String member, CurrencyCode currency) {
    body.put(member, currency.code());
  }
}
