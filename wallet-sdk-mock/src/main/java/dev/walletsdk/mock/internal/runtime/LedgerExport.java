/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.mock.internal.security.PlatformSecurity;
import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Exports the ledger's hash-chained journal as JSON Lines, one entry per line. */
public final class LedgerExport {
  private LedgerExport() {}

  /**
   * Renders the journal.
   *
   * @param journal the entries, oldest first
   * @return one JSON object per line, each with its hash and its predecessor's
   */
  public static String jsonLines(List<JournalEntry> journal) {
    StringBuilder lines = new StringBuilder();
    for (JournalEntry entry : journal) {
      lines.append(new String(MockJson.write(json(entry)), StandardCharsets.UTF_8)).append('\n');
    }
    return lines.toString();
  }

  /**
   * Renders the journal followed by a signed head: {@code {"statement": {"entries", "head",
   * "exportedAt"}, "receipt": {...}}}, the receipt signing the canonical JSON of {@code statement}.
   *
   * @param journal the entries, oldest first
   * @param exportedAt the server time of the export
   * @param security signs the head with the receipt key
   * @return the statement text
   */
  public static String signedStatement(
      List<JournalEntry> journal, Instant exportedAt, PlatformSecurity security) {
    ObjectNode statement = MockJson.object();
    statement.put("entries", journal.size());
    statement.put(
        "head", journal.isEmpty() ? JournalEntry.GENESIS : journal.get(journal.size() - 1).hash());
    statement.put("exportedAt", exportedAt.toString());
    ObjectNode signed = security.withReceipt(statement);
    ObjectNode head = MockJson.object();
    head.set("receipt", signed.remove("receipt"));
    head.set("statement", signed);
    return jsonLines(journal) + new String(MockJson.write(head), StandardCharsets.UTF_8) + "\n";
  }

  private static ObjectNode json(JournalEntry entry) {
    ObjectNode json = MockJson.object();
    json.put("sequence", entry.sequence());
    json.put("at", entry.at().toString());
    json.put("kind", entry.kind().name());
    json.put("reservation", entry.reservation());
    json.put("resourceId", entry.memo().resourceId());
    json.put("type", entry.memo().type());
    if (entry.memo().idempotencyScope() != null) {
      json.put("idempotencyScope", entry.memo().idempotencyScope());
    }
    ArrayNode legs = json.putArray("legs");
    for (Leg leg : entry.legs()) {
      legs.addObject()
          .put("debit", leg.debit())
          .put("credit", leg.credit())
          .put("currency", leg.currency())
          .put("amount", leg.amount());
    }
    json.put("previousHash", entry.previousHash());
    json.put("hash", entry.hash());
    return json;
  }
}
