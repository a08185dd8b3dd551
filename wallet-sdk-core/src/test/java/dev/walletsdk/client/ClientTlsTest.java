/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.TlsCertificates.CLIENT;
import static dev.walletsdk.client.support.TlsCertificates.CLIENT_CA;
import static dev.walletsdk.client.support.TlsCertificates.PASSWORD;
import static dev.walletsdk.client.support.TlsCertificates.SERVER_CA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.support.TlsCertificates;
import dev.walletsdk.mock.MockWalletServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad TLS material is refused when it is given, with the field and the problem named and no
 * password in the message; the material never reveals a secret.
 */
class ClientTlsTest {
  private static final byte[] CLIENT_P12 = TlsCertificates.keyStore(CLIENT, CLIENT_CA, PASSWORD);
  private static final byte[] TRUST_P12 =
      TlsCertificates.trustStore(SERVER_CA.certificate(), PASSWORD);

  @TempDir Path dir;

  private static FieldError refusal(ThrowingCallable call, String message) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
    assertThat(e).hasMessage(message);
    assertThat(e.getMessage()).doesNotContain(PASSWORD).doesNotContain("wrong-password");
    assertThat(e.fieldErrors()).hasSize(1);
    return e.fieldErrors().get(0);
  }

  @Test
  void keyStoreOpenedWithTheWrongPasswordIsRefusedWithoutShowingIt() {
    FieldError error =
        refusal(
            () -> ClientTls.builder().clientKeyStore(CLIENT_P12, "wrong-password".toCharArray()),
            "clientKeyStore cannot be opened with the given password (password not shown)");

    assertThat(error).isEqualTo(FieldError.of("clientKeyStore", "wrong_password", error.message()));
  }

  @Test
  void keyStoreFileThatCannotBeReadIsRefused() {
    Path missing = dir.resolve("missing.p12");

    FieldError error =
        refusal(
            () -> ClientTls.builder().clientKeyStore(missing, PASSWORD.toCharArray()),
            "clientKeyStore could not be read from " + missing + " (NoSuchFileException)");

    assertThat(error.code()).isEqualTo("unreadable");
  }

  @Test
  void keyStoreThatIsNotPkcs12IsRefused() {
    byte[] text = "not a key store".getBytes(StandardCharsets.US_ASCII);

    FieldError error =
        refusal(
            () -> ClientTls.builder().clientKeyStore(text, PASSWORD.toCharArray()),
            "clientKeyStore cannot be used: it is not a PKCS#12 key store (EOFException)");

    assertThat(error.code()).isEqualTo("invalid_format");
  }

  @Test
  void keyStoreWithoutAPrivateKeyIsRefused() {
    FieldError error =
        refusal(
            () -> ClientTls.builder().clientKeyStore(TRUST_P12, PASSWORD.toCharArray()),
            "clientKeyStore holds no private key entry; mutual TLS needs the client's private key"
                + " and certificate chain");

    assertThat(error.code()).isEqualTo("no_private_key");
  }

  @Test
  void trustStoreOpenedWithTheWrongPasswordIsRefused() {
    FieldError error =
        refusal(
            () -> ClientTls.builder().trustStore(TRUST_P12, "wrong-password".toCharArray()),
            "trustStore cannot be opened with the given password (password not shown)");

    assertThat(error.code()).isEqualTo("wrong_password");
  }

  @Test
  void trustStoreWithoutTrustedCertificatesIsRefused() {
    FieldError error =
        refusal(
            () -> ClientTls.builder().trustStore(CLIENT_P12, PASSWORD.toCharArray()),
            "trustStore holds no trusted certificate");

    assertThat(error.code()).isEqualTo("no_certificates");
  }

  @Test
  void pemWithoutCertificatesIsRefused() {
    FieldError error =
        refusal(
            () -> ClientTls.builder().trustPemCertificates(""),
            "trustPemCertificates holds no trusted certificate");

    assertThat(error.code()).isEqualTo("no_certificates");
  }

  @Test
  void malformedPemIsRefused() {
    String broken = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";

    FieldError error =
        refusal(
            () -> ClientTls.builder().trustPemCertificates(broken),
            "trustPemCertificates cannot be used: it is not a sequence of PEM certificates"
                + " (CertificateException)");

    assertThat(error.code()).isEqualTo("invalid_format");
  }

  @Test
  void keyStoreAndTrustFilesAreReadFromPaths() throws Exception {
    Path keyStore = Files.write(dir.resolve("client.p12"), CLIENT_P12);
    Path pem = Files.writeString(dir.resolve("ca.pem"), SERVER_CA.certificatePem());

    ClientTls tls =
        ClientTls.builder()
            .clientKeyStore(keyStore, PASSWORD.toCharArray())
            .trustPemCertificates(pem)
            .build();

    assertThat(tls.trustManager().getAcceptedIssuers()).containsExactly(SERVER_CA.certificate());
    assertThat(tls).hasToString("ClientTls[clientKeyStore, trustPemCertificates]");
  }

  @Test
  void passwordIsNotKeptSoTheCallerMayWipeIt() {
    char[] password = PASSWORD.toCharArray();
    ClientTls.Builder builder =
        ClientTls.builder().clientKeyStore(CLIENT_P12, password).trustStore(TRUST_P12, password);
    Arrays.fill(password, '\0');

    ClientTls tls = builder.build();

    assertThat(tls.trustManager().getAcceptedIssuers()).containsExactly(SERVER_CA.certificate());
    assertThat(tls).hasToString("ClientTls[clientKeyStore, trustStore]");
    assertThat(builder).hasToString("ClientTls.Builder");
  }

  @Test
  void withoutTrustMaterialThePlatformAuthoritiesAreTrusted() {
    ClientTls tls = ClientTls.builder().clientKeyStore(CLIENT_P12, PASSWORD.toCharArray()).build();

    assertThat(tls.trustManager().getAcceptedIssuers()).isNotEmpty();
    assertThat(tls).hasToString("ClientTls[clientKeyStore, platform trust]");
  }

  @Test
  void tlsCannotBeCombinedWithTheCallersTransport() {
    MockWalletServer mock = MockWalletServer.inProcess();
    ClientTls tls = ClientTls.builder().trustPemCertificates(SERVER_CA.certificatePem()).build();
    WalletClient.Builder builder =
        WalletClient.builder().apiKey(mock.apiKey()).transport(mock.transport()).tls(tls);

    FieldError error =
        refusal(
            builder::build,
            "TLS material applies to the default transports only; configure the HTTP client"
                + " wrapped by the transport passed to transport(...) instead");

    assertThat(error.field()).isEqualTo("tls");
    assertThat(error.code()).isEqualTo("conflict");
  }
}
