package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RefundRequest;
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
}
