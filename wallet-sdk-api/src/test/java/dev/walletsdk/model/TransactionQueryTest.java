/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransactionQueryTest {
  private static final WalletId WALLET = WalletId.of("wal_a1");
  private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  void queryWithoutALimitAsksFor25Entries() {
    TransactionQuery query = TransactionQuery.builder().wallet(WALLET).build();

    assertThat(query.limit()).isEqualTo(TransactionQuery.DEFAULT_LIMIT).isEqualTo(25);
    assertThat(query.cursor()).isEmpty();
    assertThat(query.since()).isEmpty();
    assertThat(query.until()).isEmpty();
  }

  @Test
  void limitOf100IsAccepted() {
    assertThat(TransactionQuery.builder().wallet(WALLET).limit(100).build().limit()).isEqualTo(100);
  }

  @Test
  void limitOfZeroIsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().limit(0),
        "limit",
        "out_of_range",
        "limit must be between 1 and 100 but was 0");
  }

  @Test
  void limitAbove100IsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().limit(101),
        "limit",
        "out_of_range",
        "limit must be between 1 and 100 but was 101");
  }

  @Test
  void missingWalletIsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().build(), "wallet", "required", "wallet is required");
  }

  @Test
  void windowFromSinceToUntilIsKept() {
    TransactionQuery query =
        TransactionQuery.builder().wallet(WALLET).since(JANUARY).until(FEBRUARY).build();

    assertThat(query.since()).contains(JANUARY);
    assertThat(query.until()).contains(FEBRUARY);
  }

  @Test
  void untilBeforeSinceIsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().wallet(WALLET).since(FEBRUARY).until(JANUARY).build(),
        "until",
        "invalid_range",
        "until 2026-01-01T00:00:00Z must be after since 2026-02-01T00:00:00Z");
  }

  @Test
  void untilEqualToSinceIsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().wallet(WALLET).since(JANUARY).until(JANUARY).build(),
        "until",
        "invalid_range",
        "until 2026-01-01T00:00:00Z must be after since 2026-01-01T00:00:00Z");
  }

  @Test
  void cursorWithASpaceIsRejected() {
    assertRejected(
        () -> TransactionQuery.builder().cursor("abc def"),
        "cursor",
        "invalid_format",
        "cursor \"abc def\" must be 1 to 512 visible ASCII characters");
  }

  @Test
  void withCursorChangesOnlyTheCursor() {
    TransactionQuery first =
        TransactionQuery.builder().wallet(WALLET).limit(10).since(JANUARY).build();

    TransactionQuery next = first.withCursor("cur_2");

    assertThat(next.cursor()).contains("cur_2");
    assertThat(next.withCursor(null)).isEqualTo(first);
  }

  @Test
  void withCursorRejectsAnEmptyCursor() {
    TransactionQuery query = TransactionQuery.builder().wallet(WALLET).build();

    assertRejected(
        () -> query.withCursor(""),
        "cursor",
        "invalid_format",
        "cursor \"\" must be 1 to 512 visible ASCII characters");
  }
}
