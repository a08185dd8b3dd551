/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.AccountSummary;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.BillPaymentRecord;
import dev.walletsdk.mock.internal.engine.BillPaymentService;
import dev.walletsdk.mock.internal.engine.Biller;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentService;
import dev.walletsdk.mock.internal.engine.PaymentTokenRecord;
import dev.walletsdk.mock.internal.engine.PaymentTokenService;
import dev.walletsdk.mock.internal.engine.QrExtra;
import dev.walletsdk.mock.internal.engine.QuoteRecord;
import dev.walletsdk.mock.internal.engine.SplitBillRecord;
import dev.walletsdk.mock.internal.engine.SplitBillService;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.TransferService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The commands that debit a holder's wallet, each run through the {@link MovementGuard}: merchant
 * payments (by id or QR code), payment token redemptions, transfers and payouts, bill payments and
 * split bills. Callers have parsed and validated the request and looked up what it names. Use under
 * the engine's lock.
 */
public final class MovementCommands {
  private final MovementGuard guard;
  private final PaymentService payments;
  private final PaymentTokenService paymentTokens;
  private final TransferService transfers;
  private final BillPaymentService billPayments;
  private final SplitBillService splitBills;

  /**
   * Creates the commands.
   *
   * @param guard sequences each movement
   * @param payments pays merchants
   * @param paymentTokens marks payment tokens redeemed
   * @param transfers moves money to wallets and bank accounts
   * @param billPayments pays billers
   * @param splitBills pays one bill from several wallets
   */
  public MovementCommands(
      MovementGuard guard,
      PaymentService payments,
      PaymentTokenService paymentTokens,
      TransferService transfers,
      BillPaymentService billPayments,
      SplitBillService splitBills) {
    this.guard = guard;
    this.payments = payments;
    this.paymentTokens = paymentTokens;
    this.transfers = transfers;
    this.billPayments = billPayments;
    this.splitBills = splitBills;
  }

  /**
   * Pays a registered merchant from a wallet of the partner, by id or by QR code; held for step-up
   * as {@code payments.create}.
   *
   * @param stepUp the request's standing towards step-up; its partner pays
   * @param wallet the wallet debited
   * @param merchantId a registered merchant
   * @param amount the amount in the wallet's currency, or {@code null} with a quote
   * @param quote the quote to pay in its buy currency, or {@code null}
   * @param description a description
   * @param reference the partner's reference
   * @param extra the tip or convenience fee included in {@code amount} by a QR code, or {@code
   *     null}
   * @param category the merchant category a QR code names, or {@code null} for the merchant's
   *     registered one
   * @param scope the idempotency scope of the request
   * @param voucherId a voucher of the partner to redeem, with an amount only, or {@code null}; its
   *     discount is checked before the policy and again when the payment executes
   * @return the payment
   */
  public PaymentRecord payMerchant(
      StepUp stepUp,
      WalletRecord wallet,
      String merchantId,
      @Nullable Amount amount,
      @Nullable QuoteRecord quote,
      @Nullable String description,
      @Nullable String reference,
      @Nullable QrExtra extra,
      @Nullable String category,
      @Nullable String scope,
      @Nullable String voucherId) {
    Amount debit =
        quote != null ? quote.sell() : payments.holderPays(wallet, merchantId, amount, voucherId);
    return guard.run(
        Movement.of(
                wallet,
                debit,
                () ->
                    payments.pay(
                        stepUp.partner(),
                        wallet,
                        merchantId,
                        amount,
                        quote,
                        description,
                        reference,
                        extra,
                        category,
                        scope,
                        voucherId))
            .payee("merchant:" + merchantId)
            .holdForStepUp(stepUp, "payments.create"));
  }

  /**
   * Redeems a consumer-presented payment token for the merchant that scanned it. The holder
   * authorised the payment by showing the code, so no step-up is asked; the wallet's limits apply.
   *
   * @param token a redeemable token
   * @param wallet the token's wallet
   * @param issuer the partner that issued the token, who pays
   * @param merchantId a registered merchant
   * @param amount the amount
   * @param description a description
   * @param reference the merchant's reference
   * @param scope the idempotency scope of the request
   * @return the payment, which the token now names
   */
  public PaymentRecord redeemToken(
      PaymentTokenRecord token,
      WalletRecord wallet,
      Partner issuer,
      String merchantId,
      Amount amount,
      @Nullable String description,
      @Nullable String reference,
      @Nullable String scope) {
    PaymentRecord payment =
        guard.run(
            Movement.of(
                    wallet,
                    amount,
                    () ->
                        payments.pay(
                            issuer,
                            wallet,
                            merchantId,
                            amount,
                            null,
                            description,
                            reference,
                            null,
                            null,
                            scope,
                            null))
                .payee("merchant:" + merchantId));
    paymentTokens.redeemed(token, payment);
    return payment;
  }

  /**
   * Sends money to another wallet, which must be active, or to a bank account as a payout; held for
   * step-up as {@code transfers.create}.
   *
   * @param stepUp the request's standing towards step-up; its partner sends
   * @param source the wallet debited
   * @param destination the wallet credited, or {@code null} for a payout
   * @param account the payout's bank account, or {@code null} between wallets
   * @param amount the amount in the source currency, or {@code null} with a quote
   * @param quote the quote to convert at, or {@code null}
   * @param reference the partner's reference
   * @param description a description
   * @param scope the idempotency scope of the request
   * @return the transfer
   */
  public TransferRecord transfer(
      StepUp stepUp,
      WalletRecord source,
      @Nullable WalletRecord destination,
      @Nullable AccountSummary account,
      @Nullable Amount amount,
      @Nullable QuoteRecord quote,
      @Nullable String reference,
      @Nullable String description,
      @Nullable String scope) {
    Amount debit = quote != null ? quote.sell() : amount;
    return guard.run(
        Movement.of(
                source,
                debit,
                () ->
                    transfers.create(
                        stepUp.partner(),
                        source,
                        destination,
                        account,
                        amount,
                        quote,
                        reference,
                        description,
                        scope))
            .thenCheck(
                () -> {
                  if (destination != null) {
                    WalletService.requireActive(destination);
                  }
                })
            .payee(transferPayee(destination, account))
            .holdForStepUp(stepUp, "transfers.create"));
  }

  /**
   * Pays a biller now, or schedules the runs; held for step-up as {@code billPayments.create}. A
   * scheduled payment is checked against the policy now and each run again when it is made.
   *
   * @param stepUp the request's standing towards step-up; its partner pays
   * @param wallet the wallet debited
   * @param biller the biller
   * @param customerReference the customer's reference, in the biller's format
   * @param amount the amount of each run
   * @param description a description
   * @param scheduledFor the first run, or {@code null} to pay now
   * @param interval {@code weekly}, {@code monthly} or {@code null}
   * @param count the number of runs of a recurring payment, or {@code null}
   * @param scope the idempotency scope of the request
   * @return the bill payment
   */
  public BillPaymentRecord payBill(
      StepUp stepUp,
      WalletRecord wallet,
      Biller biller,
      String customerReference,
      Amount amount,
      @Nullable String description,
      @Nullable Instant scheduledFor,
      @Nullable String interval,
      @Nullable Integer count,
      @Nullable String scope) {
    Movement<BillPaymentRecord> movement =
        Movement.of(
                wallet,
                amount,
                () ->
                    billPayments.create(
                        stepUp.partner(),
                        wallet,
                        biller,
                        customerReference,
                        amount,
                        description,
                        scheduledFor,
                        interval,
                        count,
                        scope))
            .payee("biller:" + biller.id() + ":" + customerReference)
            .holdForStepUp(stepUp, "billPayments.create");
    return guard.run(scheduledFor == null ? movement : movement.scheduled());
  }

  /**
   * Pays one merchant bill from several wallets at once. A share that needs step-up is refused: one
   * challenge answers for one wallet, and a split bill moves several at once.
   *
   * @param partner the paying partner
   * @param merchantId a registered merchant
   * @param amount the whole bill, equal to the sum of the shares
   * @param method {@code exact} or {@code percentage}
   * @param shares what each participant pays, in request order
   * @param wallets looks up the wallet of the participant at an index, throwing the problem of a
   *     bad reference; each is looked up after the shares before it passed the policy
   * @param description a description
   * @param reference the partner's reference
   * @param scope the idempotency scope of the request
   * @return the split bill
   */
  public SplitBillRecord paySplitBill(
      Partner partner,
      String merchantId,
      Amount amount,
      String method,
      List<SplitBillRecord.Share> shares,
      IntFunction<WalletRecord> wallets,
      @Nullable String description,
      @Nullable String reference,
      @Nullable String scope) {
    return guard.run(
        Movement.ofEach(
                shares.size(),
                i -> new Debit(wallets.apply(i), shares.get(i).amount()),
                debits ->
                    splitBills.pay(
                        partner,
                        merchantId,
                        amount,
                        method,
                        debits.stream().map(Debit::wallet).toList(),
                        shares,
                        description,
                        reference,
                        scope))
            .payee("merchant:" + merchantId)
            .refuseStepUp(MovementCommands::shareNeedsStepUp));
  }

  /** Whom a transfer pays: the destination wallet, or the payout's bank account. */
  private static String transferPayee(
      @Nullable WalletRecord destination, @Nullable AccountSummary account) {
    if (destination != null) {
      return "wallet:" + destination.id();
    }
    return account == null
        ? "account:unknown"
        : "account:" + account.bankCode() + ":" + account.last4() + ":" + account.holderName();
  }

  private static ApiProblem shareNeedsStepUp(int index, Debit share) {
    return ApiProblem.unprocessable(
        "/participants/" + index + "/walletId",
        "step_up_not_supported",
        "wallet "
            + share.wallet().id()
            + " needs step-up for "
            + share.amount()
            + "; pay this share on its own, with step-up");
  }
}
