/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Quotes conversions and hands out quotes for single use. */
public final class QuoteService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public QuoteService(Engine engine) {
    this.engine = engine;
  }

  /**
   * Quotes a conversion with exactly one fixed side.
   *
   * @param partner the partner asking
   * @param wallet the wallet that will sell
   * @param fixedSell the amount to sell, or {@code null} when buying a fixed amount
   * @param fixedBuy the amount to buy, or {@code null} when selling a fixed amount
   * @param other the currency of the side that is not fixed
   * @return the quote
   * @throws ApiProblem {@code 422 invalid_request} if no rate is known for the pair or the amount
   *     converts to nothing, {@code 400 invalid_request} if it converts to more than an amount may
   *     be
   */
  public QuoteRecord create(
      Partner partner,
      WalletRecord wallet,
      @Nullable Amount fixedSell,
      @Nullable Amount fixedBuy,
      CurrencyCode other) {
    CurrencyCode sellCurrency = fixedSell != null ? fixedSell.currency() : other;
    CurrencyCode buyCurrency = fixedSell != null ? other : fixedBuy.currency();
    BigDecimal rate =
        engine
            .fx()
            .customerRate(sellCurrency, buyCurrency)
            .orElseThrow(
                () ->
                    ApiProblem.unprocessable(
                        fixedSell != null ? "/buyCurrency" : "/sellCurrency",
                        "no_rate",
                        "no exchange rate from " + sellCurrency + " to " + buyCurrency));
    // The wallet's membership tier discounts the fee rate, exactly.
    BigDecimal feeRate = engine.membership().feeRate(wallet, engine.fx().feeRate());
    Conversion conversion;
    try {
      conversion =
          fixedSell != null
              ? Conversion.fixedSell(fixedSell, buyCurrency, rate, feeRate)
              : Conversion.fixedBuy(fixedBuy, sellCurrency, rate, feeRate);
    } catch (ArithmeticException e) {
      throw ApiProblem.invalidField(
          fixedSell != null ? "/sellAmount/amount" : "/buyAmount/amount",
          "amount_too_large",
          e.getMessage());
    }
    if (conversion.buy().minor() <= 0 || conversion.principal().minor() <= 0) {
      throw ApiProblem.unprocessable(
          fixedSell != null ? "/sellAmount/amount" : "/buyAmount/amount",
          "amount_too_small",
          "the amount is too small to convert");
    }
    Instant now = engine.clock().now();
    QuoteRecord quote =
        new QuoteRecord(
            engine.ids().next("quo_"),
            partner.id(),
            wallet.id(),
            conversion.sell(),
            conversion.buy(),
            conversion.principal(),
            conversion.fee(),
            rate,
            fixedSell != null ? "sell" : "buy",
            now,
            now.plus(engine.fx().quoteTtl()));
    engine.quotes().put(quote.id(), quote);
    return quote;
  }

  /**
   * Returns a quote the partner may use for a movement out of a wallet.
   *
   * @param partner the partner
   * @param quoteId the quote id
   * @param wallet the wallet that would sell
   * @param field the request field naming the quote, for errors
   * @return the quote
   * @throws ApiProblem {@code 404}, {@code 400 quote_mismatch}, {@code 409 quote_expired} or {@code
   *     409 quote_already_used}
   */
  public QuoteRecord usable(Partner partner, String quoteId, WalletRecord wallet, String field) {
    QuoteRecord quote = visible(partner, quoteId);
    if (!quote.walletId().equals(wallet.id())) {
      throw ApiProblem.invalidField(
          field, "quote_mismatch", "quote " + quoteId + " was made for another wallet");
    }
    String status = quote.status(engine.quoteUsedBy().get(quoteId), engine.clock().now());
    if (status.equals("used")) {
      throw ApiProblem.of(
          409,
          "quote_already_used",
          "Quote already used",
          "quote " + quoteId + " was used by " + engine.quoteUsedBy().get(quoteId));
    }
    if (status.equals("expired")) {
      throw ApiProblem.of(
          409,
          "quote_expired",
          "Quote expired",
          "quote " + quoteId + " expired at " + quote.expiresAt());
    }
    return quote;
  }

  /**
   * Finds a quote of the partner.
   *
   * @param partner the partner
   * @param quoteId the quote id
   * @return the quote
   * @throws ApiProblem {@code 404 not_found}
   */
  public QuoteRecord visible(Partner partner, String quoteId) {
    QuoteRecord quote = engine.quotes().get(quoteId);
    if (quote == null || !quote.partnerId().equals(partner.id())) {
      throw ApiProblem.of(404, "not_found", "Not found", "quote " + quoteId + " does not exist");
    }
    return quote;
  }

  /**
   * Marks a quote used.
   *
   * @param quote the quote
   * @param usedBy the payment or transfer id
   */
  public void markUsed(QuoteRecord quote, String usedBy) {
    engine.quoteUsedBy().put(quote.id(), usedBy);
  }

  /**
   * Returns a quote's status now.
   *
   * @param quote the quote
   * @return {@code active}, {@code used} or {@code expired}
   */
  public String status(QuoteRecord quote) {
    return quote.status(engine.quoteUsedBy().get(quote.id()), engine.clock().now());
  }
}
