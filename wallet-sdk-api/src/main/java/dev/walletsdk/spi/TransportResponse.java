/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP response as a {@link Transport} received it: status, headers and the whole body.
 *
 * <p>The status is kept as received, even outside 100 to 599: a transport does not interpret it,
 * and the client's pipeline refuses such a response as invalid.
 *
 * <p>Immutable and thread-safe; the body is copied in and out. {@link #toString()} hides sensitive
 * headers and never prints the body.
 */
public final class TransportResponse {
  private final int status;
  private final Headers headers;
  private final byte[] body;

  private TransportResponse(int status, Headers headers, byte[] body) {
    this.status = status;
    this.headers = requireNonNull(headers, "headers");
    this.body = body;
  }

  /**
   * Creates a response.
   *
   * @param status the HTTP status as received, normally 100 to 599
   * @param headers the response headers
   * @param body the body, empty for none; the array is copied
   * @return the response
   */
  public static TransportResponse of(int status, Headers headers, byte[] body) {
    return new TransportResponse(status, headers, requireNonNull(body, "body").clone());
  }

  /**
   * Returns the status code.
   *
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * Tells whether the status is 2xx.
   *
   * @return {@code true} for a successful response
   */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /**
   * Returns the headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes, empty for none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the length of the body.
   *
   * @return the number of body bytes
   */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TransportResponse other
        && status == other.status
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + headers + " (" + body.length + " body bytes)";
  }
}
