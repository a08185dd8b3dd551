package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;
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

  private static ObjectNode json(JournalEntry entry) {
    ObjectNode json = MockJson.object();
    json.put("sequence", entry.sequence());
    json.put("at", entry.at().toString());
    json.put("kind", entry.kind().name());
    json.put("reservation", entry.reservation());
    json.put("resourceId", entry.memo().resourceId());
    json.put("type", entry.memo().type());
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
