/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Voucher payments held for step-up or for review: the voucher is checked again when the held
 * payment runs, redeemed exactly once, and a payment that can no longer redeem it moves no money.
 */
class VoucherHoldsTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private String wallet;
  private String shop;
  private TotpSecret secret;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
    shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private void stepUpFrom(String threshold) {
    mock.control().setStepUpThreshold(WalletId.of(wallet), Money.of(threshold, "EUR"));
    secret = mock.control().enrollTotp(WalletId.of(wallet));
  }

  private String voucher(String validUntil) {
    Reply offer =
        api.post(
            "/v1/offers",
            "{\"merchantId\":\""
                + shop
                + "\",\"title\":\"Deal\",\"currency\":\"EUR\",\"validUntil\":\""
                + validUntil
                + "\",\"percentOff\":10}");
    assertThat(offer.status()).as(offer.body().toString()).isEqualTo(201);
    return api.post(
            "/v1/offers/" + offer.text("/id") + "/vouchers", "{\"walletId\":\"" + wallet + "\"}")
        .text("/id");
  }

  private Reply pay(String amount, String voucher, String key) {
    return api.post(
        "/v1/payments",
        "{\"walletId\":\""
            + wallet
            + "\",\"merchantId\":\""
            + shop
            + "\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + ",\"voucherId\":\""
            + voucher
            + "\"}",
        key);
  }

  private Reply confirm(String challenge) {
    String otp = Totp.defaults().generate(secret, mock.control().now());
    return api.post("/v1/challenges/" + challenge + "/confirm", "{\"otp\":\"" + otp + "\"}");
  }

  private String status(String voucher) {
    return api.get("/v1/vouchers/" + voucher).text("/status");
  }

  private String available() {
    return api.get("/v1/wallets/" + wallet + "/balances?currency=EUR")
        .text("/balances/0/available/amount");
  }

  private long redeemedEvents() {
    long count = 0;
    for (var event : api.get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().equals("voucher.redeemed")) {
        count++;
      }
    }
    return count;
  }

  @Test
  void stepUpAsksForWhatTheHolderPaysAndTheConfirmRedeemsTheVoucherOnce() {
    stepUpFrom("30.00");
    String voucher = voucher("2026-04-01T00:00:00Z");

    Reply held = pay("40.00", voucher, "su-1");
    String heldStatus = status(voucher);
    Reply confirmed = confirm(held.text("/challenge/id"));
    Reply retried = pay("40.00", voucher, "su-1");

    assertThat(held.code()).isEqualTo("step_up_required");
    assertThat(held.text("/challenge/amount/amount")).isEqualTo("36.00");
    assertThat(heldStatus).isEqualTo("issued");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("/result/debitedAmount/amount")).isEqualTo("36.00");
    assertThat(confirmed.text("/result/discount/amount")).isEqualTo("4.00");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.text("/id")).isEqualTo(confirmed.text("/result/id"));
    assertThat(status(voucher)).isEqualTo("redeemed");
    assertThat(redeemedEvents()).isEqualTo(1);
    assertThat(available()).isEqualTo("64.00");
    assertThat(LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void voucherRedeemedByAnotherPaymentWhileHeldFailsTheConfirmAndMovesNoMoney() {
    stepUpFrom("30.00");
    String voucher = voucher("2026-04-01T00:00:00Z");
    String challenge = pay("40.00", voucher, "su-2").text("/challenge/id");
    Reply other = pay("20.00", voucher, "small-2");
    int journal = mock.ledger().journalSize();

    Reply failed = confirm(challenge);

    assertThat(other.status()).isEqualTo(201);
    assertThat(failed.status()).isEqualTo(409);
    assertThat(failed.code()).isEqualTo("voucher_not_redeemable");
    assertThat(failed.text("/detail")).isEqualTo("voucher " + voucher + " is redeemed");
    assertThat(pay("40.00", voucher, "su-2").code()).isEqualTo("voucher_not_redeemable");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(available()).isEqualTo("82.00");
    assertThat(api.get("/v1/vouchers/" + voucher).text("/paymentId")).isEqualTo(other.text("/id"));
    assertThat(redeemedEvents()).isEqualTo(1);
  }

  @Test
  void voucherWhoseOfferEndsWhileHeldFailsTheConfirmAndMovesNoMoney() {
    stepUpFrom("30.00");
    String voucher = voucher("2026-03-02T09:02:00Z");
    String challenge = pay("40.00", voucher, "su-3").text("/challenge/id");
    mock.control().advanceClock(Duration.ofMinutes(3));
    int journal = mock.ledger().journalSize();

    Reply failed = confirm(challenge);

    assertThat(failed.status()).isEqualTo(409);
    assertThat(failed.code()).isEqualTo("voucher_not_redeemable");
    assertThat(failed.text("/detail")).isEqualTo("voucher " + voucher + " is expired");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(available()).isEqualTo("100.00");
    assertThat(status(voucher)).isEqualTo("expired");
  }

  @Test
  void lapsedChallengeLeavesTheVoucherIssuedAndRedeemable() {
    stepUpFrom("30.00");
    String voucher = voucher("2026-04-01T00:00:00Z");
    String challenge = pay("40.00", voucher, "su-4").text("/challenge/id");
    mock.control().advanceClock(Duration.ofMinutes(5));

    Reply late = confirm(challenge);

    assertThat(late.code()).isEqualTo("challenge_expired");
    assertThat(status(voucher)).isEqualTo("issued");
    assertThat(available()).isEqualTo("100.00");
    assertThat(pay("20.00", voucher, "small-4").text("/debitedAmount/amount")).isEqualTo("18.00");
  }

  private void holdPaymentsForReview() {
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "new_payee",
            "hold",
            Map.of("currency", "EUR", "minAmount", "30.00"));
  }

  @Test
  void reviewHoldReservesWhatTheHolderPaysAndTheReleaseRedeemsTheVoucherOnce() {
    holdPaymentsForReview();
    String voucher = voucher("2026-04-01T00:00:00Z");

    Reply held = pay("40.00", voucher, "rv-1");
    String availableWhileHeld = available();
    String paymentId = mock.control().releaseRiskReview(held.text("/review/id"));
    Reply retried = pay("40.00", voucher, "rv-1");

    assertThat(held.code()).isEqualTo("pending_review");
    assertThat(availableWhileHeld).isEqualTo("64.00");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.text("/id")).isEqualTo(paymentId);
    assertThat(retried.text("/debitedAmount/amount")).isEqualTo("36.00");
    assertThat(available()).isEqualTo("64.00");
    assertThat(mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR))
        .isEqualTo(Money.of("64.00", "EUR"));
    assertThat(status(voucher)).isEqualTo("redeemed");
    assertThat(redeemedEvents()).isEqualTo(1);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void voucherRedeemedWhileUnderReviewFailsTheReleaseAndFreesTheReservation() {
    holdPaymentsForReview();
    String voucher = voucher("2026-04-01T00:00:00Z");
    String review = pay("40.00", voucher, "rv-2").text("/review/id");
    Reply other = pay("20.00", voucher, "small-5");

    String released = mock.control().releaseRiskReview(review);

    assertThat(other.status()).isEqualTo(201);
    assertThat(released).isNull();
    assertThat(api.get("/v1/risk/reviews/" + review).text("/failureCode"))
        .isEqualTo("voucher_not_redeemable");
    assertThat(pay("40.00", voucher, "rv-2").code()).isEqualTo("voucher_not_redeemable");
    assertThat(available()).isEqualTo("82.00");
    assertThat(mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR))
        .isEqualTo(Money.of("82.00", "EUR"));
    assertThat(redeemedEvents()).isEqualTo(1);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void rejectedReviewLeavesTheVoucherIssuedAndFreesTheReservation() {
    holdPaymentsForReview();
    String voucher = voucher("2026-04-01T00:00:00Z");
    String review = pay("40.00", voucher, "rv-3").text("/review/id");

    mock.control().rejectRiskReview(review);

    assertThat(status(voucher)).isEqualTo("issued");
    assertThat(available()).isEqualTo("100.00");
    assertThat(pay("40.00", voucher, "rv-3").code()).isEqualTo("risk_declined");
  }
}
