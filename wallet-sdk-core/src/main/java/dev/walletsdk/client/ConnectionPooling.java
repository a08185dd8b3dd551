/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How the transport the client builds keeps connections and how many requests it runs at once.
 *
 * <table>
 *   <caption>Which transport honours each setting</caption>
 *   <tr><th>setting</th><th>OkHttp (default)</th><th>JDK {@code HttpClient}</th></tr>
 *   <tr><td>{@link #withMaxIdleConnections max idle connections}</td><td>its connection pool
 *       </td><td>refused at build: the JDK pool is sized for the whole JVM by the system property
 *       {@code jdk.httpclient.connectionPoolSize}</td></tr>
 *   <tr><td>{@link #withKeepAlive keep-alive}</td><td>its connection pool</td><td>refused at
 *       build: set for the whole JVM by {@code jdk.httpclient.keepalive.timeout}</td></tr>
 *   <tr><td>{@link #withMaxRequestsPerHost max requests per host}</td><td>the SDK</td><td>the
 *       SDK</td></tr>
 *   <tr><td>{@link #withMaxRequests max requests}</td><td>the SDK</td><td>the SDK</td></tr>
 * </table>
 *
 * <p>The request limits are enforced by the SDK in front of either transport, because the client
 * sends each request with a blocking call, which OkHttp's dispatcher limits do not count and the
 * JDK client does not limit at all. A request beyond a limit waits for a slot for at most its
 * attempt's timeout ({@link Timeouts#read()}), then fails, not sent, with a {@code
 * TransportException} of kind {@code CONNECT_FAILED}. Unset settings keep the transport's defaults
 * (OkHttp: 5 idle connections kept 5 minutes) and no request limit.
 *
 * <p>Immutable and thread-safe; each {@code with} method returns a new instance.
 */
public final class ConnectionPooling {
  private static final ConnectionPooling DEFAULTS = new ConnectionPooling(null, null, null, null);

  private final @Nullable Integer maxIdleConnections;
  private final @Nullable Duration keepAlive;
  private final @Nullable Integer maxRequestsPerHost;
  private final @Nullable Integer maxRequests;

  private ConnectionPooling(
      @Nullable Integer maxIdleConnections,
      @Nullable Duration keepAlive,
      @Nullable Integer maxRequestsPerHost,
      @Nullable Integer maxRequests) {
    this.maxIdleConnections = maxIdleConnections;
    this.keepAlive = keepAlive;
    this.maxRequestsPerHost = maxRequestsPerHost;
    this.maxRequests = maxRequests;
  }

  /**
   * Returns the transport's own pool settings and no request limit.
   *
   * @return the defaults
   */
  public static ConnectionPooling defaults() {
    return DEFAULTS;
  }

  /**
   * Sets how many idle connections the OkHttp pool keeps for reuse.
   *
   * @param max at least 1
   * @return new settings
   * @throws InvalidRequestException if {@code max} is less than 1
   */
  public ConnectionPooling withMaxIdleConnections(int max) {
    return new ConnectionPooling(
        positive("maxIdleConnections", max), keepAlive, maxRequestsPerHost, maxRequests);
  }

  /**
   * Sets how long the OkHttp pool keeps an idle connection before closing it.
   *
   * @param keepAlive positive
   * @return new settings
   * @throws InvalidRequestException if {@code keepAlive} is null, zero or negative
   */
  public ConnectionPooling withKeepAlive(@Nullable Duration keepAlive) {
    if (keepAlive == null || keepAlive.isNegative() || keepAlive.isZero()) {
      throw InvalidRequestException.forField(
          "keepAlive", "out_of_range", "keepAlive must be positive but was " + keepAlive);
    }
    return new ConnectionPooling(maxIdleConnections, keepAlive, maxRequestsPerHost, maxRequests);
  }

  /**
   * Sets how many requests may run at once to one host ({@code host:port}).
   *
   * @param max at least 1
   * @return new settings
   * @throws InvalidRequestException if {@code max} is less than 1
   */
  public ConnectionPooling withMaxRequestsPerHost(int max) {
    return new ConnectionPooling(
        maxIdleConnections, keepAlive, positive("maxRequestsPerHost", max), maxRequests);
  }

  /**
   * Sets how many requests may run at once in all.
   *
   * @param max at least 1
   * @return new settings
   * @throws InvalidRequestException if {@code max} is less than 1
   */
  public ConnectionPooling withMaxRequests(int max) {
    return new ConnectionPooling(
        maxIdleConnections, keepAlive, maxRequestsPerHost, positive("maxRequests", max));
  }

  private static int positive(String field, int value) {
    if (value < 1) {
      throw InvalidRequestException.forField(
          field, "out_of_range", field + " must be at least 1 but was " + value);
    }
    return value;
  }

  /**
   * Returns the maximum of idle connections.
   *
   * @return the maximum, or empty for the transport's default
   */
  public OptionalInt maxIdleConnections() {
    return maxIdleConnections == null ? OptionalInt.empty() : OptionalInt.of(maxIdleConnections);
  }

  /**
   * Returns the keep-alive of idle connections.
   *
   * @return the duration, or empty for the transport's default
   */
  public Optional<Duration> keepAlive() {
    return Optional.ofNullable(keepAlive);
  }

  /**
   * Returns the maximum of requests at once to one host.
   *
   * @return the maximum, or empty for no limit
   */
  public OptionalInt maxRequestsPerHost() {
    return maxRequestsPerHost == null ? OptionalInt.empty() : OptionalInt.of(maxRequestsPerHost);
  }

  /**
   * Returns the maximum of requests at once in all.
   *
   * @return the maximum, or empty for no limit
   */
  public OptionalInt maxRequests() {
    return maxRequests == null ? OptionalInt.empty() : OptionalInt.of(maxRequests);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectionPooling other
        && Objects.equals(maxIdleConnections, other.maxIdleConnections)
        && Objects.equals(keepAlive, other.keepAlive)
        && Objects.equals(maxRequestsPerHost, other.maxRequestsPerHost)
        && Objects.equals(maxRequests, other.maxRequests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxIdleConnections, keepAlive, maxRequestsPerHost, maxRequests);
  }

  @Override
  public String toString() {
    return "ConnectionPooling{maxIdleConnections="
        + maxIdleConnections
        + ", keepAlive="
        + keepAlive
        + ", maxRequestsPerHost="
        + maxRequestsPerHost
        + ", maxRequests="
        + maxRequests
        + "}";
  }
}
