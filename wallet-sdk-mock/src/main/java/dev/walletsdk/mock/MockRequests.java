/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.runtime.RequestJournal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The mock's request journal: every Wallet API request it received, newest last, for a test to list
 * or verify. Bounded: past the mock's limits (by default 1,000 requests and 4 MiB of bodies, see
 * {@link MockWalletServer.Builder#requestJournal}) the oldest are dropped and counted in {@link
 * #dropped()}. Control-plane requests are not recorded. Thread-safe.
 *
 * <pre>{@code
 * mock.verify(exactly(2), postRequestedFor("/v1/transfers"));
 * List<RecordedRequest> all = mock.requests().list();
 * }</pre>
 */
public final class MockRequests {
  private static final int MATCHES_SHOWN = 5;
  private static final int NEAR_MISSES_SHOWN = 3;

  private final RequestJournal journal;

  MockRequests(RequestJournal journal) {
    this.journal = journal;
  }

  /**
   * Returns the requests kept.
   *
   * @return oldest first
   */
  public List<RecordedRequest> list() {
    return journal.list().stream().map(RecordedRequest::new).toList();
  }

  /**
   * Returns the requests kept that match a pattern.
   *
   * @param pattern the pattern
   * @return oldest first
   */
  public List<RecordedRequest> find(RequestPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return list().stream().filter(pattern::matches).toList();
  }

  /**
   * Returns how many requests were dropped, oldest first, to keep within the bounds since the
   * journal was last cleared.
   *
   * @return the count
   */
  public long dropped() {
    return journal.dropped();
  }

  /**
   * Forgets every request kept, and the count of dropped ones.
   *
   * @return how many requests were forgotten
   */
  public int clear() {
    return journal.clear();
  }

  /**
   * Checks that the number of requests kept that match a pattern meets an expectation.
   *
   * @param count the expectation, such as {@code RequestCount.exactly(2)}
   * @param pattern the pattern, such as {@code RequestPattern.postRequestedFor("/v1/transfers")}
   * @throws AssertionError if it does not; the message lists the matching requests and the closest
   *     requests that did not match, with what differed
   */
  public void verify(RequestCount count, RequestPattern pattern) {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(pattern, "pattern");
    List<RecordedRequest> all = list();
    List<RecordedRequest> matching = all.stream().filter(pattern::matches).toList();
    if (!count.isMetBy(matching.size())) {
      throw new AssertionError(failure(count, pattern, all, matching));
    }
  }

  private String failure(
      RequestCount count,
      RequestPattern pattern,
      List<RecordedRequest> all,
      List<RecordedRequest> matching) {
    StringBuilder text =
        new StringBuilder("expected ")
            .append(count)
            .append(" requests matching ")
            .append(pattern)
            .append(", received ")
            .append(matching.size());
    long dropped = journal.dropped();
    if (dropped > 0) {
      text.append(" (").append(dropped).append(" older requests were dropped from the journal)");
    }
    if (all.isEmpty()) {
      return text.append("; the mock recorded no requests").toString();
    }
    matching.stream()
        .limit(MATCHES_SHOWN)
        .forEach(
            request -> text.append("\n  #").append(request.sequence()).append(' ').append(request));
    List<RecordedRequest> others =
        all.stream()
            .filter(request -> !pattern.matches(request))
            .sorted(Comparator.comparingDouble(request -> distance(pattern, request)))
            .limit(NEAR_MISSES_SHOWN)
            .toList();
    if (!others.isEmpty()) {
      text.append("\nclosest requests that did not match:");
      others.forEach(
          request ->
              text.append("\n  #")
                  .append(request.sequence())
                  .append(' ')
                  .append(request)
                  .append(" [")
                  .append(String.join(", ", pattern.mismatches(request)))
                  .append(']'));
    }
    return text.toString();
  }

  /** Method, path, each header and each body text count one, the path by how far it is. */
  private static double distance(RequestPattern pattern, RecordedRequest request) {
    List<String> mismatches = pattern.mismatches(request);
    double path = pattern.pathDistance(request.path());
    return mismatches.size() - (path > 0 ? 1 - path : 0);
  }

  @Override
  public String toString() {
    return "MockRequests{" + journal.list().size() + " kept, " + journal.dropped() + " dropped}";
  }
}
