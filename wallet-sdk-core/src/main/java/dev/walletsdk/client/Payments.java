/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
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
import java.util.function.Consumer;

/**
 * Pays merchants and refunds payments. Thread-safe; every method throws {@link WalletException} on
 * failure.
 */
public interface Payments {
  /**
   * Pays a merchant ({@code POST /v1/payments}).
   *
   * @param request the request
   * @return the payment
   * @throws StepUpRequiredException if the amount needs step-up and no handler answered
   */
  Payment create(PaymentRequest request);

  /**
   * Pays a merchant, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Payment create(Consumer<PaymentRequest.Builder> request) {
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
  Payment get(PaymentId id);

  /**
   * Refunds a payment in full or in part ({@code POST /v1/payments/{id}/refunds}).
   *
   * @param request the request
   * @return the refund
   */
  Refund refund(RefundRequest request);

  /**
   * Refunds a payment, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the refund
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Refund refund(Consumer<RefundRequest.Builder> request) {
    RefundRequest.Builder builder = RefundRequest.builder();
    request.accept(builder);
    return refund(builder.build());
  }

  /**
   * Pays the merchant of a scanned EMVCo QR code ({@code POST /v1/qr/payments}). The platform finds
   * the merchant in the code; the payment's amount is the code's (or the payer's) amount plus any
   * tip or convenience fee.
   *
   * @param request the request
   * @return the payment
   * @throws StepUpRequiredException if the amount needs step-up and no handler answered
   */
  Payment payQr(QrPaymentRequest request);

  /**
   * Pays the merchant of a scanned QR code, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Payment payQr(Consumer<QrPaymentRequest.Builder> request) {
    QrPaymentRequest.Builder builder = QrPaymentRequest.builder();
    request.accept(builder);
    return payQr(builder.build());
  }

  /**
   * Issues a consumer-presented payment token for a wallet ({@code POST /v1/qr/tokens}): a signed,
   * single-use code the wallet holder shows and a merchant redeems.
   *
   * @param request the request
   * @return the token, with the payload to render as a QR code
   */
  PaymentToken createToken(PaymentTokenRequest request);

  /**
   * Issues a payment token, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the token
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default PaymentToken createToken(Consumer<PaymentTokenRequest.Builder> request) {
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
  PaymentToken getToken(PaymentTokenId id);

  /**
   * Redeems a scanned payment token as the merchant ({@code POST /v1/qr/tokens/redeem}).
   *
   * @param request the request
   * @return the payment from the token's wallet
   * @throws dev.walletsdk.ConflictException if the token was already redeemed ({@code
   *     payment_token_used}) or has expired ({@code payment_token_expired})
   */
  Payment redeemToken(TokenRedemptionRequest request);

  /**
   * Redeems a scanned payment token, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the payment
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Payment redeemToken(Consumer<TokenRedemptionRequest.Builder> request) {
    TokenRedemptionRequest.Builder builder = TokenRedemptionRequest.builder();
    request.accept(builder);
    return redeemToken(builder.build());
  }
}
