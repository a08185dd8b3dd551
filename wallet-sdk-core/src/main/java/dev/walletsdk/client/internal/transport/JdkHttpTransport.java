/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.ClientTls;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.client.ProxyCredentials;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** Sends requests with the JDK's {@link HttpClient}; used when OkHttp is not available. */
public final class JdkHttpTransport implements Transport {
  private final HttpClient client;
  private final @Nullable String proxyAuthorization;
  private final ResponseLimits limits = new ResponseLimits();
  private final RequestLimiter requestLimiter;

  private JdkHttpTransport(
      HttpClient client, @Nullable String proxyAuthorization, RequestLimiter requestLimiter) {
    this.client = client;
    this.proxyAuthorization = proxyAuthorization;
    this.requestLimiter = requestLimiter;
  }

  /**
   * Creates a transport with its own client: HTTP/1.1, no redirects, the given connect timeout,
   * proxy and TLS material, and the SDK's request limits in front of it. Per-attempt timeouts come
   * with each request.
   *
   * @param settings the timeouts, proxy, TLS material and pool settings
   * @return the transport
   * @throws InvalidRequestException (code {@code not_supported}) if the settings size the
   *     connection pool or its keep-alive, which a JDK client takes from JVM-wide system properties
   *     only
   */
  public static JdkHttpTransport create(TransportSettings settings) {
    return create(settings, HttpClient.Version.HTTP_1_1);
  }

  /**
   * Creates a transport with its own client as {@link #create(TransportSettings)} does, asking for
   * the given HTTP version. With {@link HttpClient.Version#HTTP_2} the client negotiates HTTP/2
   * over TLS (ALPN) and asks a plain {@code http} server to upgrade ({@code Upgrade: h2c}), and it
   * speaks HTTP/1.1 with a server that offers neither.
   *
   * @param settings the timeouts, proxy, TLS material and pool settings
   * @param version the HTTP version to ask for
   * @return the transport
   * @throws InvalidRequestException as {@link #create(TransportSettings)} does
   */
  public static JdkHttpTransport create(TransportSettings settings, HttpClient.Version version) {
    refusePoolSettings(settings.pooling());
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(version)
            .connectTimeout(settings.timeouts().connect())
            .followRedirects(HttpClient.Redirect.NEVER);
    String proxyAuthorization = null;
    if (settings.hasProxy()) {
      builder.proxy(ProxySelector.of(settings.proxyAddress()));
      ProxyCredentials credentials = settings.proxyCredentials();
      // Preemptive Basic instead of a java.net.Authenticator: an HttpClient with an
      // Authenticator drops every caller-set Authorization header, and so the API key.
      proxyAuthorization = credentials == null ? null : basic(credentials);
    }
    ClientTls tls = settings.tls();
    if (tls != null) {
      builder.sslContext(tls.sslContext());
    }
    return new JdkHttpTransport(
        builder.build(), proxyAuthorization, RequestLimiter.of(settings.pooling()));
  }

  private static void refusePoolSettings(ConnectionPooling pooling) {
    if (pooling.maxIdleConnections().isPresent()) {
      throw poolSettingRefused("maxIdleConnections", "jdk.httpclient.connectionPoolSize");
    }
    if (pooling.keepAlive().isPresent()) {
      throw poolSettingRefused("keepAlive", "jdk.httpclient.keepalive.timeout");
    }
  }

  private static InvalidRequestException poolSettingRefused(String field, String property) {
    return InvalidRequestException.forField(
        field,
        "not_supported",
        field
            + " cannot be set per client on the JDK HttpClient transport, whose pool takes it from"
            + " the JVM-wide system property "
            + property
            + "; set that property, or put OkHttp on the class path");
  }

  private static String basic(ProxyCredentials credentials) {
    String pair = credentials.username() + ":" + credentials.revealPassword();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the JDK client, for tests of the settings applied.
   *
   * @return the client
   */
  public HttpClient client() {
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
   * Wraps a caller's client, which keeps its proxy, TLS and executor settings. A client that
   * follows redirects is refused: it would resend the API key, the signature and the body to
   * whatever origin a redirect names, and a JDK client cannot be derived with another redirect
   * policy.
   *
   * @param client the caller's client
   * @return the transport
   * @throws InvalidRequestException if the client's redirect policy is not {@link
   *     HttpClient.Redirect#NEVER}
   */
  public static JdkHttpTransport wrap(HttpClient client) {
    if (client.followRedirects() != HttpClient.Redirect.NEVER) {
      throw InvalidRequestException.forField(
          "client",
          "redirects_not_allowed",
          "client follows redirects (HttpClient.Redirect."
              + client.followRedirects()
              + "), which would resend the API key and the request body to the origin a redirect"
              + " names; build it with followRedirects(HttpClient.Redirect.NEVER)");
    }
    return new JdkHttpTransport(client, null, RequestLimiter.of(ConnectionPooling.defaults()));
  }

  /**
   * Sends the request and waits for the whole response, on the calling thread ({@link
   * HttpClient#send}: no task or thread per call). The per-attempt timeout bounds the whole
   * exchange, body included: the JDK's own request timeout covers the exchange up to the response
   * headers, and the caller waits for the body for what is left of it, then closes the exchange. An
   * interrupt of the calling thread cancels the exchange, whichever part of it is under way, and
   * closes its connection. A body over the limit is an {@link InvalidResponseException}: not
   * retried, as retrying would only fetch it again. With request limits, the request first waits
   * for a slot.
   */
  @Override
  public TransportResponse execute(TransportRequest request) {
    return requestLimiter.run(request, this::send);
  }

  private TransportResponse send(TransportRequest request) {
    long deadline = request.timeout().map(t -> System.nanoTime() + t.toNanos()).orElse(0L);
    LimitedBodySubscriber.Handler handler = LimitedBodySubscriber.handler(limits);
    HttpResponse<LimitedBodySubscriber> response;
    try {
      response = client.send(toJdk(request, proxyAuthorization), handler);
    } catch (InterruptedException e) {
      // The client cancels its exchange, but the headers may be in and the body subscribed while
      // the response was being handed over: that body would go on reading on an open connection.
      TransportException cancelled = TransportFailures.interrupted(request, e);
      handler.abandon(cancelled);
      Thread.currentThread().interrupt();
      throw cancelled;
    } catch (IOException e) {
      throw classify(e, request);
    }
    LimitedBodySubscriber body = response.body();
    try {
      long left = request.timeout().isPresent() ? Math.max(0, deadline - System.nanoTime()) : -1;
      return TransportResponse.of(response.statusCode(), headers(response), body.await(left));
    } catch (TimeoutException e) {
      TransportException timeout = TransportFailures.timedOut(request, e);
      body.abandon(timeout);
      throw timeout;
    } catch (InterruptedException e) {
      TransportException cancelled = TransportFailures.interrupted(request, e);
      body.abandon(cancelled);
      Thread.currentThread().interrupt();
      throw cancelled;
    } catch (ExecutionException e) {
      throw classify(e.getCause() != null ? e.getCause() : e, request);
    } catch (RuntimeException e) {
      body.abandon(e);
      throw e;
    }
  }

  private static WalletException classify(Throwable failure, TransportRequest request) {
    Throwable tooLarge = tooLarge(failure);
    if (tooLarge != null) {
      return TransportFailures.invalidResponse(request, tooLarge);
    }
    if (failure instanceof HttpConnectTimeoutException
        || failure instanceof ConnectException
        || TransportFailures.isTlsHandshakeFailure(failure)) {
      return TransportFailures.connectFailed(request, failure);
    }
    if (failure instanceof HttpTimeoutException) {
      return TransportFailures.timedOut(request, failure);
    }
    return TransportFailures.connectionFailed(request, failure);
  }

  /**
   * Finds a body-limit failure: {@link HttpClient#send} reports a failure of the body handler as an
   * {@link IOException} whose cause is the handler's exception.
   */
  private static @Nullable Throwable tooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (TransportFailures.isInvalidResponse(t)) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static HttpRequest toJdk(TransportRequest request, @Nullable String proxyAuthorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri());
    if (proxyAuthorization != null) {
      builder.header("Proxy-Authorization", proxyAuthorization);
    }
    request.timeout().ifPresent(builder::timeout);
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      builder.header(headers.name(i), headers.value(i));
    }
    HttpRequest.BodyPublisher body =
        request
            .body()
            .map(HttpRequest.BodyPublishers::ofByteArray)
            .orElse(HttpRequest.BodyPublishers.noBody());
    return builder.method(request.method(), body).build();
  }

  private static Headers headers(HttpResponse<?> response) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, List<String>> field : response.headers().map().entrySet()) {
      if (field.getKey().startsWith(":")) {
        continue;
      }
      for (String value : field.getValue()) {
        headers.add(field.getKey(), value);
      }
    }
    return headers.build();
  }
}
