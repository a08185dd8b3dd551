package dev.walletsdk.mock.internal.ledger;

/**
 * One ledger account: a balance in one currency, in integer minor units, kept as four running
 * totals. Its net balance is {@code creditsPosted - debitsPosted}; a customer wallet's account is
 * credit-normal, so money received is a credit.
 *
 * <p>Mutated only by the {@link Ledger}, under the engine's lock.
 */
public final class Account {
  private final String key;
  private final String currency;
  private final boolean mayGoNegative;
  private long debitsPosted;
  private long creditsPosted;
  private long debitsPending;
  private long creditsPending;

  Account(String key, String currency, boolean mayGoNegative) {
    this.key = key;
    this.currency = currency;
    this.mayGoNegative = mayGoNegative;
  }

  /**
   * Returns the account's key, for example {@code wallet:wal_1:EUR} or {@code system:fx:USD}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the account's currency.
   *
   * @return the ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /**
   * Tells whether the account may go below zero (system accounts may, wallets may not).
   *
   * @return the flag
   */
  public boolean mayGoNegative() {
    return mayGoNegative;
  }

  /**
   * Returns the posted balance.
   *
   * @return credits posted minus debits posted
   */
  public long posted() {
    return Math.subtractExact(creditsPosted, debitsPosted);
  }

  /**
   * Returns the amount reserved by pending debits.
   *
   * @return debits pending
   */
  public long reserved() {
    return debitsPending;
  }

  /**
   * Returns what may still be debited: the posted balance less pending debits.
   *
   * @return the available balance
   */
  public long available() {
    return Math.subtractExact(posted(), debitsPending);
  }

  long debitsPosted() {
    return debitsPosted;
  }

  long creditsPosted() {
    return creditsPosted;
  }

  long debitsPending() {
    return debitsPending;
  }

  long creditsPending() {
    return creditsPending;
  }

  void addPosted(long debit, long credit) {
    debitsPosted = Math.addExact(debitsPosted, debit);
    creditsPosted = Math.addExact(creditsPosted, credit);
  }

  void addPending(long debit, long credit) {
    debitsPending = Math.addExact(debitsPending, debit);
    creditsPending = Math.addExact(creditsPending, credit);
  }

  @Override
  public String toString() {
    return key + "{posted=" + posted() + ", reserved=" + debitsPending + "}";
  }
}
