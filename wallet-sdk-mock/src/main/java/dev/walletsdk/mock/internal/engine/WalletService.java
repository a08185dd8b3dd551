package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
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

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public WalletService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
  }

  /**
   * Opens a wallet.
   *
   * @param partner the owner
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main first
   * @param reference the partner's reference
   * @return the wallet
   */
  public WalletRecord open(
      Partner partner,
      String displayName,
      List<CurrencyCode> currencies,
      @Nullable String reference) {
    WalletRecord wallet =
        new WalletRecord(
            engine.ids().next("wal_"),
            partner.id(),
            displayName,
            reference,
            currencies,
            engine.clock().now());
    engine.walletMap().put(wallet.id(), wallet);
    currencies.forEach(currency -> movements.walletAccount(wallet, currency));
    engine.emit(partner.id(), "wallet.created", Views.wallet(wallet));
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
    engine.emit(
        wallet.partnerId(), "wallet.funded", Views.transaction(history.get(history.size() - 1)));
    return id;
  }

  /**
   * Rejects a wallet that is frozen or closed.
   *
   * @param wallet the wallet
   * @throws ApiProblem {@code 409 wallet_not_active}
   */
  static void requireActive(WalletRecord wallet) {
    if (!wallet.status().equals("active")) {
      throw ApiProblem.of(
          409,
          "wallet_not_active",
          "Wallet not active",
          "wallet " + wallet.id() + " is " + wallet.status());
    }
  }
}
