/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Opens and looks up wallets. Thread-safe; every method throws {@link WalletException} on failure.
 */
public interface Wallets {
  /**
   * Opens a wallet ({@code POST /v1/wallets}).
   *
   * @param request the request
   * @return the new wallet
   */
  Wallet open(OpenWalletRequest request);

  /**
   * Opens a wallet, building the request in place: {@code open(r ->
   * r.displayName("Alice").currency("EUR"))}.
   *
   * @param request fills in the request's builder
   * @return the new wallet
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Wallet open(Consumer<OpenWalletRequest.Builder> request) {
    OpenWalletRequest.Builder builder = OpenWalletRequest.builder();
    request.accept(builder);
    return open(builder.build());
  }

  /**
   * Gets a wallet ({@code GET /v1/wallets/{id}}).
   *
   * @param id the wallet's id
   * @return the wallet
   */
  Wallet get(WalletId id);

  /**
   * Lists the partner's wallets, oldest first, fetching pages as needed.
   *
   * @return the wallets
   */
  PagedIterable<Wallet> list();

  /**
   * Fetches one page of the partner's wallets.
   *
   * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page
   */
  Page<Wallet> page(@Nullable String cursor, int limit);
}
