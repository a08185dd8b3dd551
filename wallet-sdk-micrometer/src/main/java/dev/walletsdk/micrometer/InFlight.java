/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-flight counts behind the {@value WalletMetrics#ACTIVE} gauges, one set per registry and
 * shared by every {@link WalletMetrics} on it: a registry keeps the first gauge registered under a
 * name and tags, so a second instance must count into the number that gauge reads. Registries are
 * held weakly.
 */
final class InFlight {
  private static final Map<MeterRegistry, Map<Tags, AtomicInteger>> BY_REGISTRY =
      Collections.synchronizedMap(new WeakHashMap<>());

  private InFlight() {}

  /**
   * Returns the count of calls in flight with these tags, registering its gauge on first use.
   *
   * @param registry the registry
   * @param tags the gauge's tags, common tags included
   * @return the shared count
   */
  static AtomicInteger counter(MeterRegistry registry, Tags tags) {
    return BY_REGISTRY
        .computeIfAbsent(registry, r -> new ConcurrentHashMap<>())
        .computeIfAbsent(tags, t -> register(registry, t));
  }

  private static AtomicInteger register(MeterRegistry registry, Tags tags) {
    AtomicInteger count = new AtomicInteger();
    Gauge.builder(WalletMetrics.ACTIVE, count, AtomicInteger::get)
        .description("Calls of the Wallet API client in flight")
        .baseUnit("requests")
        .tags(tags)
        .strongReference(true)
        .register(registry);
    return count;
  }
}
