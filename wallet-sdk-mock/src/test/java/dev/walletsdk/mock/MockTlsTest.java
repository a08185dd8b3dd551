/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.internal.server.SelfSignedCertificates;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS on the mock: the generated certificate, a given PKCS#12, and clients that do or do not
 * trust it.
 */
class MockTlsTest {
  private static final String PASSWORD = "p12-mock-password";

  static X509Certificate fromPem(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private static HttpClient trusting(X509Certificate certificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("mock", certificate);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder()
        .sslContext(context)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpResponse<String> health(HttpClient client, MockHttpServer server)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/_mock/health"))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A PKCS#12 file holding a key and certificate made for the test. */
  static Path keyStoreFile(Path dir, X509Certificate[] certificate) throws Exception {
    SelfSignedCertificates.Generated generated = SelfSignedCertificates.generate(Instant.now());
    certificate[0] = generated.certificate();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "given",
        generated.keys().getPrivate(),
        PASSWORD.toCharArray(),
        new Certificate[] {generated.certificate()});
    Path file = dir.resolve("server.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  @Test
  void generatedCertificateNamesTheLoopbackInterfaceAndIsSelfSigned() throws Exception {
    Instant now = Instant.parse("2026-12-03T18:00:00Z");

    X509Certificate certificate = SelfSignedCertificates.generate(now).certificate();

    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
    assertThat(certificate.getIssuerX500Principal())
        .isEqualTo(certificate.getSubjectX500Principal());
    assertThat(certificate.getSubjectAlternativeNames())
        .containsExactly(
            List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
    assertThat(certificate.getNotBefore().toInstant()).isEqualTo(now.minus(Duration.ofHours(1)));
    assertThat(certificate.getNotAfter().toInstant())
        .isEqualTo(now.minus(Duration.ofHours(1)).plus(Duration.ofDays(30)));
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertThat(certificate.getVersion()).isEqualTo(3);
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    certificate.verify(certificate.getPublicKey());
  }

  @Test
  void pemAndFingerprintDescribeTheCertificate() throws Exception {
    MockTls tls = MockTls.selfSigned();

    assertThat(fromPem(tls.certificatePem())).isEqualTo(tls.certificate());
    assertThat(tls.sha256Fingerprint())
        .isEqualTo(
            java.util.HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(tls.certificate().getEncoded())))
        .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    assertThat(tls.toString())
        .isEqualTo("MockTls{CN=localhost, SHA-256 " + tls.sha256Fingerprint() + "}");
  }

  @Test
  void clientTrustingTheCertificateIsServedOverHttps() throws Exception {
    MockTls tls = MockTls.selfSigned();
    try (MockWalletServer mock = MockWalletServer.inProcess();
        MockHttpServer server = mock.start(0, tls)) {
      assertThat(server.baseUrl().toString()).startsWith("https://127.0.0.1:");

      HttpResponse<String> answer = health(trusting(tls.certificate()), server);

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"status\":\"ok\"}");
    }
  }

  @Test
  void clientNotTrustingTheCertificateFailsTheHandshake() throws Exception {
    try (MockWalletServer mock = MockWalletServer.inProcess();
        MockHttpServer server = mock.start(0, MockTls.selfSigned())) {
      HttpClient platformTrust =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      assertThatThrownBy(() -> health(platformTrust, server))
          .isInstanceOf(SSLHandshakeException.class)
          .hasMessageContaining("unable to find valid certification path");
    }
  }

  @Test
  void givenKeyStoreIsPresented(@TempDir Path dir) throws Exception {
    X509Certificate[] certificate = new X509Certificate[1];
    MockTls tls = MockTls.pkcs12(keyStoreFile(dir, certificate), PASSWORD.toCharArray());

    assertThat(tls.certificate()).isEqualTo(certificate[0]);
    try (MockWalletServer mock = MockWalletServer.inProcess();
        MockHttpServer server = mock.start(0, tls)) {
      assertThat(health(trusting(certificate[0]), server).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void keyStoreWithTheWrongPasswordIsRefusedWithoutNamingIt(@TempDir Path dir) throws Exception {
    Path file = keyStoreFile(dir, new X509Certificate[1]);

    assertThatThrownBy(() -> MockTls.pkcs12(file, "wrong-password".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key store " + file + " is not PKCS#12 or the password does not open it");
  }

  @Test
  void keyStoreWithoutAPrivateKeyIsRefused(@TempDir Path dir) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("only", MockTls.selfSigned().certificate());
    Path file = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }

    assertThatThrownBy(() -> MockTls.pkcs12(file, PASSWORD.toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key store " + file + " holds no private key with an X.509 certificate");
  }

  @Test
  void missingKeyStoreIsRefused(@TempDir Path dir) {
    Path file = dir.resolve("absent.p12");

    assertThatThrownBy(() -> MockTls.pkcs12(file, PASSWORD.toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key store " + file + " cannot be read: NoSuchFileException");
  }
}
