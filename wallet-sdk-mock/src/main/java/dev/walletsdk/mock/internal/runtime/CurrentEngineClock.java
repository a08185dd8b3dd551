/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.engine.MockClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The virtual clock of whichever engine is current, as a {@link Clock}: for the crypto code (key
 * dates and the request-signature window follow the mock's time) and for users through {@code
 * MockControl.clock()}, across clock changes and snapshot restores.
 */
final class CurrentEngineClock extends Clock {
  private final Supplier<@Nullable MockClock> current;
  private final Instant beforeStart;
  private final ZoneId zone;

  CurrentEngineClock(Supplier<@Nullable MockClock> current, Instant beforeStart) {
    this(current, beforeStart, ZoneOffset.UTC);
  }

  private CurrentEngineClock(
      Supplier<@Nullable MockClock> current, Instant beforeStart, ZoneId zone) {
    this.current = current;
    this.beforeStart = beforeStart;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new CurrentEngineClock(current, beforeStart, zone);
  }

  @Override
  public Instant instant() {
    MockClock clock = current.get();
    return clock == null ? beforeStart : clock.now();
  }
}
