/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import dev.walletsdk.spi.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every wait instead of sleeping, and moves a fake clock forward by it. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final FakeClock clock;

  public RecordingSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    waits.add(duration);
    clock.advance(duration);
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
