/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@link Wallets}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncWallets {
  /**
   * Opens a wallet ({@code POST /v1/wallets}).
   *
   * @param request the request
   * @return the new wallet
   */
  CompletableFuture<Wallet> open(OpenWalletRequest request);

  /**
   * Opens a wallet, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the new wallet
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Wallet> open(Consumer<OpenWalletRequest.Builder> request) {
    OpenWalletRequest.Builder builder = OpenWalletRequest.builder();
    request.accept(builder);
    return open(builder.build());
  }

  /**
   * Gets a wallet.
   *
   * @param id the wallet's id
   * @return the wallet
   */
  CompletableFuture<Wallet> get(WalletId id);

  /**
   * Fetches one page of the partner's wallets.
   *
   * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page
   * @throws InvalidRequestException at once if the limit is out of range
   */
  CompletableFuture<Page<Wallet>> page(@Nullable String cursor, int limit);
}
