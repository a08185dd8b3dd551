/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
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
  private final Map<String, Long> heldForReview = new HashMap<>();
  private final int entries;

  private JournalView(
      Map<String, List<Movement>> movementsByKey, Map<String, Long> heldForReview, int entries) {
    this.movementsByKey.putAll(movementsByKey);
    this.heldForReview.putAll(heldForReview);
    this.entries = entries;
  }

  static JournalView parse(String jsonLines) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<Movement>> byKey = new HashMap<>();
    Map<Long, JsonNode> openReviews = new HashMap<>();
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
      if (entry.get("type").asText().equals("risk_review")) {
        // A hold for review reserves without a key; a release or rejection voids it.
        if (kind.equals("RESERVE")) {
          openReviews.put(entry.get("sequence").asLong(), entry.get("legs"));
        } else {
          openReviews.remove(entry.get("reservation").asLong());
        }
        continue;
      }
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
    Map<String, Long> held = new HashMap<>();
    for (JsonNode legs : openReviews.values()) {
      for (JsonNode leg : legs) {
        held.merge(leg.get("debit").asText(), leg.get("amount").asLong(), Long::sum);
      }
    }
    return new JournalView(byKey, held, entries);
  }

  /**
   * What open holds for review reserve on a wallet account ({@code wallet:<id>:<currency>}): the
   * held calls a reviewer has not decided yet, in minor units.
   */
  long heldForReview(String account) {
    return heldForReview.getOrDefault(account, 0L);
  }

  /** How much every open hold for review reserves, in minor units of any currency. */
  long heldForReview() {
    return heldForReview.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The movements the key caused, oldest first; empty when it caused none. */
  List<Movement> movements(String idempotencyKey) {
    return movementsByKey.getOrDefault(idempotencyKey, List.of());
  }

  int entries() {
    return entries;
  }
}
