/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentTokenId;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.RedemptionId;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read of one resource accepts only that resource: a response of another type, or with another id
 * (or, for a wallet's balances and rewards account, another wallet), is an invalid response naming
 * what was asked for and what came.
 */
class ResourceIdentityTest {
  private String answer = "{}";
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("https://wallet.example")
          .apiKey(ApiKey.of("sk_test_identity"))
          .transport(
              request ->
                  TransportResponse.of(
                      200,
                      Headers.of("Content-Type", "application/json", "Request-Id", "req_i"),
                      answer.getBytes(StandardCharsets.UTF_8)))
          .build();

  @AfterEach
  void stop() {
    client.close();
  }

  private static Arguments read(
      String operation, String object, String member, String asked, Consumer<WalletClient> call) {
    return Arguments.of(operation, object, member, asked, call);
  }

  static Stream<Arguments> reads() {
    WalletId wallet = WalletId.of("wal_asked");
    return Stream.of(
        read("wallets.get", "wallet", "id", "wal_asked", c -> c.wallets().get(wallet)),
        read(
            "quotes.get", "quote", "id", "quo_asked", c -> c.quotes().get(QuoteId.of("quo_asked"))),
        read(
            "payments.get",
            "payment",
            "id",
            "pay_asked",
            c -> c.payments().get(PaymentId.of("pay_asked"))),
        read(
            "payments.getToken",
            "payment_token",
            "id",
            "pqt_asked",
            c -> c.payments().getToken(PaymentTokenId.of("pqt_asked"))),
        read(
            "splitBills.get",
            "split_bill",
            "id",
            "spl_asked",
            c -> c.splitBills().get(SplitBillId.of("spl_asked"))),
        read(
            "billPayments.get",
            "bill_payment",
            "id",
            "bpy_asked",
            c -> c.billPayments().get(BillPaymentId.of("bpy_asked"))),
        read(
            "billPayments.cancel",
            "bill_payment",
            "id",
            "bpy_asked",
            c -> c.billPayments().cancel(BillPaymentId.of("bpy_asked"))),
        read(
            "rewards.redemption",
            "rewards_redemption",
            "id",
            "rdm_asked",
            c -> c.rewards().redemption(RedemptionId.of("rdm_asked"))),
        read(
            "riskReviews.get",
            "risk_review",
            "id",
            "rrv_asked",
            c -> c.riskReviews().get(RiskReviewId.of("rrv_asked"))),
        read(
            "transfers.get",
            "transfer",
            "id",
            "trf_asked",
            c -> c.transfers().get(TransferId.of("trf_asked"))),
        read("balances.list", "balances", "walletId", "wal_asked", c -> c.balances().list(wallet)),
        read(
            "balances.get",
            "balances",
            "walletId",
            "wal_asked",
            c -> c.balances().get(wallet, CurrencyCode.of("EUR"))),
        read(
            "rewards.account",
            "rewards_account",
            "walletId",
            "wal_asked",
            c -> c.rewards().account(wallet)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void anotherResourceOfTheSameTypeIsRefused(
      String operation, String object, String member, String asked, Consumer<WalletClient> call) {
    String other = asked.replace("asked", "other");
    answer = "{\"object\":\"" + object + "\",\"" + member + "\":\"" + other + "\"}";

    assertThatThrownBy(() -> call.accept(client))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to "
                + operation
                + ": expected "
                + object
                + " with "
                + member
                + " \""
                + asked
                + "\" but got "
                + object
                + " with "
                + member
                + " \""
                + other
                + "\" [HTTP 200, code invalid_response, request req_i]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aResourceOfAnotherTypeWithTheAskedIdIsRefused(
      String operation, String object, String member, String asked, Consumer<WalletClient> call) {
    answer = "{\"object\":\"refund\",\"" + member + "\":\"" + asked + "\"}";

    assertThatThrownBy(() -> call.accept(client))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to "
                + operation
                + ": expected "
                + object
                + " with "
                + member
                + " \""
                + asked
                + "\" but got refund with "
                + member
                + " \""
                + asked
                + "\" [HTTP 200, code invalid_response, request req_i]");
  }

  @Test
  void completeWalletWithAnotherIdIsRefused() {
    answer =
        "{\"object\":\"wallet\",\"id\":\"wal_other\",\"displayName\":\"Other\","
            + "\"status\":\"active\",\"currencies\":[\"EUR\"],"
            + "\"createdAt\":\"2026-11-24T10:00:00Z\"}";

    assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_asked")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to wallets.get: expected wallet with id \"wal_asked\" but got"
                + " wallet with id \"wal_other\" [HTTP 200, code invalid_response, request req_i]");
  }

  @Test
  void hostileIdIsEscapedAndCutInTheMessage() {
    answer = "{\"object\":\"wallet\",\"id\":\"wal_\\u001b[2J" + "x".repeat(500) + "\"}";

    assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_asked")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to wallets.get: expected wallet with id \"wal_asked\" but got"
                + " wallet with id \"wal_\\u001b[2J"
                + "x".repeat(187)
                + "... [508 chars in all]\" [HTTP 200, code invalid_response, request req_i]");
  }

  @Test
  void anotherTypeWithoutAnIdIsNamed() {
    answer = "{\"object\":\"transfer\"}";

    assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_asked")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to wallets.get: expected wallet with id \"wal_asked\" but got"
                + " transfer with no id [HTTP 200, code invalid_response, request req_i]");
  }
}
