/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.WalletClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code wallet.tls.*} reaches the client: its calls to a loopback server that requires a client
 * certificate of the partner's authority succeed and present that certificate.
 */
class WalletTlsTest {
  /** A test value, never a real secret. */
  private static final String PASSWORD = "p12-test-password";

  private static final HeldCertificate SERVER_CA = authority("wallet server ca");
  private static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .commonName("wallet server")
          .addSubjectAlternativeName("127.0.0.1")
          .signedBy(SERVER_CA)
          .build();
  private static final HeldCertificate CLIENT_CA = authority("partner client ca");
  private static final HeldCertificate CLIENT =
      new HeldCertificate.Builder().commonName("partner").signedBy(CLIENT_CA).build();

  @TempDir static Path dir;

  private final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void writeStores() throws Exception {
    Files.write(dir.resolve("client.p12"), keyStore());
    Files.write(dir.resolve("trust.p12"), trustStore());
    Files.writeString(
        dir.resolve("server-ca.pem"), SERVER_CA.certificatePem(), StandardCharsets.US_ASCII);
  }

  @BeforeEach
  void startServer() throws IOException {
    HandshakeCertificates certificates =
        new HandshakeCertificates.Builder()
            .heldCertificate(SERVER, SERVER_CA.certificate())
            .addTrustedCertificate(CLIENT_CA.certificate())
            .build();
    server.useHttps(certificates.sslSocketFactory());
    server.requireClientAuth();
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WalletAutoConfiguration.class))
        .withPropertyValues(
            "wallet.base-url=https://127.0.0.1:" + server.getPort(),
            "wallet.api-key=sk_test_mtls",
            "wallet.retry.max-retries=0",
            "wallet.tls.client-key-store.location=file:" + dir.resolve("client.p12"));
  }

  @Test
  void callPresentsTheClientCertificateAndTrustsThePemAuthority() {
    runner()
        .withPropertyValues(
            "wallet.tls.client-key-store.password=" + PASSWORD,
            "wallet.tls.trust-certificates=file:" + dir.resolve("server-ca.pem"))
        .run(context -> assertMutualTlsCall(context.getBean(WalletClient.class)));
  }

  @Test
  void callTrustsTheAuthorityOfThePkcs12TrustStore() {
    runner()
        .withPropertyValues(
            "wallet.tls.client-key-store.password=" + PASSWORD,
            "wallet.tls.trust-store.location=file:" + dir.resolve("trust.p12"),
            "wallet.tls.trust-store.password=" + PASSWORD)
        .run(context -> assertMutualTlsCall(context.getBean(WalletClient.class)));
  }

  @Test
  void wrongKeyStorePasswordStopsTheStartNamingThePropertyNotThePassword() {
    List<String> messages =
        StartFailures.messages(
            runner(),
            "wallet.tls.client-key-store.password=wrong-secret-123",
            "wallet.tls.trust-certificates=file:" + dir.resolve("server-ca.pem"));

    assertThat(messages)
        .contains(
            "wallet.tls.client-key-store.password: file:"
                + dir.resolve("client.p12")
                + ": clientKeyStore cannot be opened with the given password (password not"
                + " shown)");
    assertThat(String.join("\n", messages)).doesNotContain("wrong-secret-123");
  }

  @Test
  void wrongTrustStorePasswordStopsTheStartNamingThePropertyNotThePassword() {
    List<String> messages =
        StartFailures.messages(
            runner(),
            "wallet.tls.client-key-store.password=" + PASSWORD,
            "wallet.tls.trust-store.location=file:" + dir.resolve("trust.p12"),
            "wallet.tls.trust-store.password=wrong-secret-456");

    assertThat(messages)
        .contains(
            "wallet.tls.trust-store.password: file:"
                + dir.resolve("trust.p12")
                + ": trustStore cannot be opened with the given password (password not shown)");
    assertThat(String.join("\n", messages)).doesNotContain("wrong-secret-456");
  }

  @Test
  void unreadableTrustCertificatesStopTheStartNamingTheProperty() {
    assertThat(
            StartFailures.messages(
                runner(),
                "wallet.tls.client-key-store.password=" + PASSWORD,
                "wallet.tls.trust-certificates=file:" + dir.resolve("missing.pem")))
        .contains(
            "wallet.tls.trust-certificates: file:"
                + dir.resolve("missing.pem")
                + " could not be read (FileNotFoundException)");
  }

  private void assertMutualTlsCall(WalletClient client) throws InterruptedException {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Request-Id", "req_1")
            .body("{\"object\":\"key_set\",\"keys\":[]}")
            .build());

    assertThat(client.keys().list()).isEmpty();

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    X509Certificate presented = (X509Certificate) request.getHandshake().peerCertificates().get(0);
    assertThat(presented.getSubjectX500Principal().getName()).isEqualTo("CN=partner");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_mtls");
  }

  private static HeldCertificate authority(String name) {
    return new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
  }

  private static byte[] keyStore() throws IOException, GeneralSecurityException {
    KeyStore store = emptyStore();
    Certificate[] chain = {CLIENT.certificate(), CLIENT_CA.certificate()};
    store.setKeyEntry("client", CLIENT.keyPair().getPrivate(), PASSWORD.toCharArray(), chain);
    return bytes(store);
  }

  private static byte[] trustStore() throws IOException, GeneralSecurityException {
    KeyStore store = emptyStore();
    store.setCertificateEntry("ca", SERVER_CA.certificate());
    return bytes(store);
  }

  private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }

  private static byte[] bytes(KeyStore store) throws IOException, GeneralSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD.toCharArray());
    return out.toByteArray();
  }
}
