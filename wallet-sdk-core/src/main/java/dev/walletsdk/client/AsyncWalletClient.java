/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The asynchronous view of a {@link WalletClient}: the same operations, each returning a {@link
 * java.util.concurrent.CompletableFuture}, run through the same pipeline (idempotency, retries,
 * step-up, listeners) on the executor set with {@link WalletClient.Builder#asyncExecutor}.
 *
 * <p><b>Arguments</b> are checked on the calling thread: an invalid argument throws at once and
 * nothing is scheduled. Everything after that (sending, retries and their waits, decoding) runs on
 * the executor.
 *
 * <p><b>Failures</b> complete the future exceptionally with the typed {@link
 * dev.walletsdk.WalletException} the synchronous call would have thrown; {@code join()} wraps it in
 * a {@link java.util.concurrent.CompletionException} and {@code get()} in an {@link
 * java.util.concurrent.ExecutionException}, as for any {@code CompletableFuture}. If the executor
 * rejects the call, the future fails with a {@link dev.walletsdk.TransportException} of kind {@code
 * CANCELLED}.
 *
 * <p><b>Cancellation</b>: cancelling a future the SDK returned (with either value of {@code
 * mayInterruptIfRunning}) stops the call. A call that has not started never starts; a running call
 * makes no further attempt, and a wait before a retry, or a blocking read of the JDK transport, is
 * interrupted. The interrupt is delivered only while the call runs on the executor's thread and is
 * cleared before that thread is handed back, so it never leaks into the executor's next task. An
 * attempt already on the wire may still reach the server; a write keeps its idempotency key, so
 * repeating it later cannot apply it twice. Cancelling a dependent stage (the result of {@code
 * thenApply} and the like) does not cancel the call.
 *
 * <p>Auto-paging lists are blocking by nature, so the asynchronous resources fetch one page per
 * future ({@code page(...)}); follow {@link dev.walletsdk.model.Page#nextCursor()} for the next.
 *
 * <p>Thread-safe, like the client it belongs to.
 */
public interface AsyncWalletClient {
  /**
   * Returns the asynchronous wallets resource.
   *
   * @return opens, gets and pages wallets
   */
  AsyncWallets wallets();

  /**
   * Returns the asynchronous balances resource.
   *
   * @return reads balances
   */
  AsyncBalances balances();

  /**
   * Returns the asynchronous quotes resource.
   *
   * @return creates, gets and pages FX quotes
   */
  AsyncQuotes quotes();

  /**
   * Returns the asynchronous payments resource.
   *
   * @return pays merchants and refunds payments
   */
  AsyncPayments payments();

  /**
   * Returns the asynchronous split bills resource.
   *
   * @return pays one bill from several wallets
   */
  AsyncSplitBills splitBills();

  /**
   * Returns the asynchronous KYC resource.
   *
   * @return KYC levels and upgrades
   */
  AsyncKyc kyc();

  /**
   * Returns the asynchronous privacy resource.
   *
   * @return data export and erasure
   */
  AsyncPrivacy privacy();

  /**
   * Returns the asynchronous bill payments resource.
   *
   * @return pays billers, at once or on a schedule
   */
  AsyncBillPayments billPayments();

  /**
   * Returns the asynchronous rewards resource.
   *
   * @return reads and redeems rewards points
   */
  AsyncRewards rewards();

  /**
   * Returns the asynchronous spending analysis and budgets resource.
   *
   * @return analyses spending and manages budgets
   */
  AsyncBudgets budgets();

  /**
   * Returns the asynchronous risk reviews resource.
   *
   * @return reads movements that transaction monitoring held for review
   */
  AsyncRiskReviews riskReviews();

  /**
   * Returns the asynchronous transfers resource.
   *
   * @return moves money between wallets and to bank accounts
   */
  AsyncTransfers transfers();

  /**
   * Returns the asynchronous challenges resource.
   *
   * @return confirms step-up challenges
   */
  AsyncChallenges challenges();

  /**
   * Returns the asynchronous transactions resource.
   *
   * @return pages transaction history
   */
  AsyncTransactions transactions();

  /**
   * Returns the asynchronous events resource.
   *
   * @return pages the event feed
   */
  AsyncEvents events();

  /**
   * Returns the asynchronous server keys resource.
   *
   * @return reads the server's public keys
   */
  AsyncServerKeys keys();

  /**
   * Returns the asynchronous savings pots resource.
   *
   * @return creates pots and moves money to and from them
   */
  AsyncPots pots();

  /**
   * Returns the asynchronous merchant-funded offers resource.
   *
   * @return creates offers and issues their vouchers to wallets
   */
  AsyncOffers offers();

  /**
   * Returns the asynchronous vouchers resource.
   *
   * @return lists and reads the vouchers wallets hold
   */
  AsyncVouchers vouchers();

  /**
   * Returns the asynchronous e-invoices resource.
   *
   * @return issues, pays, voids and credits invoices of business wallets
   */
  AsyncInvoices invoices();

  /**
   * Returns the asynchronous membership tiers resource.
   *
   * @return reads wallets' tiers and the partner's tier table
   */
  AsyncMembership membership();

  /**
   * Returns the asynchronous batch payouts resource.
   *
   * @return submits batch payouts of business wallets and reads their items
   */
  AsyncPayoutBatches payoutBatches();

  /**
   * Derives an asynchronous client with some options replaced, exactly as {@link
   * WalletClient#withOptions} does for the synchronous client: the same options, the same
   * validation when they are set (an invalid option throws here and nothing is scheduled), the same
   * precedence (per-call over client), sharing the transport, pools and executor.
   *
   * @param options sets the options to replace
   * @return the derived asynchronous client
   * @throws dev.walletsdk.InvalidRequestException if an option is invalid
   */
  AsyncWalletClient withOptions(Consumer<WalletClient.Options> options);

  /**
   * Starts one call and returns a future of its result together with the response's status, {@code
   * Request-Id} and headers: {@code async.withResponse(c -> c.transfers().create(request))}.
   *
   * <p>{@code call} receives a view of this client that admits exactly one API call, started before
   * the function returns; the rules are those of {@link WalletClient#withResponse}. A function that
   * starts no call, or a second call, throws {@link ResponseCaptureException} at once, on the
   * calling thread (the second call is not scheduled); a call started through the view after the
   * function returned (in a {@code thenCompose}, say) is refused with the same exception. The
   * function may return the call's future or a stage derived from it ({@code thenApply}); if that
   * future completes before the call does, the result fails with reason {@code CALL_NOT_AWAITED}.
   *
   * <p>The returned future fails with the call's typed {@link dev.walletsdk.WalletException} as the
   * plain future would, not wrapped in a {@code CompletionException}; cancelling it cancels the
   * future the function returned, which stops the call when that is the call's own future (a
   * dependent stage does not pass cancellation back to the call).
   *
   * @param call starts one API call through the view it is given and returns its future
   * @param <T> the result type
   * @return the future of the result with its response's status, request id and headers
   * @throws ResponseCaptureException if the function starts no call or more than one
   */
  <T> CompletableFuture<ApiResponse<T>> withResponse(
      Function<? super AsyncWalletClient, ? extends CompletableFuture<? extends T>> call);
}
