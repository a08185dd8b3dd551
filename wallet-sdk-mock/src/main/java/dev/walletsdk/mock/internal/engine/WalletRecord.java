package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A wallet as the engine keeps it. Mutated only under the engine's lock. */
public final class WalletRecord {
  private final String id;
  private final String partnerId;
  private final String displayName;
  private final @Nullable String reference;
  private final Instant createdAt;
  private final List<CurrencyCode> currencies = new ArrayList<>();
  private final List<TransactionRecord> transactions = new ArrayList<>();
  private String status = "active";

  WalletRecord(
      String id,
      String partnerId,
      String displayName,
      @Nullable String reference,
      List<CurrencyCode> currencies,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.displayName = displayName;
    this.reference = reference;
    this.createdAt = createdAt;
    this.currencies.addAll(currencies);
  }

  /**
   * Returns the id.
   *
   * @return the wallet id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the owning partner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the partner's reference.
   *
   * @return the reference, or {@code null}
   */
  public @Nullable String reference() {
    return reference;
  }

  /**
   * Returns the creation time.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the status.
   *
   * @return {@code active}, {@code frozen} or {@code closed}
   */
  public String status() {
    return status;
  }

  void status(String status) {
    this.status = status;
  }

  /**
   * Returns the currencies held, main currency first.
   *
   * @return an unmodifiable view
   */
  public List<CurrencyCode> currencies() {
    return Collections.unmodifiableList(currencies);
  }

  void hold(CurrencyCode currency) {
    if (!currencies.contains(currency)) {
      currencies.add(currency);
    }
  }

  /**
   * Returns the posted transactions, oldest first.
   *
   * @return an unmodifiable view
   */
  public List<TransactionRecord> transactions() {
    return Collections.unmodifiableList(transactions);
  }

  void record(TransactionRecord transaction) {
    transactions.add(transaction);
  }

  /**
   * Returns the key of the wallet's ledger account in a currency.
   *
   * @param currency the currency
   * @return the account key
   */
  public String accountKey(CurrencyCode currency) {
    return accountKey(id, currency);
  }

  static String accountKey(String walletId, CurrencyCode currency) {
    return "wallet:" + walletId + ":" + currency.code();
  }
}
