/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.crypto.internal.ReplayCache.Use;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant IN_FIVE_MINUTES = NOW.plusSeconds(300);

  @Test
  void secondUseBeforeExpiryIsRefused() {
    ReplayCache cache = new ReplayCache(10);

    assertThat(cache.use("key-a", "n1", IN_FIVE_MINUTES, NOW)).isEqualTo(Use.FIRST);
    assertThat(cache.use("key-a", "n1", IN_FIVE_MINUTES, IN_FIVE_MINUTES)).isEqualTo(Use.REPLAYED);
  }

  @Test
  void theSameIdUnderAnotherScopeIsAFirstUse() {
    ReplayCache cache = new ReplayCache(10);
    cache.use("key-a", "n1", IN_FIVE_MINUTES, NOW);

    assertThat(cache.use("key-b", "n1", IN_FIVE_MINUTES, NOW)).isEqualTo(Use.FIRST);
  }

  @Test
  void entriesAreForgottenOnceTheClockPassesTheirExpiry() {
    ReplayCache cache = new ReplayCache(10);
    cache.use("key-a", "old", NOW.plusSeconds(10), NOW);
    cache.use("key-a", "new", NOW.plusSeconds(100), NOW);

    assertThat(cache.use("key-a", "other", NOW.plusSeconds(200), NOW.plusSeconds(11)))
        .isEqualTo(Use.FIRST);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void floodOfDistinctIdsStaysWithinTheBoundAndIsRefusedOnceFull() {
    ReplayCache cache = new ReplayCache(1_000);
    Map<Use, Integer> outcomes = new EnumMap<>(Use.class);

    for (int i = 0; i < 100_000; i++) {
      outcomes.merge(cache.use("key-a", "nonce-" + i, IN_FIVE_MINUTES, NOW), 1, Integer::sum);
    }

    assertThat(outcomes)
        .containsExactlyInAnyOrderEntriesOf(Map.of(Use.FIRST, 1_000, Use.FULL, 99_000));
    assertThat(cache.size()).isEqualTo(1_000);
    assertThat(cache.use("key-a", "nonce-0", IN_FIVE_MINUTES, NOW)).isEqualTo(Use.REPLAYED);
  }

  @Test
  void aFullScopeAcceptsAgainOnceItsEarliestEntryExpires() {
    ReplayCache cache = new ReplayCache(2);
    cache.use("key-a", "n1", NOW.plusSeconds(100), NOW);
    cache.use("key-a", "n2", NOW.plusSeconds(200), NOW);

    assertThat(cache.use("key-a", "n3", NOW.plusSeconds(300), NOW.plusSeconds(100)))
        .isEqualTo(Use.FULL);
    assertThat(cache.earliestExpiry("key-a", NOW.plusSeconds(100))).isEqualTo(NOW.plusSeconds(100));
    assertThat(cache.use("key-a", "n3", NOW.plusSeconds(300), NOW.plusSeconds(101)))
        .isEqualTo(Use.FIRST);
  }

  @Test
  void oneFullScopeDoesNotRefuseAnother() {
    ReplayCache cache = new ReplayCache(3);
    for (int i = 0; i < 10; i++) {
      cache.use("flooding-key", "n" + i, IN_FIVE_MINUTES, NOW);
    }

    assertThat(cache.use("quiet-key", "n1", IN_FIVE_MINUTES, NOW)).isEqualTo(Use.FIRST);
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void scopesLeftIdleAreEmptiedByLaterUsesOfOtherScopes() {
    ReplayCache cache = new ReplayCache(2_000);
    for (int i = 0; i < 500; i++) {
      cache.use("idle-key", "n" + i, NOW.plusSeconds(10), NOW);
    }

    for (int i = 0; i < ReplayCache.SWEEP_EVERY; i++) {
      cache.use("busy-key", "n" + i, NOW.plusSeconds(400), NOW.plusSeconds(11));
    }

    assertThat(cache.size()).isEqualTo(ReplayCache.SWEEP_EVERY);
  }
}
