package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void secondUseBeforeExpiryIsRefused() {
    ReplayCache cache = new ReplayCache();

    assertThat(cache.firstUse("sig", NOW.plusSeconds(300), NOW)).isTrue();
    assertThat(cache.firstUse("sig", NOW.plusSeconds(300), NOW.plusSeconds(300))).isFalse();
  }

  @Test
  void entriesAreForgottenOnceTheClockPassesTheirExpiry() {
    ReplayCache cache = new ReplayCache();
    cache.firstUse("old", NOW.plusSeconds(10), NOW);
    cache.firstUse("new", NOW.plusSeconds(100), NOW);

    assertThat(cache.firstUse("other", NOW.plusSeconds(200), NOW.plusSeconds(11))).isTrue();
    assertThat(cache.size()).isEqualTo(2);
  }
}
