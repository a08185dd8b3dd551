package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RefundRequest;
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
}
