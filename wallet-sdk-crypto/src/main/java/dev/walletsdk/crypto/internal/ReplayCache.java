package dev.walletsdk.crypto.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Remembers identifiers (signatures) until they expire, to refuse a second use. Entries are evicted
 * on each call once the clock passes their expiry, so memory is bounded by the number of accepted
 * signatures within one validity window. Thread-safe.
 */
public final class ReplayCache {
  private record Entry(String id, Instant expiresAt) {}

  private final Set<String> seen = new HashSet<>();
  private final PriorityQueue<Entry> byExpiry =
      new PriorityQueue<>(Comparator.comparing(Entry::expiresAt));

  /**
   * Records a use.
   *
   * @param id the identifier
   * @param expiresAt after this instant the identifier may be forgotten, because it would be
   *     refused anyway
   * @param now the current time
   * @return {@code true} on the first use, {@code false} if the identifier was seen and has not
   *     expired
   */
  public synchronized boolean firstUse(String id, Instant expiresAt, Instant now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt().isBefore(now)) {
      seen.remove(byExpiry.poll().id());
    }
    if (!seen.add(id)) {
      return false;
    }
    byExpiry.add(new Entry(id, expiresAt));
    return true;
  }

  /**
   * Returns how many identifiers are remembered.
   *
   * @return the count
   */
  public synchronized int size() {
    return seen.size();
  }
}
