package dev.walletsdk.mock.internal.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one journal entry does to each account it touches, computed and checked in full before any
 * account changes: exact arithmetic throughout, every bound checked, so that an entry is applied
 * whole or not at all.
 */
final class EntryEffect {
  /** New posted balance, pending debits and pending credits of each touched account. */
  private final Map<Account, long[]> after = new LinkedHashMap<>();

  private EntryEffect() {}

  /**
   * Computes and checks the effect of an entry's legs.
   *
   * @throws BalanceLimitException if an account would pass its limit; nothing is changed
   */
  static EntryEffect of(EntryKind kind, List<Leg> legs, Map<String, Account> accounts) {
    EntryEffect effect = new EntryEffect();
    for (Leg leg : legs) {
      Account debit = accounts.get(leg.debit());
      Account credit = accounts.get(leg.credit());
      long amount = leg.amount();
      switch (kind) {
        case POST -> {
          effect.add(debit, -amount, 0, 0);
          effect.add(credit, amount, 0, 0);
        }
        case RESERVE -> {
          effect.add(debit, 0, amount, 0);
          effect.add(credit, 0, 0, amount);
        }
        case POST_PENDING -> {
          effect.add(debit, -amount, -amount, 0);
          effect.add(credit, amount, 0, -amount);
        }
        case VOID -> {
          effect.add(debit, 0, -amount, 0);
          effect.add(credit, 0, 0, -amount);
        }
      }
    }
    effect.after.forEach(EntryEffect::checkBounds);
    return effect;
  }

  /** Applies the checked effect; nothing here can fail. */
  void apply() {
    after.forEach((account, values) -> account.set(values[0], values[1], values[2]));
  }

  private void add(Account account, long posted, long debitsPending, long creditsPending) {
    long[] values =
        after.computeIfAbsent(
            account, a -> new long[] {a.posted(), a.debitsPending(), a.creditsPending()});
    try {
      values[0] = Math.addExact(values[0], posted);
      values[1] = Math.addExact(values[1], debitsPending);
      values[2] = Math.addExact(values[2], creditsPending);
    } catch (ArithmeticException e) {
      throw new BalanceLimitException(
          account.key(), "would hold", "more than a long can count", account.limit());
    }
  }

  /**
   * The account may neither hold more than its limit counting incoming reservations, nor owe more
   * than its limit counting outgoing ones, so posting any open reservation stays within bounds.
   */
  private static void checkBounds(Account account, long[] values) {
    long limit = account.limit();
    if (values[1] < 0 || values[2] < 0) {
      throw new IllegalStateException("account " + account.key() + " would reserve below zero");
    }
    long highest;
    long lowest;
    try {
      highest = Math.addExact(values[0], values[2]);
      lowest = Math.subtractExact(values[0], values[1]);
    } catch (ArithmeticException e) {
      throw new BalanceLimitException(
          account.key(), "would hold", "more than a long can count", limit);
    }
    if (highest > limit) {
      throw new BalanceLimitException(account.key(), "would hold", Long.toString(highest), limit);
    }
    if (lowest < -limit) {
      throw new BalanceLimitException(account.key(), "would owe", Long.toString(-lowest), limit);
    }
  }
}
