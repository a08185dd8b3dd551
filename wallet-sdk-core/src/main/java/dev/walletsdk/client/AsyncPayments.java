/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.PaymentTokenId;
import dev.walletsdk.model.PaymentTokenRequest;
import dev.walletsdk.model.QrPaymentRequest;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RefundRequest;
import dev.walletsdk.model.TokenRedemptionRequest;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link Payments}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncPayments {
  /**
   * Pays a merchant ({@code POST /v1/payments}); a step-up the handler does not answer fails the
   * future with {@code StepUpRequiredException}.
   *
   * @param request the request
   * @return the payment
   */
  CompletableFuture<Payment> create(PaymentRequest request);

  /**
   * Pays a merchant, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Payment> create(Consumer<PaymentRequest.Builder> request) {
    PaymentRequest.Builder builder = PaymentRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Gets a payment.
   *
   * @param id the payment's id
   * @return the payment
   */
  CompletableFuture<Payment> get(PaymentId id);

  /**
   * Refunds a payment in full or in part.
   *
   * @param request the request
   * @return the refund
   */
  CompletableFuture<Refund> refund(RefundRequest request);

  /**
   * Refunds a payment, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the refund
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Refund> refund(Consumer<RefundRequest.Builder> request) {
    RefundRequest.Builder builder = RefundRequest.builder();
    request.accept(builder);
    return refund(builder.build());
  }

  /**
   * Pays the merchant of a scanned EMVCo QR code ({@code POST /v1/qr/payments}).
   *
   * @param request the request
   * @return the payment
   */
  CompletableFuture<Payment> payQr(QrPaymentRequest request);

  /**
   * Pays the merchant of a scanned QR code, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Payment> payQr(Consumer<QrPaymentRequest.Builder> request) {
    QrPaymentRequest.Builder builder = QrPaymentRequest.builder();
    request.accept(builder);
    return payQr(builder.build());
  }

  /**
   * Issues a consumer-presented payment token for a wallet ({@code POST /v1/qr/tokens}).
   *
   * @param request the request
   * @return the token
   */
  CompletableFuture<PaymentToken> createToken(PaymentTokenRequest request);

  /**
   * Issues a payment token, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the token
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<PaymentToken> createToken(
      Consumer<PaymentTokenRequest.Builder> request) {
    PaymentTokenRequest.Builder builder = PaymentTokenRequest.builder();
    request.accept(builder);
    return createToken(builder.build());
  }

  /**
   * Gets a payment token and its current status.
   *
   * @param id the token's id
   * @return the token
   */
  CompletableFuture<PaymentToken> getToken(PaymentTokenId id);

  /**
   * Redeems a scanned payment token as the merchant ({@code POST /v1/qr/tokens/redeem}).
   *
   * @param request the request
   * @return the payment
   */
  CompletableFuture<Payment> redeemToken(TokenRedemptionRequest request);

  /**
   * Redeems a scanned payment token, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Payment> redeemToken(Consumer<TokenRedemptionRequest.Builder> request) {
    TokenRedemptionRequest.Builder builder = TokenRedemptionRequest.builder();
    request.accept(builder);
    return redeemToken(builder.build());
  }
}
