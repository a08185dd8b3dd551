/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillPaymentRequest;
import dev.walletsdk.model.Biller;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pays billers from the platform's catalogue, at once or on a schedule. Thread-safe; every method
 * throws {@link WalletException} on failure.
 */
public interface BillPayments {
  /**
   * Lists the billers a wallet can pay ({@code GET /v1/billers}).
   *
   * @return the catalogue
   */
  List<Biller> billers();

  /**
   * Pays a bill now, or schedules it ({@code POST /v1/bill-payments}).
   *
   * @param request the request
   * @return the bill payment; completed when paid at once, scheduled otherwise
   * @throws StepUpRequiredException if the amount needs step-up and no handler answered
   */
  BillPayment create(BillPaymentRequest request);

  /**
   * Pays or schedules a bill, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the bill payment
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default BillPayment create(Consumer<BillPaymentRequest.Builder> request) {
    BillPaymentRequest.Builder builder = BillPaymentRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Gets a bill payment with its runs so far.
   *
   * @param id the bill payment's id
   * @return the bill payment
   */
  BillPayment get(BillPaymentId id);

  /**
   * Cancels the runs not yet made ({@code POST /v1/bill-payments/{id}/cancel}).
   *
   * @param id the bill payment's id
   * @return the cancelled bill payment
   * @throws ConflictException if no run is left to cancel
   */
  BillPayment cancel(BillPaymentId id);
}
