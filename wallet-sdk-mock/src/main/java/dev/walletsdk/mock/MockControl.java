package dev.walletsdk.mock;

import dev.walletsdk.ApiKey;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The mock's control plane: what a test harness does to the platform that no partner API allows —
 * open and fund wallets, issue API keys, move the virtual clock.
 *
 * <p>Thread-safe; each method is atomic with respect to API requests.
 */
public final class MockControl {
  private final Engine engine;
  private final WalletService wallets;
  private final Partner defaultPartner;

  MockControl(Engine engine, WalletService wallets, Partner defaultPartner) {
    this.engine = engine;
    this.wallets = wallets;
    this.defaultPartner = defaultPartner;
  }

  /**
   * Opens a wallet owned by the default partner (the one of {@link MockWalletServer#apiKey()}).
   *
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main currency first; at least one
   * @return the new wallet's id
   * @throws IllegalArgumentException if no currency is given
   */
  public WalletId openWallet(String displayName, CurrencyCode... currencies) {
    Objects.requireNonNull(displayName, "displayName");
    if (currencies.length == 0) {
      throw new IllegalArgumentException("a wallet needs at least one currency");
    }
    return engine.locked(
        () ->
            WalletId.of(wallets.open(defaultPartner, displayName, List.of(currencies), null).id()));
  }

  /**
   * Adds money to a wallet from outside the platform, as a customer's top-up would.
   *
   * @param wallet the wallet
   * @param amount a positive amount
   * @throws IllegalArgumentException if the wallet does not exist or the amount is not positive
   */
  public void fund(WalletId wallet, Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a funding must be positive but was " + amount);
    }
    engine.locked(
        () ->
            wallets.fund(
                existing(wallet), Amount.of(amount.currency(), amount.minorUnits()), null));
  }

  /**
   * Returns a wallet's posted balance in a currency.
   *
   * @param wallet the wallet
   * @param currency the currency
   * @return the balance, zero if the wallet holds none of the currency
   * @throws IllegalArgumentException if the wallet does not exist
   */
  public Money balance(WalletId wallet, CurrencyCode currency) {
    return engine.locked(
        () -> {
          WalletRecord record = existing(wallet);
          long posted =
              engine.ledger().find(record.accountKey(currency)).map(Account::posted).orElse(0L);
          return Money.ofMinor(posted, currency);
        });
  }

  /**
   * Issues an API key to a new partner, whose wallets and events are separate from the default
   * partner's.
   *
   * @param partnerName a display name
   * @return the new partner's API key
   */
  public ApiKey newPartner(String partnerName) {
    Objects.requireNonNull(partnerName, "partnerName");
    return ApiKey.of(engine.locked(() -> engine.issueApiKey(engine.addPartner(partnerName))));
  }

  /**
   * Returns the virtual time.
   *
   * @return now, in server time
   */
  public Instant now() {
    return engine.clock().now();
  }

  /**
   * Moves the virtual clock forward: quotes, challenges and idempotency keys expire by it.
   *
   * @param duration how far; not negative
   * @return the new time
   * @throws IllegalArgumentException if the duration is negative
   */
  public Instant advanceClock(Duration duration) {
    return engine.locked(() -> engine.clock().advance(duration));
  }

  /**
   * Sets the virtual clock to a later time.
   *
   * @param time the new time; not before now
   * @return the new time
   * @throws IllegalArgumentException if the time is before now
   */
  public Instant setClock(Instant time) {
    return engine.locked(() -> engine.clock().set(time));
  }

  private WalletRecord existing(WalletId wallet) {
    Objects.requireNonNull(wallet, "wallet");
    return engine
        .wallet(wallet.value())
        .orElseThrow(() -> new IllegalArgumentException("wallet " + wallet + " does not exist"));
  }
}
