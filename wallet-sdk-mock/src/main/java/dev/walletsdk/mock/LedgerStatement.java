/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.mock.internal.ledger.EntryKind;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.spi.ReceiptVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies an exported ledger statement offline, with nothing but the statement and the platform's
 * public receipt key: each entry's hash is recomputed from its contents and chained to the one
 * before, and the signed head must name the last hash and the number of entries.
 */
public final class LedgerStatement {
  private LedgerStatement() {}

  /**
   * Verifies a statement.
   *
   * @param statement the text of {@link MockLedger#exportStatement()}
   * @param verifier checks the head's receipt, for example {@code
   *     Ed25519ReceiptVerifier.forServerKeys(keys)}
   * @return the number of entries verified
   * @throws SignatureVerificationException if an entry was altered, removed, inserted or reordered,
   *     or the head is not signed by the platform
   */
  public static int verify(String statement, ReceiptVerifier verifier) {
    String[] lines = statement.strip().split("\n");
    String previous = JournalEntry.GENESIS;
    for (int i = 0; i < lines.length - 1; i++) {
      JournalEntry entry = entry(lines[i]);
      if (entry.sequence() != i + 1 || !entry.previousHash().equals(previous)) {
        throw broken("entry " + (i + 1) + " does not follow the one before it");
      }
      if (!entry.hash().equals(entry.expectedHash(previous))) {
        throw broken("entry " + (i + 1) + " does not match its hash");
      }
      previous = entry.hash();
    }
    JsonNode head = parse(lines[lines.length - 1]);
    ObjectNode signed = (ObjectNode) head.path("statement");
    JsonNode receipt = head.path("receipt");
    verifier.verify(
        MockJson.write(signed),
        Receipt.of(
            receipt.path("kid").asText(),
            receipt.path("alg").asText(),
            receipt.path("sig").asText()));
    if (signed.path("entries").asInt(-1) != lines.length - 1
        || !signed.path("head").asText().equals(previous)) {
      throw broken("the signed head does not name the last entry");
    }
    return lines.length - 1;
  }

  private static JournalEntry entry(String line) {
    JsonNode json = parse(line);
    List<Leg> legs = new ArrayList<>();
    for (JsonNode leg : json.path("legs")) {
      legs.add(
          new Leg(
              leg.path("debit").asText(),
              leg.path("credit").asText(),
              leg.path("currency").asText(),
              leg.path("amount").asLong()));
    }
    JsonNode scope = json.get("idempotencyScope");
    return new JournalEntry(
        json.path("sequence").asLong(),
        Instant.parse(json.path("at").asText()),
        EntryKind.valueOf(json.path("kind").asText()),
        json.path("reservation").asLong(),
        legs,
        new JournalEntry.Memo(
            json.path("resourceId").asText(),
            json.path("type").asText(),
            scope == null ? null : scope.asText()),
        json.path("previousHash").asText(),
        json.path("hash").asText());
  }

  private static JsonNode parse(String line) {
    try {
      return MockJson.parse(line.getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw broken("a line of the statement is not JSON");
    }
  }

  private static SignatureVerificationException broken(String message) {
    return new SignatureVerificationException(
        "statement does not verify: " + message, 0, "signature_verification_failed", null, null);
  }
}
