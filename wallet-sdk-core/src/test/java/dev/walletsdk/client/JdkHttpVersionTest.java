/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TlsCertificates;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK transport's HTTP version option: HTTP/1.1 unless asked, HTTP/2 when asked and the server
 * offers it, HTTP/1.1 when the server does not (over TLS or plain {@code http}), with the same
 * calls, bodies and timeouts either way.
 */
class JdkHttpVersionTest {
  private static final ClientTls TRUST_SERVER =
      ClientTls.builder().trustPemCertificates(TlsCertificates.SERVER_CA.certificatePem()).build();

  private MockWebServer server;
  private Transport transport;

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  private static MockWebServer https(Protocol... protocols) {
    HandshakeCertificates certificates =
        new HandshakeCertificates.Builder()
            .heldCertificate(TlsCertificates.SERVER, TlsCertificates.SERVER_CA.certificate())
            .build();
    MockWebServer https = new MockWebServer();
    https.useHttps(certificates.sslSocketFactory());
    https.setProtocols(List.of(protocols));
    try {
      https.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return https;
  }

  private TransportResponse post(String scheme) {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Request-Id", "req_h")
            .body("{\"ok\":true}")
            .build());
    return transport.execute(
        TransportRequest.builder()
            .method("POST")
            .uri(URI.create(scheme + "://127.0.0.1:" + server.getPort() + "/v1/transfers"))
            .header("Content-Type", "application/json")
            .body("{\"amount\":\"0.01\"}".getBytes(StandardCharsets.UTF_8))
            .timeout(Duration.ofSeconds(5))
            .build());
  }

  private void assertExchanged(TransportResponse response, String version) {
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().first("Request-Id")).contains("req_h");
    assertThat(response.bodyText()).isEqualTo("{\"ok\":true}");
    RecordedRequest recorded = Servers.take(server);
    assertThat(recorded.getVersion()).isEqualTo(version);
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"amount\":\"0.01\"}");
  }

  @Test
  void http2IsUsedWhenAskedAndTheServerOffersIt() {
    server = https(Protocol.HTTP_2, Protocol.HTTP_1_1);
    transport =
        JdkHttpTransports.builder()
            .httpVersion(HttpClient.Version.HTTP_2)
            .tls(TRUST_SERVER)
            .build();

    assertExchanged(post("https"), "HTTP/2");
  }

  @Test
  void http11IsTheDefaultEvenWhenTheServerOffersHttp2() {
    server = https(Protocol.HTTP_2, Protocol.HTTP_1_1);
    transport = JdkHttpTransports.builder().tls(TRUST_SERVER).build();

    assertExchanged(post("https"), "HTTP/1.1");
  }

  @Test
  void http2FallsBackToHttp11WhenTheTlsServerDoesNotOfferIt() {
    server = https(Protocol.HTTP_1_1);
    transport =
        JdkHttpTransports.builder()
            .httpVersion(HttpClient.Version.HTTP_2)
            .tls(TRUST_SERVER)
            .build();

    assertExchanged(post("https"), "HTTP/1.1");
  }

  @Test
  void http2FallsBackToHttp11WhenAPlainServerIgnoresTheUpgrade() {
    server = Servers.startLoopback();
    transport = JdkHttpTransports.builder().httpVersion(HttpClient.Version.HTTP_2).build();

    assertExchanged(post("http"), "HTTP/1.1");
  }

  @Test
  void slowBodyOverAnOpenHttp2ConnectionTimesOut() {
    server = https(Protocol.HTTP_2, Protocol.HTTP_1_1);
    transport =
        JdkHttpTransports.builder()
            .httpVersion(HttpClient.Version.HTTP_2)
            .tls(TRUST_SERVER)
            .build();
    assertExchanged(post("https"), "HTTP/2");
    server.enqueue(
        new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS).body("{\"late\":true}").build());
    URI uri = URI.create("https://127.0.0.1:" + server.getPort() + "/v1/slow");

    assertThatThrownBy(
            () ->
                transport.execute(
                    TransportRequest.builder()
                        .method("GET")
                        .uri(uri)
                        .timeout(Duration.ofMillis(300))
                        .build()))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT))
        .hasMessage("no response in time for GET " + uri);
    assertThat(Servers.take(server).getVersion()).isEqualTo("HTTP/2");
  }

  @Test
  void nullVersionIsRefused() {
    server = Servers.startLoopback();
    transport = JdkHttpTransports.builder().build();

    assertThatThrownBy(() -> JdkHttpTransports.builder().httpVersion(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("version");
  }
}
