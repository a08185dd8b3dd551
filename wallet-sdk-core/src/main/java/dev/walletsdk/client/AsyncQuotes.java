/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.QuoteRequest;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@link Quotes}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncQuotes {
  /**
   * Creates a quote ({@code POST /v1/quotes}).
   *
   * @param request the request
   * @return the quote
   */
  CompletableFuture<Quote> create(QuoteRequest request);

  /**
   * Creates a quote, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the quote
   * @throws InvalidRequestException at once if the request is invalid; nothing is sent
   */
  default CompletableFuture<Quote> create(Consumer<QuoteRequest.Builder> request) {
    QuoteRequest.Builder builder = QuoteRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Gets a quote.
   *
   * @param id the quote's id
   * @return the quote
   */
  CompletableFuture<Quote> get(QuoteId id);

  /**
   * Fetches one page of a wallet's quotes, newest first (the asynchronous form of {@link
   * Quotes#list(WalletId)}).
   *
   * @param wallet the wallet's id
   * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page
   * @throws InvalidRequestException at once if the limit is out of range
   */
  CompletableFuture<Page<Quote>> page(WalletId wallet, @Nullable String cursor, int limit);
}
