package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.Leg;

/**
 * A read-only view of the mock's double-entry ledger: audit its invariants, export its journal.
 *
 * <p>Thread-safe.
 */
public final class MockLedger {
  private final Engine engine;

  MockLedger(Engine engine) {
    this.engine = engine;
  }

  /**
   * Checks every invariant of the ledger: debits equal credits per currency, balances equal the
   * fold of the journal, no wallet below zero, each reservation resolved at most once, one movement
   * per idempotency key, an intact hash chain and monotonic time.
   *
   * @return the report; {@link AuditReport#isClean()} when everything holds
   */
  public AuditReport audit() {
    return engine.locked(() -> engine.ledger().audit());
  }

  /**
   * Returns the number of journal entries.
   *
   * @return the count
   */
  public int journalSize() {
    return engine.locked(() -> engine.ledger().journal().size());
  }

  /**
   * Exports the journal as JSON Lines, one entry per line, oldest first, with each entry's hash and
   * its predecessor's, so that the chain can be verified offline.
   *
   * @return the journal text
   */
  public String exportJournal() {
    return engine.locked(
        () -> {
          StringBuilder lines = new StringBuilder();
          for (JournalEntry entry : engine.ledger().journal()) {
            lines.append(line(entry)).append('\n');
          }
          return lines.toString();
        });
  }

  private static String line(JournalEntry entry) {
    StringBuilder legs = new StringBuilder("[");
    for (Leg leg : entry.legs()) {
      legs.append(legs.length() == 1 ? "" : ",")
          .append("{\"debit\":\"")
          .append(leg.debit())
          .append("\",\"credit\":\"")
          .append(leg.credit())
          .append("\",\"currency\":\"")
          .append(leg.currency())
          .append("\",\"amount\":")
          .append(leg.amount())
          .append('}');
    }
    return "{\"sequence\":"
        + entry.sequence()
        + ",\"at\":\""
        + entry.at()
        + "\",\"kind\":\""
        + entry.kind()
        + "\",\"reservation\":"
        + entry.reservation()
        + ",\"resourceId\":\""
        + entry.memo().resourceId()
        + "\",\"type\":\""
        + entry.memo().type()
        + "\",\"legs\":"
        + legs.append(']')
        + ",\"previousHash\":\""
        + entry.previousHash()
        + "\",\"hash\":\""
        + entry.hash()
        + "\"}";
  }
}
