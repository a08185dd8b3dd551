/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.QuoteRequest;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * Quotes currency conversions. Thread-safe; every method throws {@link WalletException} on failure.
 */
public interface Quotes {
  /**
   * Creates a quote ({@code POST /v1/quotes}).
   *
   * @param request the request
   * @return the quote, valid until {@link Quote#expiresAt()}
   */
  Quote create(QuoteRequest request);

  /**
   * Creates a quote, building the request in place: {@code create(r ->
   * r.wallet(id).sell(Money.of("100.00", "EUR")).buy("USD"))}.
   *
   * @param request fills in the request's builder
   * @return the quote
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default Quote create(Consumer<QuoteRequest.Builder> request) {
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
  Quote get(QuoteId id);

  /**
   * Lists a wallet's quotes, newest first, fetching pages as needed.
   *
   * @param wallet the wallet's id
   * @return the quotes
   */
  PagedIterable<Quote> list(WalletId wallet);
}
