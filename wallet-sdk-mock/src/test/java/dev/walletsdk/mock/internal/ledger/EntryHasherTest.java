/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hash of a journal entry is SHA-256 over the previous hash and the entry's canonical text;
 * exported statements carry it, so its value must not change with the way it is computed.
 */
class EntryHasherTest {
  private static final String GENESIS = JournalEntry.GENESIS;
  private static final List<Leg> LEGS =
      List.of(
          new Leg("wallet:wal_a:EUR", "wallet:wal_b:EUR", "EUR", 990),
          new Leg("wallet:wal_a:EUR", "system:fees:EUR", "EUR", 20));

  /** The canonical text built as a string and encoded whole, as the hash is defined. */
  private static String reference(
      String previousHash,
      long sequence,
      Instant at,
      EntryKind kind,
      long reservation,
      List<Leg> legs,
      Memo memo) {
    StringBuilder text =
        new StringBuilder()
            .append(sequence)
            .append('|')
            .append(at)
            .append('|')
            .append(kind)
            .append('|')
            .append(reservation)
            .append('|')
            .append(memo.resourceId())
            .append('|')
            .append(memo.type())
            .append('|')
            .append(memo.idempotencyScope() == null ? "" : memo.idempotencyScope());
    for (Leg leg : legs) {
      text.append('|')
          .append(leg.debit())
          .append('>')
          .append(leg.credit())
          .append(':')
          .append(leg.currency())
          .append(':')
          .append(leg.amount());
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void hashIsSha256OfThePreviousHashAndTheCanonicalText() {
    // sha256("0" * 64 + "1|2026-11-23T10:00:00.123456Z|POST|0|trf_1|transfer|ptn_1:kéy|"
    //   + "wallet:wal_a:EUR>wallet:wal_b:EUR:EUR:990|wallet:wal_a:EUR>system:fees:EUR:EUR:20")
    String hash =
        new EntryHasher()
            .hash(
                GENESIS,
                1,
                Instant.parse("2026-11-23T10:00:00.123456Z"),
                EntryKind.POST,
                0,
                LEGS,
                new Memo("trf_1", "transfer", "ptn_1:kéy"));

    assertThat(hash).isEqualTo("7280fab319aede613e77cce353729558a9a938880e4fb5578ca637bf8e164321");
  }

  @Test
  void reusedHasherGivesTheHashOfTheTextForAnyEntry() {
    EntryHasher hasher = new EntryHasher();
    Gen<Instant> instants =
        longs()
            .between(-400_000_000_000L, 400_000_000_000L)
            .zip(
                integers().between(0, 3).zip(integers().between(0, 999_999_999), Nano::of),
                Instant::ofEpochSecond);
    Gen<String> texts = strings().allPossible().ofLengthBetween(0, 12);
    Gen<Long> numbers = longs().all();
    qt().withExamples(2_000)
        .forAll(instants, texts, texts, numbers)
        .checkAssert(
            (at, resourceId, scope, reservation) -> {
              Memo memo = new Memo(resourceId, "transfer", scope.isEmpty() ? null : scope);
              List<Leg> legs =
                  List.of(
                      new Leg("wallet:" + scope + ":EUR", "system:fees:EUR", "EUR", 1),
                      new Leg("wallet:wal_a:EUR", "wallet:" + resourceId + "x", "EUR", 99));
              String previous = reservation % 2 == 0 ? GENESIS : resourceId;

              assertThat(hasher.hash(previous, 7, at, EntryKind.VOID, reservation, legs, memo))
                  .isEqualTo(reference(previous, 7, at, EntryKind.VOID, reservation, legs, memo));
            });
  }

  @Test
  void hashChangesWhenTheTimeMovesByOneNanosecond() {
    EntryHasher hasher = new EntryHasher();
    Memo memo = new Memo("trf_1", "transfer", null);
    Instant at = Instant.parse("2026-11-23T10:00:00.120Z");

    assertThat(hasher.hash(GENESIS, 1, at.plusNanos(1), EntryKind.POST, 0, LEGS, memo))
        .isNotEqualTo(hasher.hash(GENESIS, 1, at, EntryKind.POST, 0, LEGS, memo))
        .isEqualTo(reference(GENESIS, 1, at.plusNanos(1), EntryKind.POST, 0, LEGS, memo));
  }

  /** Nanoseconds with 0, 3, 6 or 9 significant fraction digits, as {@link Instant} prints them. */
  private static final class Nano {
    static int of(int digits, int nanos) {
      return switch (digits) {
        case 0 -> 0;
        case 1 -> nanos / 1_000_000 * 1_000_000;
        case 2 -> nanos / 1_000 * 1_000;
        default -> nanos;
      };
    }

    private Nano() {}
  }
}
