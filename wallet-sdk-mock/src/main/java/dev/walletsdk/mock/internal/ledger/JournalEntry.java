/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One immutable entry of the ledger's journal. Entries are hash-chained: each {@link #hash()} is
 * SHA-256 over the previous entry's hash and this entry's canonical text (defined in {@code
 * EntryHasher} and docs/mock-server.md), so a statement exported from the journal can be verified
 * offline.
 *
 * @param sequence the entry's position, from 1
 * @param at the server time of the entry; never before the previous entry's
 * @param kind what the entry does
 * @param reservation for {@code POST_PENDING} and {@code VOID}, the sequence of the reservation;
 *     for {@code RESERVE} its own sequence; 0 for {@code POST}
 * @param legs the movements; for {@code POST_PENDING} and {@code VOID}, those of the reservation
 * @param memo what caused the entry: a resource id, type and idempotency scope
 * @param previousHash the hash of the entry before, or 64 zeros for the first
 * @param hash this entry's hash, lower-case hex
 */
public record JournalEntry(
    long sequence,
    Instant at,
    EntryKind kind,
    long reservation,
    List<Leg> legs,
    Memo memo,
    String previousHash,
    String hash) {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /**
   * What caused an entry.
   *
   * @param resourceId the id of the funding, transfer, payment or refund
   * @param type the kind of movement, for example {@code transfer} or {@code funding}
   * @param idempotencyScope the API key's partner and idempotency key that caused the movement, or
   *     {@code null} for control-plane movements
   */
  public record Memo(String resourceId, String type, @Nullable String idempotencyScope) {}

  /** Copies the legs. */
  public JournalEntry {
    legs = List.copyOf(legs);
  }

  /** Computes a hash with a fresh hasher, for entries built by hand. */
  static String hash(
      String previousHash,
      long sequence,
      Instant at,
      EntryKind kind,
      long reservation,
      List<Leg> legs,
      Memo memo) {
    return new EntryHasher().hash(previousHash, sequence, at, kind, reservation, legs, memo);
  }

  /**
   * Recomputes this entry's hash from its contents and the given previous hash.
   *
   * @param previous the hash the entry should follow
   * @return the hash the entry should have
   */
  public String expectedHash(String previous) {
    return expectedHash(previous, new EntryHasher());
  }

  /** Recomputes the hash with a hasher reused across entries, as an audit does. */
  String expectedHash(String previous, EntryHasher hasher) {
    return hasher.hash(previous, sequence, at, kind, reservation, legs, memo);
  }
}
