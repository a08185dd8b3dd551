/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.WalletKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The platform's business operations on wallets: open, fund, and move money between wallets. Every
 * method runs under the engine's lock (the caller holds it) and either completes or throws an
 * {@link ApiProblem} having changed nothing.
 */
public final class WalletService {
  private final Engine engine;
  private final Movements movements;
  private final KycService kyc;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   * @param kyc verifies the identity a wallet is opened with
   */
  public WalletService(Engine engine, KycService kyc) {
    this.engine = engine;
    this.movements = new Movements(engine);
    this.kyc = kyc;
  }

  /**
   * Opens a wallet.
   *
   * @param partner the owner
   * @param kind personal or business
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main first
   * @param reference the partner's reference
   * @param identity the holder's identity, or {@code null} to open the wallet unverified
   * @return the wallet, at the highest KYC level the identity supports
   * @throws ApiProblem {@code 422 kyc_rejected} if the identity is refused; no wallet is opened
   */
  public WalletRecord open(
      Partner partner,
      WalletKind kind,
      String displayName,
      List<CurrencyCode> currencies,
      @Nullable String reference,
      @Nullable IdentityRecord identity) {
    KycLevel level = identity == null ? KycLevel.UNVERIFIED : kyc.levelAtOpening(identity);
    return create(partner, kind, displayName, currencies, reference, identity, level);
  }

  /**
   * Opens a wallet for a test harness, through the control plane: it counts as verified to KYC
   * level {@code full} without identity data, as if the harness had verified the holder elsewhere.
   *
   * @param partner the owner
   * @param kind personal or business
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main first
   * @param reference the partner's reference
   * @return the wallet
   */
  public WalletRecord openVerified(
      Partner partner,
      WalletKind kind,
      String displayName,
      List<CurrencyCode> currencies,
      @Nullable String reference) {
    return create(partner, kind, displayName, currencies, reference, null, KycLevel.FULL);
  }

  private WalletRecord create(
      Partner partner,
      WalletKind kind,
      String displayName,
      List<CurrencyCode> currencies,
      @Nullable String reference,
      @Nullable IdentityRecord identity,
      KycLevel level) {
    WalletRecord wallet =
        new WalletRecord(
            engine.ids().next("wal_"),
            partner.id(),
            kind,
            displayName,
            reference,
            currencies,
            engine.clock().now());
    if (level != KycLevel.UNVERIFIED) {
      wallet.verified(identity, level, engine.clock().now());
    }
    engine.walletMap().put(wallet.id(), wallet);
    currencies.forEach(currency -> movements.walletAccount(wallet, currency));
    engine.emit(new DomainEvent.WalletCreated(partner.id(), wallet));
    return wallet;
  }

  /**
   * Adds money to a wallet from outside the platform (a top-up).
   *
   * @param wallet the wallet
   * @param amount a positive amount
   * @param reference a reference for the wallet's history
   * @return the funding id
   */
  public String fund(WalletRecord wallet, Amount amount, @Nullable String reference) {
    if (amount.minor() <= 0) {
      throw new IllegalArgumentException("a funding must be positive but was " + amount);
    }
    requireActive(wallet);
    wallet.hold(amount.currency());
    String id = engine.ids().next("fnd_");
    Leg leg =
        new Leg(
            movements.systemAccount("funding", amount.currency()),
            movements.walletAccount(wallet, amount.currency()),
            amount.code(),
            amount.minor());
    long sequence =
        movements.post(List.of(leg), new Memo(id, "funding", null), reference, "Top-up").sequence();
    engine.fundingMap().put(id, sequence);
    List<TransactionRecord> history = wallet.transactions();
    engine.emit(new DomainEvent.WalletFunded(wallet.partnerId(), history.get(history.size() - 1)));
    return id;
  }

  /**
   * Rejects a wallet that is not a business wallet, for what only businesses may do (issue
   * e-invoices, send batch payouts).
   *
   * @param wallet the wallet
   * @param field the request member that named the wallet, such as {@code walletId}
   * @throws ApiProblem {@code 422 business_wallet_required}, naming the field
   */
  public static void requireBusiness(WalletRecord wallet, String field) {
    if (!wallet.isBusiness()) {
      String message =
          "wallet " + wallet.id() + " is a personal wallet; only a business wallet can do this";
      throw ApiProblem.of(
          422,
          "business_wallet_required",
          "Business wallet required",
          field + ": " + message,
          List.of(new ApiProblem.FieldProblem(field, "business_wallet_required", message)));
    }
  }

  /**
   * Rejects a wallet that is frozen or closed.
   *
   * @param wallet the wallet
   * @throws ApiProblem {@code 409 wallet_not_active}
   */
  public static void requireActive(WalletRecord wallet) {
    if (!wallet.status().equals("active")) {
      throw ApiProblem.of(
          409,
          "wallet_not_active",
          "Wallet not active",
          "wallet " + wallet.id() + " is " + wallet.status());
    }
  }
}
