/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock as scheduler: registered due work runs when time moves and before each command. */
class MockClockSchedulerTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  private final MockClock clock = MockClock.manual(START);
  private final List<String> ran = new ArrayList<>();

  private void register(String name) {
    clock.onDue(() -> ran.add(name + "@" + clock.now()));
  }

  @Test
  void advancingRunsTheDueWorkAtTheNewInstant() {
    register("bills");

    clock.advance(Duration.ofDays(1));

    assertThat(ran).containsExactly("bills@2026-06-02T09:00:00Z");
  }

  @Test
  void settingRunsTheDueWorkOnceAtTheNewInstant() {
    register("bills");

    clock.set(Instant.parse("2026-06-05T00:00:00Z"));

    assertThat(ran).containsExactly("bills@2026-06-05T00:00:00Z");
  }

  @Test
  void runDueRunsEveryRegisteredWorkInRegistrationOrderAtThePinnedInstant() {
    register("first");
    register("second");
    clock.pin(START.plusSeconds(30));

    clock.runDue();

    assertThat(ran).containsExactly("first@2026-06-01T09:00:30Z", "second@2026-06-01T09:00:30Z");
  }

  @Test
  void aRefusedMoveRunsNoWork() {
    register("bills");

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clock cannot go back (advance by PT-1S)");
    assertThat(ran).isEmpty();
  }
}
