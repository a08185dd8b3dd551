/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server's HTTPS options and what it prints about its certificate. */
class MockServerMainTlsTest {
  private static final Pattern FINGERPRINT =
      Pattern.compile("SHA-256 fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2}):\n");
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n");

  private static String announced(MockServerMain.Options options) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MockWalletServer mock = options.builder().build();
        MockHttpServer server = options.start(mock)) {
      MockServerMain.announce(
          new PrintStream(bytes, true, StandardCharsets.UTF_8), server, mock, options);
      String text = bytes.toString(StandardCharsets.UTF_8);
      assertThat(text).startsWith("Wallet API v1 mock listening on https://127.0.0.1:");
      assertPrintedFingerprintIsTheServedCertificates(text, server);
      return text;
    }
  }

  /** Trusts the printed PEM, connects, and compares the printed fingerprint with the peer's. */
  private static void assertPrintedFingerprintIsTheServedCertificates(
      String text, MockHttpServer server) throws Exception {
    Matcher fingerprint = FINGERPRINT.matcher(text);
    Matcher pem = PEM.matcher(text);
    assertThat(fingerprint.find()).as(text).isTrue();
    assertThat(pem.find()).as(text).isTrue();
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("printed", MockTlsTest.fromPem(pem.group()));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .sslContext(context)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/_mock/health"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Certificate served = answer.sslSession().orElseThrow().getPeerCertificates()[0];
    assertThat(fingerprint.group(1))
        .isEqualTo(
            HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded())));
  }

  @Test
  void tlsServesAGeneratedCertificateAndPrintsItsFingerprintAndPem() throws Exception {
    String text = announced(MockServerMain.Options.parse(new String[] {"--port", "0", "--tls"}));

    assertThat(text).contains("TLS certificate (self-signed, generated at start), SHA-256");
  }

  @Test
  void givenKeyStoreIsServedWithThePasswordFromItsFileAndNeverPrinted(@TempDir Path dir)
      throws Exception {
    X509Certificate[] certificate = new X509Certificate[1];
    Path keyStore = MockTlsTest.keyStoreFile(dir, certificate);
    Path password = Files.writeString(dir.resolve("password"), "p12-mock-password\n");

    String text =
        announced(
            MockServerMain.Options.parse(
                new String[] {
                  "--port",
                  "0",
                  "--tls-keystore",
                  keyStore.toString(),
                  "--tls-password-file",
                  password.toString()
                }));

    assertThat(text)
        .contains("TLS certificate (from " + keyStore + "), SHA-256")
        .doesNotContain("p12-mock-password");
    Matcher pem = PEM.matcher(text);
    assertThat(pem.find()).isTrue();
    assertThat(MockTlsTest.fromPem(pem.group())).isEqualTo(certificate[0]);
  }

  @Test
  void keyStoreWithoutAPasswordFileIsRefused() {
    assertThatThrownBy(
            () -> MockServerMain.Options.parse(new String[] {"--tls-keystore", "server.p12"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--tls-keystore and --tls-password-file go together");
  }

  @Test
  void tlsAndAKeyStoreExcludeEachOther() {
    assertThatThrownBy(
            () ->
                MockServerMain.Options.parse(
                    new String[] {
                      "--tls", "--tls-keystore", "server.p12", "--tls-password-file", "pw"
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--tls and --tls-keystore exclude each other");
  }

  @Test
  void wrongPasswordInTheFileIsRefusedWithoutPrintingIt(@TempDir Path dir) throws Exception {
    Path keyStore = MockTlsTest.keyStoreFile(dir, new X509Certificate[1]);
    Path password = Files.writeString(dir.resolve("password"), "not-the-password\n");

    assertThatThrownBy(
            () ->
                MockServerMain.Options.parse(
                    new String[] {
                      "--tls-keystore",
                      keyStore.toString(),
                      "--tls-password-file",
                      password.toString()
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the key store " + keyStore + " is not PKCS#12 or the password does not open it");
  }

  @Test
  void plainHttpPrintsNoCertificate() {
    assertThat(MockServerMain.Options.parse(new String[0]).tls).isNull();
  }
}
