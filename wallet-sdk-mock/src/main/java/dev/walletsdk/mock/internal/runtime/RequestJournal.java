/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.Fault;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every Wallet API request the mock received, newest last, bounded in count and in body bytes: the
 * oldest are dropped to make room, and counted. Secrets in headers are redacted as a request is
 * recorded; bodies stay as received (encrypted fields as ciphertext) until an erasure of a holder
 * they concern drops them. Thread-safe.
 */
public final class RequestJournal {
  /** The most requests kept unless configured. */
  public static final int DEFAULT_MAX_REQUESTS = 1_000;

  /** The most body bytes kept, all requests together, unless configured. */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

  /** What a secret-bearing header's value is replaced with. */
  public static final String REDACTED = "<redacted>";

  private static final byte[] WALLET_PREFIX = {'w', 'a', 'l', '_'};
  private static final List<String> SECRET_WORDS = List.of("key", "token", "secret", "password");

  private final int maxRequests;
  private final int maxBodyBytes;
  private final ArrayDeque<RecordedExchange> entries = new ArrayDeque<>();
  private final Set<String> erasedWallets = new HashSet<>();
  private long bodyBytes;
  private long sequence;
  private long dropped;

  /**
   * Creates an empty journal.
   *
   * @param maxRequests the most requests kept, at least 1
   * @param maxBodyBytes the most body bytes kept, all requests together, at least 0
   * @throws IllegalArgumentException if a bound is out of range
   */
  public RequestJournal(int maxRequests, int maxBodyBytes) {
    checkBounds(maxRequests, maxBodyBytes);
    this.maxRequests = maxRequests;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Checks the bounds of a journal.
   *
   * @param maxRequests the most requests kept, at least 1
   * @param maxBodyBytes the most body bytes kept, all requests together, at least 0
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static void checkBounds(int maxRequests, int maxBodyBytes) {
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be at least 1, not " + maxRequests);
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must be 0 or more, not " + maxBodyBytes);
    }
  }

  /**
   * Records a request and what came of it.
   *
   * @param request the request as received
   * @param receivedAt when it arrived, on the virtual clock
   * @param status the status answered, or 0 if none was
   * @param fault the fault that fired, or {@code null}
   * @param answer the body answered (only searched for wallet ids, not kept), or empty
   */
  void record(
      TransportRequest request,
      Instant receivedAt,
      int status,
      Fault.@Nullable Kind fault,
      byte[] answer) {
    byte[] body = request.body().orElse(new byte[0]);
    // Only a body can be erased: a request without one needs no search for the wallets it names.
    Set<String> wallets = body.length == 0 ? Set.of() : walletIds(request, body, answer);
    Headers headers = redacted(request.headers());
    byte[] kept = Arrays.copyOf(body, Math.min(body.length, maxBodyBytes));
    synchronized (this) {
      boolean erased = wallets.stream().anyMatch(erasedWallets::contains);
      RecordedExchange entry =
          new RecordedExchange(
              ++sequence,
              request.method(),
              request.uri().getRawPath() == null ? "" : request.uri().getRawPath(),
              request.uri().getRawQuery(),
              headers,
              erased ? new byte[0] : kept,
              body.length,
              erased,
              status,
              fault,
              receivedAt,
              wallets);
      entries.addLast(entry);
      bodyBytes += entry.body().length;
      while (entries.size() > maxRequests || bodyBytes > maxBodyBytes) {
        bodyBytes -= entries.removeFirst().body().length;
        dropped++;
      }
    }
  }

  /**
   * Returns the requests kept.
   *
   * @return oldest first
   */
  public synchronized List<RecordedExchange> list() {
    return List.copyOf(entries);
  }

  /**
   * Returns how many requests were dropped to stay within the bounds since the last clear.
   *
   * @return the count
   */
  public synchronized long dropped() {
    return dropped;
  }

  /**
   * Forgets every request kept and the count of dropped ones; numbering goes on.
   *
   * @return how many requests were forgotten
   */
  public synchronized int clear() {
    int cleared = entries.size();
    entries.clear();
    bodyBytes = 0;
    dropped = 0;
    return cleared;
  }

  /**
   * Drops the bodies of every request, kept or yet to come, that names an erased holder's wallet.
   *
   * @param walletId the wallet whose holder's personal data was erased
   */
  public synchronized void erase(String walletId) {
    erasedWallets.add(walletId);
    ArrayDeque<RecordedExchange> scrubbed = new ArrayDeque<>(entries.size());
    for (RecordedExchange entry : entries) {
      boolean concerned = entry.walletIds().contains(walletId) && !entry.bodyErased();
      if (concerned) {
        bodyBytes -= entry.body().length;
      }
      scrubbed.addLast(concerned ? entry.erased() : entry);
    }
    entries.clear();
    entries.addAll(scrubbed);
  }

  /**
   * Returns the bounds.
   *
   * @return the most requests kept
   */
  public int maxRequests() {
    return maxRequests;
  }

  /**
   * Returns the bounds.
   *
   * @return the most body bytes kept, all requests together
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Tells whether a header's value is a secret the journal must not keep: credentials, signatures,
   * and any header whose name has key, token, secret or password in it, except the idempotency key.
   *
   * @param name the header name
   * @return whether its values are redacted
   */
  static boolean secret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("idempotency-key")) {
      return false;
    }
    return Headers.isSensitive(name)
        || lower.startsWith("signature")
        || SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  private static Headers redacted(Headers headers) {
    Headers.Builder builder = Headers.builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      builder.add(name, secret(name) ? REDACTED : headers.value(i));
    }
    return builder.build();
  }

  private static Set<String> walletIds(TransportRequest request, byte[] body, byte[] answer) {
    Set<String> ids = new HashSet<>();
    collect(ascii(request.uri().getRawPath()), ids);
    collect(ascii(request.uri().getRawQuery()), ids);
    collect(body, ids);
    collect(answer, ids);
    return Set.copyOf(ids);
  }

  private static byte[] ascii(@Nullable String text) {
    return text == null ? new byte[0] : text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Adds each {@code wal_} followed by 1 to 64 letters or digits; a byte scan, not a regex. */
  private static void collect(byte[] text, Set<String> ids) {
    for (int at = indexOfPrefix(text, 0); at >= 0; at = indexOfPrefix(text, at + 1)) {
      int end = at + WALLET_PREFIX.length;
      while (end < text.length && end - at - WALLET_PREFIX.length < 64 && alphanumeric(text[end])) {
        end++;
      }
      if (end > at + WALLET_PREFIX.length) {
        ids.add(new String(text, at, end - at, StandardCharsets.US_ASCII));
      }
    }
  }

  private static int indexOfPrefix(byte[] text, int from) {
    for (int i = from; i + WALLET_PREFIX.length <= text.length; i++) {
      if (text[i] == 'w' && text[i + 1] == 'a' && text[i + 2] == 'l' && text[i + 3] == '_') {
        return i;
      }
    }
    return -1;
  }

  private static boolean alphanumeric(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  }
}
