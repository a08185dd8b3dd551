package dev.walletsdk.client.internal.transport;

import dev.walletsdk.TransportException;
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
import java.util.List;
import java.util.Map;

/** Sends requests with the JDK's {@link HttpClient}; used when OkHttp is not available. */
public final class JdkHttpTransport implements Transport {
  private final HttpClient client;

  private JdkHttpTransport(HttpClient client) {
    this.client = client;
  }

  /**
   * Creates a transport with its own client: HTTP/1.1, no redirects, the given connect timeout and
   * proxy. Per-attempt timeouts come with each request.
   *
   * @param settings the timeouts and proxy
   * @return the transport
   */
  public static JdkHttpTransport create(TransportSettings settings) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeouts().connect())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (settings.hasProxy()) {
      builder.proxy(ProxySelector.of(settings.proxyAddress()));
      ProxyCredentials credentials = settings.proxyCredentials();
      if (credentials != null) {
        builder.authenticator(new ProxyPasswordAuthenticator(credentials));
      }
    }
    return new JdkHttpTransport(builder.build());
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
   * Wraps a caller's client, which keeps its proxy, TLS and executor settings.
   *
   * @param client the caller's client
   * @return the transport
   */
  public static JdkHttpTransport wrap(HttpClient client) {
    return new JdkHttpTransport(client);
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    try {
      HttpResponse<byte[]> response =
          client.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      ResponseLimits.check(body.length);
      return TransportResponse.of(response.statusCode(), headers(response), body);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new TransportException(
          "could not connect for " + target(request) + ": " + e.getMessage(),
          TransportException.Kind.CONNECT_FAILED,
          e);
    } catch (HttpTimeoutException e) {
      throw new TransportException(
          "no response in time for " + target(request), TransportException.Kind.TIMEOUT, e);
    } catch (IOException e) {
      throw new TransportException(
          "connection failed during " + target(request) + ": " + e.getMessage(),
          TransportException.Kind.CONNECTION_FAILED,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          target(request) + " was interrupted", TransportException.Kind.CANCELLED, e);
    }
  }

  private static HttpRequest toJdk(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri());
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

  private static String target(TransportRequest request) {
    return request.method() + " " + request.uri();
  }
}
