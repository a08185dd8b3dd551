/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Remembers identifiers (signature nonces) until they expire, to refuse a second use; each scope (a
 * signing key) holds at most a fixed number of unexpired identifiers.
 *
 * <p>When a scope is full, a new identifier is refused ({@link Use#FULL}) rather than an unexpired
 * one forgotten: forgetting would let the forgotten signature be replayed within its window. The
 * refusal is temporary (the scope frees a place when its earliest entry expires) and touches only
 * the scope that filled up, so one key's flood never refuses another key's requests. Memory is
 * bounded by the capacity times the number of scopes with unexpired entries.
 *
 * <p>Expired entries of the scope in use are dropped on each call; every {@link #SWEEP_EVERY} calls
 * all scopes are swept, so that keys gone quiet do not keep memory. Thread-safe.
 */
public final class ReplayCache {
  /** How many calls pass between sweeps of every scope. */
  static final int SWEEP_EVERY = 1_024;

  /** What became of a use. */
  public enum Use {
    /** The identifier was not seen before and is now remembered. */
    FIRST,
    /** The identifier was seen before and has not expired. */
    REPLAYED,
    /** The identifier is new, but its scope is full; it was not remembered. */
    FULL
  }

  private record Entry(String id, Instant expiresAt) {}

  private static final class Scope {
    private final Set<String> ids = new HashSet<>();
    private final PriorityQueue<Entry> byExpiry =
        new PriorityQueue<>(Comparator.comparing(Entry::expiresAt));

    void forgetExpired(Instant now) {
      while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt().isBefore(now)) {
        ids.remove(byExpiry.poll().id());
      }
    }
  }

  private final int capacityPerScope;
  private final Map<String, Scope> scopes = new HashMap<>();
  private int size;
  private int callsSinceSweep;

  /**
   * Creates an empty cache.
   *
   * @param capacityPerScope how many unexpired identifiers one scope may hold, at least 1
   * @throws IllegalArgumentException if the capacity is less than 1
   */
  public ReplayCache(int capacityPerScope) {
    if (capacityPerScope < 1) {
      throw new IllegalArgumentException(
          "capacityPerScope must be at least 1 but was " + capacityPerScope);
    }
    this.capacityPerScope = capacityPerScope;
  }

  /**
   * Records a use.
   *
   * @param scope the scope, for example the signing key's id
   * @param id the identifier
   * @param expiresAt after this instant the identifier may be forgotten, because it would be
   *     refused anyway
   * @param now the current time
   * @return whether it is a first use, a replay, or refused because the scope is full
   */
  public synchronized Use use(String scope, String id, Instant expiresAt, Instant now) {
    sweepNowAndThen(now);
    Scope entries = scopes.computeIfAbsent(scope, s -> new Scope());
    int before = entries.ids.size();
    entries.forgetExpired(now);
    size -= before - entries.ids.size();
    if (entries.ids.contains(id)) {
      return Use.REPLAYED;
    }
    if (entries.ids.size() >= capacityPerScope) {
      return Use.FULL;
    }
    entries.ids.add(id);
    entries.byExpiry.add(new Entry(id, expiresAt));
    size++;
    return Use.FIRST;
  }

  /**
   * Tells when a scope frees its next place.
   *
   * @param scope the scope
   * @param now the current time
   * @return the expiry of the scope's earliest entry, or {@code now} if it has none; the place is
   *     free once the clock has passed it
   */
  public synchronized Instant earliestExpiry(String scope, Instant now) {
    Scope entries = scopes.get(scope);
    return entries == null || entries.byExpiry.isEmpty()
        ? now
        : entries.byExpiry.peek().expiresAt();
  }

  private void sweepNowAndThen(Instant now) {
    if (++callsSinceSweep < SWEEP_EVERY) {
      return;
    }
    callsSinceSweep = 0;
    for (Iterator<Scope> it = scopes.values().iterator(); it.hasNext(); ) {
      Scope entries = it.next();
      int before = entries.ids.size();
      entries.forgetExpired(now);
      size -= before - entries.ids.size();
      if (entries.ids.isEmpty()) {
        it.remove();
      }
    }
  }

  /**
   * Returns how many identifiers are remembered, over all scopes.
   *
   * @return the count
   */
  public synchronized int size() {
    return size;
  }
}
