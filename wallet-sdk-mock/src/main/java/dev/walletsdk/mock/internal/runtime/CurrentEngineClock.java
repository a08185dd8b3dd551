package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.engine.MockClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The virtual clock of whichever engine is current, as a {@link Clock} for the crypto code: key
 * dates and the request-signature window follow the mock's time, across snapshot restores.
 */
final class CurrentEngineClock extends Clock {
  private final Supplier<@Nullable MockClock> current;
  private final Instant beforeStart;

  CurrentEngineClock(Supplier<@Nullable MockClock> current, Instant beforeStart) {
    this.current = current;
    this.beforeStart = beforeStart;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    MockClock clock = current.get();
    return clock == null ? beforeStart : clock.now();
  }
}
