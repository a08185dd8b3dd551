/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentId;
import dev.walletsdk.model.BillPaymentRequest;
import dev.walletsdk.model.Biller;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link BillPayments}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncBillPayments {
  /**
   * Lists the billers a wallet can pay.
   *
   * @return the catalogue
   */
  CompletableFuture<List<Biller>> billers();

  /**
   * Pays a bill now, or schedules it.
   *
   * @param request the request
   * @return the bill payment
   */
  CompletableFuture<BillPayment> create(BillPaymentRequest request);

  /**
   * Pays or schedules a bill, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the bill payment
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<BillPayment> create(Consumer<BillPaymentRequest.Builder> request) {
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
  CompletableFuture<BillPayment> get(BillPaymentId id);

  /**
   * Cancels the runs not yet made.
   *
   * @param id the bill payment's id
   * @return the cancelled bill payment
   */
  CompletableFuture<BillPayment> cancel(BillPaymentId id);
}
