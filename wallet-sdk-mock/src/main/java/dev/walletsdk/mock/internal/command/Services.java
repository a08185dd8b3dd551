/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.BillPaymentService;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.InvoiceService;
import dev.walletsdk.mock.internal.engine.KycService;
import dev.walletsdk.mock.internal.engine.MembershipService;
import dev.walletsdk.mock.internal.engine.OfferService;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.PaymentService;
import dev.walletsdk.mock.internal.engine.PaymentTokenService;
import dev.walletsdk.mock.internal.engine.PotService;
import dev.walletsdk.mock.internal.engine.PrivacyService;
import dev.walletsdk.mock.internal.engine.QuoteService;
import dev.walletsdk.mock.internal.engine.RewardsService;
import dev.walletsdk.mock.internal.engine.RiskMonitor;
import dev.walletsdk.mock.internal.engine.SplitBillService;
import dev.walletsdk.mock.internal.engine.TokenSigner;
import dev.walletsdk.mock.internal.engine.TransferService;
import dev.walletsdk.mock.internal.engine.WalletService;
import java.util.function.UnaryOperator;

/**
 * The engine's services, built once per engine and shared by the routes and the control plane.
 *
 * @param wallets opens and funds wallets
 * @param quotes quotes conversions
 * @param transfers moves money between wallets and to bank accounts
 * @param payments pays merchants and refunds
 * @param movements the commands that debit a holder's wallet, each through the movement guard
 * @param challenges step-up challenges
 * @param decryption opens encrypted request fields
 * @param receipts adds a signed receipt to an object that reports a money movement
 * @param paymentTokens issues and redeems consumer-presented payment tokens
 * @param billPayments pays billers, at once or on a schedule
 * @param rewards earns, reverses and redeems rewards points
 * @param kyc verifies identities and raises KYC levels
 * @param privacy exports and erases a holder's personal data
 * @param risk transaction monitoring: assessments, reviews and their decisions
 * @param pots keeps savings pots and moves money to and from them
 * @param offers merchant-funded offers and the vouchers wallets hold
 * @param invoices keeps the invoices of business wallets
 * @param invoicePayments pays invoices through the movement guard
 * @param membership evaluates membership tiers
 * @param payoutBatches executes batch payouts of business wallets item by item
 */
public record Services(
    WalletService wallets,
    QuoteService quotes,
    TransferService transfers,
    PaymentService payments,
    MovementCommands movements,
    ChallengeService challenges,
    FieldDecryption decryption,
    UnaryOperator<ObjectNode> receipts,
    PaymentTokenService paymentTokens,
    BillPaymentService billPayments,
    RewardsService rewards,
    KycService kyc,
    PrivacyService privacy,
    RiskMonitor risk,
    PotService pots,
    OfferService offers,
    InvoiceService invoices,
    InvoiceCommands invoicePayments,
    MembershipService membership,
    PayoutBatchCommands payoutBatches) {

  /**
   * Builds the services of an engine.
   *
   * @param engine the platform state
   * @param decryption opens encrypted request fields
   * @param receipts adds a signed receipt to an object that reports a money movement
   * @param signer signs and verifies payment tokens
   * @return the services
   */
  public static Services of(
      Engine engine,
      FieldDecryption decryption,
      UnaryOperator<ObjectNode> receipts,
      TokenSigner signer) {
    QuoteService quotes = new QuoteService(engine);
    RewardsService rewards = new RewardsService(engine);
    KycService kyc = new KycService(engine);
    ChallengeService challenges = new ChallengeService(engine);
    RiskMonitor risk = new RiskMonitor(engine);
    MovementGuard guard = new MovementGuard(new OutgoingPolicy(engine), challenges, risk);
    TransferService transfers = new TransferService(engine, quotes);
    OfferService offers = new OfferService(engine);
    PaymentService payments = new PaymentService(engine, quotes, rewards, offers);
    PaymentTokenService paymentTokens = new PaymentTokenService(engine, signer);
    BillPaymentService billPayments = new BillPaymentService(engine, guard);
    InvoiceService invoices = new InvoiceService(engine);
    MembershipService membership = new MembershipService(engine);
    engine.clock().onDue(membership::runDue);
    return new Services(
        new WalletService(engine, kyc),
        quotes,
        transfers,
        payments,
        new MovementCommands(
            guard, payments, paymentTokens, transfers, billPayments, new SplitBillService(engine)),
        challenges,
        decryption,
        receipts,
        paymentTokens,
        billPayments,
        rewards,
        kyc,
        new PrivacyService(engine),
        risk,
        new PotService(engine),
        offers,
        invoices,
        new InvoiceCommands(guard, invoices),
        membership,
        new PayoutBatchCommands(engine, guard, transfers));
  }
}
