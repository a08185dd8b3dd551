package dev.walletsdk.client.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock's exported journal, read the way an auditor outside the mock would: which movements
 * (posts and reservations) each idempotency key caused, and with which resource.
 */
final class JournalView {
  /** One movement: the resource it belongs to and its kind. */
  record Movement(long sequence, String resourceId, String type) {}

  private final Map<String, List<Movement>> movementsByKey = new HashMap<>();
  private final int entries;

  private JournalView(Map<String, List<Movement>> movementsByKey, int entries) {
    this.movementsByKey.putAll(movementsByKey);
    this.entries = entries;
  }

  static JournalView parse(String jsonLines) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<Movement>> byKey = new HashMap<>();
    int entries = 0;
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode entry;
      try {
        entry = mapper.readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException("journal line is not JSON: " + line, e);
      }
      if (!entry.has("sequence")) {
        continue; // the signed head of a statement
      }
      entries++;
      String kind = entry.get("kind").asText();
      JsonNode scope = entry.get("idempotencyScope");
      if (scope == null || !(kind.equals("POST") || kind.equals("RESERVE"))) {
        continue;
      }
      // The scope is "<partner>:<idempotency key>"; keys never contain the partner prefix.
      String key = scope.asText().substring(scope.asText().indexOf(':') + 1);
      byKey
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new Movement(
                  entry.get("sequence").asLong(),
                  entry.get("resourceId").asText(),
                  entry.get("type").asText()));
    }
    return new JournalView(byKey, entries);
  }

  /** The movements the key caused, oldest first; empty when it caused none. */
  List<Movement> movements(String idempotencyKey) {
    return movementsByKey.getOrDefault(idempotencyKey, List.of());
  }

  int entries() {
    return entries;
  }
}
