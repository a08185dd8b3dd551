/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a {@link Transport} sends it: method, absolute URI, headers, an optional body
 * and the time the attempt may take.
 *
 * <p>Immutable and thread-safe; the body is copied in and out. {@link #toString()} hides sensitive
 * headers and never prints the body.
 */
public final class TransportRequest {
  private final String method;
  private final URI uri;
  private final Headers headers;
  private final byte @Nullable [] body;
  private final @Nullable Duration timeout;

  private TransportRequest(Builder builder) {
    this.method = requireNonNull(builder.method, "method");
    this.uri = requireNonNull(builder.uri, "uri");
    this.headers = builder.headers;
    this.body = builder.body;
    this.timeout = builder.timeout;
  }

  /**
   * Starts a builder.
   *
   * @return a builder for a GET with no headers
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this request's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.method = method;
    builder.uri = uri;
    builder.headers = headers;
    builder.body = body;
    builder.timeout = timeout;
    return builder;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method in upper case, for example {@code "POST"}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the absolute request URI.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
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
   * @return the body bytes, or empty for a request without a body
   */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /**
   * Returns the length of the body.
   *
   * @return the number of body bytes, 0 without a body
   */
  public int bodyLength() {
    return body == null ? 0 : body.length;
  }

  /**
   * Returns how long this attempt may take in all, from sending to the last byte of the response.
   *
   * @return the timeout, or empty for the transport's own default
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return method + " " + uri + " " + headers + " (" + bodyLength() + " body bytes)";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TransportRequest other
        && method.equals(other.method)
        && uri.equals(other.uri)
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body)
        && Objects.equals(timeout, other.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, Arrays.hashCode(body), timeout);
  }

  /** Builds a {@link TransportRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String method = "GET";
    private @Nullable URI uri;
    private Headers headers = Headers.empty();
    private byte @Nullable [] body;
    private @Nullable Duration timeout;

    private Builder() {}

    /**
     * Sets the method.
     *
     * @param method an HTTP method in upper case
     * @return this builder
     */
    public Builder method(String method) {
      this.method = requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the URI.
     *
     * @param uri an absolute URI
     * @return this builder
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Builder uri(URI uri) {
      if (!requireNonNull(uri, "uri").isAbsolute()) {
        throw new IllegalArgumentException("uri " + uri + " is not absolute");
      }
      this.uri = uri;
      return this;
    }

    /**
     * Sets the headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(Headers headers) {
      this.headers = requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Replaces every field of a header by one field.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      this.headers = headers.withReplaced(name, value);
      return this;
    }

    /**
     * Sets the body; the array is copied.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(byte @Nullable [] body) {
      this.body = body == null ? null : body.clone();
      return this;
    }

    /**
     * Sets how long the attempt may take.
     *
     * @param timeout a positive duration, or {@code null} for the transport's default
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder timeout(@Nullable Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout " + timeout + " must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if no URI was set
     */
    public TransportRequest build() {
      return new TransportRequest(this);
    }
  }
}
