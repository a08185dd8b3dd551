/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.SplitBillRequest;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link SplitBills}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncSplitBills {
  /**
   * Pays a bill from several wallets at once ({@code POST /v1/split-bills}).
   *
   * @param request the request
   * @return the split bill
   */
  CompletableFuture<SplitBill> create(SplitBillRequest request);

  /**
   * Pays a bill from several wallets, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the split bill
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<SplitBill> create(Consumer<SplitBillRequest.Builder> request) {
    SplitBillRequest.Builder builder = SplitBillRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Gets a split bill.
   *
   * @param id the split bill's id
   * @return the split bill
   */
  CompletableFuture<SplitBill> get(SplitBillId id);
}
