/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static dev.walletsdk.client.support.TlsCertificates.CLIENT;
import static dev.walletsdk.client.support.TlsCertificates.CLIENT_CA;
import static dev.walletsdk.client.support.TlsCertificates.PASSWORD;
import static dev.walletsdk.client.support.TlsCertificates.ROGUE_CA;
import static dev.walletsdk.client.support.TlsCertificates.ROGUE_CLIENT;
import static dev.walletsdk.client.support.TlsCertificates.SERVER_CA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ApiKey;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TlsCertificates;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.TransferId;
import java.net.Proxy;
import java.security.cert.X509Certificate;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both transports the builder makes talk to a loopback server that requires a client certificate
 * from the partner's authority: they succeed with the partner's certificate and fail, before the
 * request reaches the server, without one, with a certificate of another authority, or when the
 * server's certificate is not trusted.
 */
class MutualTlsTest {
  private static final TransferId TRANSFER = TransferId.of("trf_1");
  private final MockWebServer server = TlsCertificates.startMutualTlsServer();
  private WalletClient client;

  /** The two transports the builder can make. */
  enum Kind {
    OKHTTP,
    JDK
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private WalletClient client(Kind kind, ClientTls tls) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(TlsCertificates.httpsBaseUrl(server))
            .apiKey(ApiKey.of("sk_test_mtls"))
            .retries(RetryPolicy.none());
    if (kind == Kind.OKHTTP) {
      builder.tls(tls);
    } else {
      builder.transport(
          JdkHttpTransport.create(
              new TransportSettings(
                  Timeouts.defaults(), Proxy.NO_PROXY, null, tls, ConnectionPooling.defaults())));
    }
    client = builder.build();
    return client;
  }

  private static ClientTls presenting(HeldCertificate certificate, HeldCertificate issuer) {
    return ClientTls.builder()
        .clientKeyStore(
            TlsCertificates.keyStore(certificate, issuer, PASSWORD), PASSWORD.toCharArray())
        .trustPemCertificates(SERVER_CA.certificatePem())
        .build();
  }

  private TransportException failure(Kind kind, ClientTls tls) {
    WalletClient wallet = client(kind, tls);
    TransportException failure =
        catchThrowableOfType(TransportException.class, () -> wallet.transfers().get(TRANSFER));
    assertThat(failure.getMessage()).doesNotContain(PASSWORD);
    assertThat(server.getRequestCount()).isZero();
    return failure;
  }

  private String target() {
    return "GET " + TlsCertificates.httpsBaseUrl(server) + "/v1/transfers/trf_1: ";
  }

  /**
   * Under TLS 1.3 the client finishes its side of the handshake and may send the request before the
   * server's refusal of its certificate arrives; depending on which comes first, the failure is a
   * failed handshake (not sent) or a broken connection (reported as possibly applied).
   */
  private void assertRefusedByTheServer(TransportException failure) {
    if (failure.kind() == TransportException.Kind.CONNECT_FAILED) {
      assertThat(failure.getMessage()).startsWith("could not connect for " + target());
    } else {
      assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECTION_FAILED);
      assertThat(failure.getMessage()).startsWith("connection failed during " + target());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void callSucceedsWithTheClientCertificateOfTheTrustedAuthority(Kind kind) {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    WalletClient wallet = client(kind, presenting(CLIENT, CLIENT_CA));

    assertThat(wallet.transfers().get(TRANSFER).id()).isEqualTo(TRANSFER);
    RecordedRequest request = Servers.take(server);
    X509Certificate presented = (X509Certificate) request.getHandshake().peerCertificates().get(0);
    assertThat(presented.getSubjectX500Principal().getName()).isEqualTo("CN=partner");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_mtls");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void callWithoutAClientCertificateIsRefused(Kind kind) {
    ClientTls trustOnly =
        ClientTls.builder().trustPemCertificates(SERVER_CA.certificatePem()).build();

    assertRefusedByTheServer(failure(kind, trustOnly));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void callWithACertificateOfAnotherAuthorityIsRefused(Kind kind) {
    assertRefusedByTheServer(failure(kind, presenting(ROGUE_CLIENT, ROGUE_CA)));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void callToAServerWhoseCertificateIsNotTrustedFailsNotSent(Kind kind) {
    ClientTls trustingAnotherAuthority =
        ClientTls.builder()
            .clientKeyStore(
                TlsCertificates.keyStore(CLIENT, CLIENT_CA, PASSWORD), PASSWORD.toCharArray())
            .trustPemCertificates(ROGUE_CA.certificatePem())
            .build();

    TransportException failure = failure(kind, trustingAnotherAuthority);

    assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
    assertThat(failure.mayHaveBeenApplied()).isFalse();
    // The JDK's own words follow the SDK's; JDK 25 puts the TLS alert "(certificate_unknown)"
    // first.
    assertThat(failure.getMessage())
        .startsWith("could not connect for " + target())
        .contains("PKIX path building failed")
        .endsWith("unable to find valid certification path to requested target");
  }
}
