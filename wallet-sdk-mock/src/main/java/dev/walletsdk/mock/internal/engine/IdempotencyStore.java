/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.spi.TransportResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The first response of each idempotency key, per partner, for 24 hours of server time. A key is in
 * flight from the moment its request is accepted until its response is stored.
 *
 * <p>Requests are compared by a fingerprint the caller computes (the route and a digest of the body
 * as the platform reads it, after field decryption), so a request re-sent with freshly encrypted
 * fields is the same request. A response that holds the request for step-up is not final: once its
 * challenge has lapsed unconfirmed, the key starts afresh.
 *
 * <p>A stored response may be completed after the engine's lock is released (a write's receipt is
 * signed outside it): the store keeps a thread-safe supplier that computes the response once and
 * gives every caller the same bytes, so a replay that races the first answer waits for it and never
 * sees it unfinished.
 *
 * <p>Not thread-safe: used under the engine's lock. The suppliers it hands out are called outside.
 */
public final class IdempotencyStore {
  /** How long a response is replayed. */
  public static final Duration RETENTION = Duration.ofHours(24);

  private final Map<String, Entry> entries = new HashMap<>();

  /** The digest of an entry that answers whatever body its key comes with. */
  private static final String ANY_BODY = "*";

  /** What {@link #begin} found. */
  public enum Outcome {
    /** The key is new: the request may run. */
    STARTED,
    /** The key completed with the same request: replay {@link Begin#stored()}. */
    REPLAY,
    /** The key was used with another request. */
    MISMATCH,
    /** The key's first request has not finished. */
    IN_FLIGHT
  }

  /**
   * The result of {@link #begin}.
   *
   * @param outcome what was found
   * @param answer gives the response to replay, for {@link Outcome#REPLAY}; call it outside the
   *     engine's lock, as it may wait for the first answer to be completed
   */
  public record Begin(Outcome outcome, @Nullable Supplier<TransportResponse> answer) {
    /**
     * Returns the response to replay, waiting for it if it is still being completed.
     *
     * @return the response, or {@code null} unless the outcome is {@link Outcome#REPLAY}
     */
    public @Nullable TransportResponse stored() {
      return answer == null ? null : answer.get();
    }
  }

  /** A key's request is told apart from another by its body's digest, not a copy of the body. */
  private record Entry(
      String route,
      String bodyDigest,
      Instant createdAt,
      @Nullable Supplier<TransportResponse> stored,
      @Nullable String heldBy) {}

  /**
   * Looks a key up and, if it is new, marks it in flight.
   *
   * @param scope the partner and key
   * @param route the method and path of the request
   * @param bodyDigest the {@link BodyDigest digest} of the request body as the platform reads it
   * @param now the server time
   * @param lapsed tells whether a step-up challenge, by id, can no longer be confirmed
   * @return what was found
   */
  public Begin begin(
      String scope, String route, String bodyDigest, Instant now, Predicate<String> lapsed) {
    Entry entry = entries.get(scope);
    if (entry != null && entry.stored() != null && isFinished(entry, now, lapsed)) {
      entries.remove(scope);
      entry = null;
    }
    if (entry == null) {
      entries.put(scope, new Entry(route, bodyDigest, now, null, null));
      return new Begin(Outcome.STARTED, null);
    }
    if (!entry.route().equals(route)
        || (!entry.bodyDigest().equals(ANY_BODY) && !entry.bodyDigest().equals(bodyDigest))) {
      return new Begin(Outcome.MISMATCH, null);
    }
    return entry.stored() == null
        ? new Begin(Outcome.IN_FLIGHT, null)
        : new Begin(Outcome.REPLAY, entry.stored());
  }

  private static boolean isFinished(Entry entry, Instant now, Predicate<String> lapsed) {
    return !now.isBefore(entry.createdAt().plus(RETENTION))
        || (entry.heldBy() != null && lapsed.test(entry.heldBy()));
  }

  /**
   * Stores the response of a key in flight.
   *
   * @param scope the partner and key
   * @param response the response to replay
   */
  public void complete(String scope, TransportResponse response) {
    store(scope, () -> response, null);
  }

  /**
   * Stores the response of a key in flight that is completed later, outside the engine's lock.
   *
   * @param scope the partner and key
   * @param answer gives the response to replay; thread-safe, and the same response on every call
   */
  public void complete(String scope, Supplier<TransportResponse> answer) {
    store(scope, answer, null);
  }

  /**
   * Stores the {@code 401 step_up_required} response of a key in flight, which holds the request
   * until the challenge is confirmed or lapses.
   *
   * @param scope the partner and key
   * @param response the response to replay while the challenge is pending
   * @param challengeId the challenge that holds the request
   */
  public void hold(String scope, TransportResponse response, String challengeId) {
    store(scope, () -> response, challengeId);
  }

  private void store(String scope, Supplier<TransportResponse> response, @Nullable String heldBy) {
    Entry entry = entries.get(scope);
    if (entry != null && entry.stored() == null) {
      entries.put(
          scope, new Entry(entry.route(), entry.bodyDigest(), entry.createdAt(), response, heldBy));
    }
  }

  /**
   * Forgets a key in flight whose response is not to be replayed.
   *
   * @param scope the partner and key
   */
  public void abandon(String scope) {
    Entry entry = entries.get(scope);
    if (entry != null && entry.stored() == null) {
      entries.remove(scope);
    }
  }

  /**
   * Forgets a key in flight whose request was dropped before it ran.
   *
   * @param scope the partner and key
   * @return {@code null}, for use in expressions
   */
  public @Nullable Void abandonInFlight(String scope) {
    abandon(scope);
    return null;
  }

  /**
   * Replaces the stored response of a completed key: a confirmed step-up challenge makes the held
   * operation's result the answer to the request that was held.
   *
   * @param scope the partner and key of the held request
   * @param response the new response to replay
   */
  public void replace(String scope, TransportResponse response) {
    Entry entry = entries.get(scope);
    if (entry != null) {
      entries.put(
          scope,
          new Entry(entry.route(), entry.bodyDigest(), entry.createdAt(), () -> response, null));
    }
  }

  /**
   * Replaces completed answers, for any body sent with their key: erasure replaces the answers that
   * carry an erased holder's personal data. Keys in flight are left alone.
   *
   * @param replace tells which stored answers to replace
   * @param with gives the new answer from the old one
   */
  public void eraseAnswers(
      Predicate<TransportResponse> replace, UnaryOperator<TransportResponse> with) {
    entries.replaceAll(
        (scope, entry) -> {
          if (entry.stored() == null || entry.heldBy() != null) {
            return entry;
          }
          TransportResponse stored = entry.stored().get();
          if (!replace.test(stored)) {
            return entry;
          }
          TransportResponse replaced = with.apply(stored);
          return new Entry(entry.route(), ANY_BODY, entry.createdAt(), () -> replaced, null);
        });
  }

  /**
   * Returns how many keys are held.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }
}
