/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferRequest;
import java.util.function.Consumer;

/**
 * Moves money between wallets and pays out to bank accounts. Thread-safe; every method throws
 * {@link WalletException} on failure.
 */
public interface Transfers {
  /**
   * Creates a transfer ({@code POST /v1/transfers}). Retries reuse one idempotency key, so the
   * transfer is applied at most once.
   *
   * @param request the request
   * @return the transfer
   * @throws StepUpRequiredException if the amount needs step-up and no handler answered
   */
  Transfer create(TransferRequest request);

  /**
   * Creates a transfer, building the request in place: {@code create(r ->
   * r.from(a).to(b).amount(Money.of("25.00", "EUR")))}.
   *
   * @param request fills in the request's builder
   * @return the transfer
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Transfer create(Consumer<TransferRequest.Builder> request) {
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
  Transfer get(TransferId id);
}
