/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.ClientTls;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.client.ProxyCredentials;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Sends requests with OkHttp; each attempt's timeout bounds the whole OkHttp call. */
public final class OkHttpTransport implements Transport {
  /** The largest read buffer: for large or chunked bodies. */
  private static final int READ_BUFFER_BYTES = 64 * 1024;

  /** The read buffer for a body of unknown length (chunked). */
  private static final int CHUNKED_READ_BUFFER_BYTES = 8 * 1024;

  private final OkHttpClient client;
  private final boolean ownsClient;
  private final ResponseLimits limits;
  private final RequestLimiter requestLimiter;

  private OkHttpTransport(
      OkHttpClient client,
      boolean ownsClient,
      ResponseLimits limits,
      RequestLimiter requestLimiter) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.limits = limits;
    this.requestLimiter = requestLimiter;
  }

  /**
   * Creates a transport with its own client: no redirects and no silent resends (the client's retry
   * loop decides), the given timeouts, proxy, TLS material and connection pool, and the SDK's
   * request limits in front of it.
   *
   * @param settings the timeouts, proxy, TLS material and pool settings
   * @return the transport; closing it shuts the client down
   */
  public static OkHttpTransport create(TransportSettings settings) {
    OkHttpClient.Builder builder =
        withTimeouts(new OkHttpClient.Builder(), settings.timeouts())
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false);
    if (settings.hasProxy()) {
      builder.proxy(settings.proxy());
      ProxyCredentials credentials = settings.proxyCredentials();
      if (credentials != null) {
        builder.proxyAuthenticator(new BasicProxyAuthenticator(credentials));
      }
    }
    ClientTls tls = settings.tls();
    if (tls != null) {
      builder.sslSocketFactory(tls.sslContext().getSocketFactory(), tls.trustManager());
    }
    ConnectionPooling pooling = settings.pooling();
    if (pooling.maxIdleConnections().isPresent() || pooling.keepAlive().isPresent()) {
      builder.connectionPool(connectionPool(pooling));
    }
    return new OkHttpTransport(
        builder.build(), true, new ResponseLimits(), RequestLimiter.of(pooling));
  }

  /** OkHttp's pool with the settings given and OkHttp's defaults (5, 5 minutes) for the rest. */
  private static ConnectionPool connectionPool(ConnectionPooling pooling) {
    Duration keepAlive = pooling.keepAlive().orElse(Duration.ofMinutes(5));
    return new ConnectionPool(
        pooling.maxIdleConnections().orElse(5), keepAlive.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static OkHttpClient.Builder withTimeouts(OkHttpClient.Builder builder, Timeouts t) {
    return builder
        .connectTimeout(t.connect().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(t.read().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(t.read().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Wraps a caller's client through {@link OkHttpClient#newBuilder()}: the derived client shares
   * its connection pool, dispatcher, proxy, TLS settings, interceptors and timeouts, and does not
   * follow redirects or resend silently, because the SDK's retry loop decides.
   *
   * @param client the caller's client; the caller remains its owner
   * @return the transport; closing it leaves the caller's client untouched
   */
  public static OkHttpTransport wrap(OkHttpClient client) {
    return new OkHttpTransport(
        client
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build(),
        false,
        new ResponseLimits(),
        RequestLimiter.of(ConnectionPooling.defaults()));
  }

  /**
   * Returns a transport for a derived client with other timeouts. A transport that created its
   * client derives one with {@link OkHttpClient#newBuilder()}, which shares the connection pool and
   * dispatcher, TLS settings and request limits, and does not own it; a wrapped caller's client
   * keeps the caller's timeouts.
   *
   * @param timeouts the derived client's timeouts
   * @return a transport sharing this one's connections
   */
  public Transport withTimeouts(Timeouts timeouts) {
    return ownsClient
        ? new OkHttpTransport(
            withTimeouts(client.newBuilder(), timeouts).build(), false, limits, requestLimiter)
        : this;
  }

  /**
   * Returns the OkHttp client, for tests of the settings applied.
   *
   * @return the client
   */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Returns the limiter of concurrent requests, for tests of the settings applied.
   *
   * @return the limiter
   */
  public RequestLimiter requestLimiter() {
    return requestLimiter;
  }

  /**
   * Sends the request and reads the whole response. A body over the limit is an {@link
   * InvalidResponseException}: not retried, as retrying would only fetch it again. Reading stops at
   * the limit and the connection is closed, not drained. With request limits, the request first
   * waits for a slot.
   */
  @Override
  public TransportResponse execute(TransportRequest request) {
    return requestLimiter.run(request, this::send);
  }

  private TransportResponse send(TransportRequest request) {
    Call call = client.newCall(toOkHttp(request));
    request.timeout().ifPresent(t -> call.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS));
    try (Response response = call.execute()) {
      return TransportResponse.of(response.code(), headers(response), bytes(call, response.body()));
    } catch (IOException e) {
      throw classify(e, request);
    }
  }

  private static Request toOkHttp(TransportRequest request) {
    Request.Builder builder = new Request.Builder().url(request.uri().toString());
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      builder.addHeader(headers.name(i), headers.value(i));
    }
    RequestBody body =
        request
            .body()
            .map(
                bytes ->
                    RequestBody.create(
                        bytes, headers.first("Content-Type").map(MediaType::parse).orElse(null)))
            .orElse(null);
    return builder.method(request.method(), body).build();
  }

  /**
   * Copies the headers. OkHttp reads response headers leniently; one the SDK's headers refuse (a
   * control character in a value) is malformed HTTP, reported as the JDK client reports it.
   */
  private static Headers headers(Response response) throws ProtocolException {
    Headers.Builder headers = Headers.builder();
    okhttp3.Headers source = response.headers();
    try {
      for (int i = 0; i < source.size(); i++) {
        headers.add(source.name(i), source.value(i));
      }
    } catch (InvalidRequestException e) {
      ProtocolException malformed =
          new ProtocolException("invalid response header: " + e.getMessage());
      malformed.initCause(e);
      throw malformed;
    }
    return headers.build();
  }

  private byte[] bytes(Call call, ResponseBody body) throws IOException {
    // Cancelling before the response is closed closes the connection; closing first would have
    // OkHttp drain the rest of the body to reuse the connection.
    try (BoundedBody bounded = limits.open(body.contentLength())) {
      InputStream in = body.byteStream();
      byte[] buffer = new byte[readBufferBytes(body.contentLength())];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bounded.append(buffer, 0, n);
      }
      return bounded.toByteArray();
    } catch (IOException e) {
      call.cancel();
      throw e;
    }
  }

  /**
   * The read buffer's size for a body: its declared length, so a typical answer of a few KB is read
   * without allocating the largest buffer on every call (at most {@value #READ_BUFFER_BYTES} bytes;
   * {@value #CHUNKED_READ_BUFFER_BYTES} when the length is not declared). The size decides only how
   * many reads it takes; the limits are {@link BoundedBody}'s.
   */
  static int readBufferBytes(long contentLength) {
    if (contentLength < 0) {
      return CHUNKED_READ_BUFFER_BYTES;
    }
    return (int) Math.max(1, Math.min(contentLength, READ_BUFFER_BYTES));
  }

  private static WalletException classify(IOException e, TransportRequest request) {
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || TransportFailures.isTlsHandshakeFailure(e)) {
      return TransportFailures.connectFailed(request, e);
    }
    if (TransportFailures.isInvalidResponse(e)) {
      return TransportFailures.invalidResponse(request, e);
    }
    if (e instanceof InterruptedIOException) {
      return Thread.currentThread().isInterrupted()
          ? TransportFailures.interrupted(request, e)
          : TransportFailures.timedOut(request, e);
    }
    return TransportFailures.connectionFailed(request, e);
  }

  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
