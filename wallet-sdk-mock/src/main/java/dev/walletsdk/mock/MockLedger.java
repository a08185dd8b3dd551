/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.internal.runtime.MockRuntime;

/**
 * A read-only view of the mock's double-entry ledger: audit its invariants, export its journal.
 *
 * <p>Thread-safe.
 */
public final class MockLedger {
  private final MockRuntime runtime;

  MockLedger(MockRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Checks every invariant of the ledger: debits equal credits per currency, balances equal the
   * fold of the journal, no wallet below zero, each reservation resolved at most once, one movement
   * per idempotency key, an intact hash chain and monotonic time.
   *
   * @return the report; {@link AuditReport#isClean()} when everything holds
   */
  public AuditReport audit() {
    return runtime.read(engine -> engine.ledger().audit());
  }

  /**
   * Returns the number of journal entries.
   *
   * @return the count
   */
  public int journalSize() {
    return runtime.read(engine -> engine.ledger().journal().size());
  }

  /**
   * Exports the journal as JSON Lines, one entry per line, oldest first, with each entry's hash and
   * its predecessor's, so that the chain can be verified offline.
   *
   * @return the journal text
   */
  public String exportJournal() {
    return runtime.read(engine -> LedgerExport.jsonLines(engine.ledger().journal()));
  }

  /**
   * Exports the journal as a statement that verifies offline: every entry with its hash, then a
   * head line signing the number of entries and the last hash with the platform's receipt key.
   * Check it with {@link LedgerStatement#verify(String, dev.walletsdk.spi.ReceiptVerifier)}.
   *
   * @return the statement, JSON Lines
   */
  public String exportStatement() {
    return runtime.read(
        engine ->
            LedgerExport.signedStatement(
                engine.ledger().journal(), engine.clock().now(), runtime.security()));
  }
}
