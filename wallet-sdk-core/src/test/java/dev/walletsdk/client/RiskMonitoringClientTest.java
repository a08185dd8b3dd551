/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.PendingReviewException;
import dev.walletsdk.RiskDeclinedException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.RiskOutcome;
import dev.walletsdk.model.RiskReason;
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.RiskReviewStatus;
import dev.walletsdk.model.Wallet;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Transaction monitoring through the client, sync and async, against the in-process mock. */
class RiskMonitoringClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

  RiskMonitoringClientTest() {
    mock.control().fund(alice.id(), Money.of("500.00", "EUR"));
  }

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private void rule(String outcome, String minAmount) {
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "new_payee",
            outcome,
            Map.of("currency", "EUR", "minAmount", minAmount, "reasonCode", "first_merchant"));
  }

  private Payment pay(String amount, IdempotencyKey key) {
    return client
        .payments()
        .create(
            r ->
                r.wallet(alice.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR"))
                    .idempotencyKey(key));
  }

  @Test
  void heldPaymentIsTypedWithItsReviewAndCompletesOnceReleased() {
    rule("hold", "100.00");
    IdempotencyKey key = IdempotencyKey.of("tv-1");

    PendingReviewException held =
        catchThrowableOfType(PendingReviewException.class, () -> pay("150.00", key));
    RiskReview review = held.review();
    String paymentId = mock.control().releaseRiskReview(review.id().value());
    Payment payment = pay("150.00", key);

    assertThat(held.code()).isEqualTo(ErrorCode.PENDING_REVIEW);
    assertThat(held.httpStatus()).isEqualTo(409);
    assertThat(review.status()).isEqualTo(RiskReviewStatus.PENDING_REVIEW);
    assertThat(review.operation()).isEqualTo("payments.create");
    assertThat(review.amount()).isEqualTo(Money.of("150.00", "EUR"));
    assertThat(review.reasons()).extracting(RiskReason::code).containsExactly("first_merchant");
    assertThat(payment.id().value()).isEqualTo(paymentId);
    assertThat(client.balances().get(alice.id(), dev.walletsdk.model.CurrencyCode.EUR).available())
        .isEqualTo(Money.of("350.00", "EUR"));
  }

  @Test
  void asyncClientReadsTheReviewAsItIsNow() throws Exception {
    rule("hold", "100.00");
    RiskReviewId id =
        catchThrowableOfType(
                PendingReviewException.class, () -> pay("150.00", IdempotencyKey.of("tv-2")))
            .review()
            .id();
    mock.control().rejectRiskReview(id.value());

    AsyncWalletClient async = client.async();
    RiskReview review = async.riskReviews().get(id).get(5, TimeUnit.SECONDS);

    assertThat(review.status()).isEqualTo(RiskReviewStatus.REJECTED);
    assertThat(review.decidedAt()).isPresent();
    CompletionException missing =
        catchThrowableOfType(
            CompletionException.class,
            () -> async.riskReviews().get(RiskReviewId.of("rrv_missing")).join());
    assertThat(missing).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void rejectedPaymentAnswersItsKeyWithTheReviewersReason() {
    rule("hold", "100.00");
    IdempotencyKey key = IdempotencyKey.of("tv-3");
    RiskReviewId id =
        catchThrowableOfType(PendingReviewException.class, () -> pay("150.00", key)).review().id();
    mock.control().rejectRiskReview(id.value());

    RiskDeclinedException declined =
        catchThrowableOfType(RiskDeclinedException.class, () -> pay("150.00", key));

    assertThat(declined.httpStatus()).isEqualTo(422);
    assertThat(declined.reasons())
        .containsExactly(
            RiskReason.of(
                null,
                "review",
                "review_rejected",
                RiskOutcome.DECLINE,
                "a reviewer rejected review " + id.value()));
    assertThat(client.riskReviews().get(id).status()).isEqualTo(RiskReviewStatus.REJECTED);
  }

  @Test
  void declinedPaymentIsTypedWithTheRulesReasonCode() {
    rule("decline", "10.00");

    RiskDeclinedException declined =
        catchThrowableOfType(
            RiskDeclinedException.class, () -> pay("10.00", IdempotencyKey.of("tv-4")));

    assertThat(declined.code()).isEqualTo(ErrorCode.RISK_DECLINED);
    assertThat(declined.reasons()).hasSize(1);
    assertThat(declined.reasons().get(0).code()).isEqualTo("first_merchant");
    assertThat(declined.reasons().get(0).outcome()).isEqualTo(RiskOutcome.DECLINE);
    assertThat(declined.reasons().get(0).detail())
        .isEqualTo("first payment to merchant:mer_demo is 10.00 EUR, at or above 10.00 EUR");
  }
}
