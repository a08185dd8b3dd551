/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.runtime.RecordedExchange;
import dev.walletsdk.spi.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Wallet API request the mock received, as its request journal keeps it. The values of headers
 * that carry secrets ({@code Authorization}, {@code Signature*}, and any whose name has key, token,
 * secret or password in it, except {@code Idempotency-Key}) are replaced by {@code <redacted>}; the
 * body is as received, encrypted fields still ciphertext, up to the journal's byte cap, and is
 * dropped once the personal data of a holder the request concerns is erased. Immutable.
 */
public final class RecordedRequest {
  private final RecordedExchange entry;

  RecordedRequest(RecordedExchange entry) {
    this.entry = entry;
  }

  /**
   * Returns the request's number: 1 for the first the mock recorded, counting on across clears.
   *
   * @return the sequence number
   */
  public long sequence() {
    return entry.sequence();
  }

  /**
   * Returns the HTTP method.
   *
   * @return for example {@code POST}
   */
  public String method() {
    return entry.method();
  }

  /**
   * Returns the path, as sent (percent-encoding kept).
   *
   * @return for example {@code /v1/transfers}
   */
  public String path() {
    return entry.path();
  }

  /**
   * Returns the query, as sent.
   *
   * @return the text after {@code ?}, or empty if there was none
   */
  public Optional<String> query() {
    return Optional.ofNullable(entry.query());
  }

  /**
   * Returns the headers, secrets redacted.
   *
   * @return the headers in the order received
   */
  public Headers headers() {
    return entry.headers();
  }

  /**
   * Returns the body kept.
   *
   * @return a copy; empty if there was none or it was erased, shorter than {@link #bodyLength()} if
   *     it was cut to the journal's byte cap
   */
  public byte[] body() {
    return entry.bodyCopy();
  }

  /**
   * Returns the body kept as UTF-8 text.
   *
   * @return the text, malformed bytes replaced
   */
  public String bodyText() {
    return new String(entry.body(), StandardCharsets.UTF_8);
  }

  /**
   * Returns the length of the body received.
   *
   * @return the length in bytes, even if less was kept
   */
  public int bodyLength() {
    return entry.bodyLength();
  }

  /**
   * Tells whether the body was dropped because it concerned a holder whose personal data was
   * erased.
   *
   * @return whether the body was erased
   */
  public boolean bodyErased() {
    return entry.bodyErased();
  }

  /**
   * Returns the status the mock answered.
   *
   * @return the status, or empty if an injected fault dropped the connection without an answer
   */
  public OptionalInt status() {
    return entry.status() == 0 ? OptionalInt.empty() : OptionalInt.of(entry.status());
  }

  /**
   * Returns the injected fault that fired on this request.
   *
   * @return the fault's kind, or empty if none fired
   */
  public Optional<Fault.Kind> fault() {
    return Optional.ofNullable(entry.fault());
  }

  /**
   * Returns when the request arrived.
   *
   * @return the instant on the mock's virtual clock
   */
  public Instant receivedAt() {
    return entry.receivedAt();
  }

  /** Returns the method, path and query, the status and the fault: never a header or the body. */
  @Override
  public String toString() {
    return method()
        + " "
        + path()
        + query().map(q -> "?" + q).orElse("")
        + " -> "
        + (entry.status() == 0 ? "no answer" : String.valueOf(entry.status()))
        + fault().map(f -> " (fault " + f + ")").orElse("");
  }
}
