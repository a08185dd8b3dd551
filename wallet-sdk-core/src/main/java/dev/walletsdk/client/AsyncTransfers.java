/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferRequest;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link Transfers}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncTransfers {
  /**
   * Creates a transfer ({@code POST /v1/transfers}); retries reuse one idempotency key.
   *
   * @param request the request
   * @return the transfer
   */
  CompletableFuture<Transfer> create(TransferRequest request);

  /**
   * Creates a transfer, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the transfer
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Transfer> create(Consumer<TransferRequest.Builder> request) {
    TransferRequest.Builder builder = TransferRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Gets a transfer.
   *
   * @param id the transfer's id
   * @return the transfer
   */
  CompletableFuture<Transfer> get(TransferId id);
}
