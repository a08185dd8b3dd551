/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillId;
import dev.walletsdk.model.SplitBillRequest;
import java.util.function.Consumer;

/**
 * Pays one merchant bill from several wallets. Thread-safe; every method throws {@link
 * WalletException} on failure.
 */
public interface SplitBills {
  /**
   * Pays a bill from several wallets at once ({@code POST /v1/split-bills}): every share moves or
   * none does.
   *
   * @param request the request
   * @return the split bill, with what each wallet paid
   * @throws InsufficientFundsException if any wallet lacks funds for its share; nothing moved
   */
  SplitBill create(SplitBillRequest request);

  /**
   * Pays a bill from several wallets, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the split bill
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default SplitBill create(Consumer<SplitBillRequest.Builder> request) {
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
  SplitBill get(SplitBillId id);
}
