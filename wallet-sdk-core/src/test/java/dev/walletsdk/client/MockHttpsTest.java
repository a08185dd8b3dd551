/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.TlsCertificates.PASSWORD;
import static dev.walletsdk.client.support.TlsCertificates.SERVER;
import static dev.walletsdk.client.support.TlsCertificates.SERVER_CA;
import static dev.walletsdk.mock.RequestCount.exactly;
import static dev.walletsdk.mock.RequestCount.never;
import static dev.walletsdk.mock.RequestPattern.anyRequestedFor;
import static dev.walletsdk.mock.RequestPattern.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.TlsCertificates;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockTls;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mock served over HTTPS on loopback: clients of both transports trusting its certificate
 * through {@link ClientTls} transfer money; a client that does not trust it fails before sending.
 */
class MockHttpsTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private @Nullable MockHttpServer server;
  private @Nullable WalletClient client;

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
    if (server != null) {
      server.close();
    }
    mock.close();
  }

  private WalletClient client(Kind kind, MockTls served, ClientTls trust) {
    server = mock.start(0, served);
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(server.baseUrl().toString())
            .apiKey(mock.apiKey())
            .retries(RetryPolicy.none());
    if (kind == Kind.OKHTTP) {
      builder.tls(trust);
    } else {
      builder.transport(
          JdkHttpTransport.create(
              new TransportSettings(
                  Timeouts.defaults(), Proxy.NO_PROXY, null, trust, ConnectionPooling.defaults())));
    }
    client = builder.build();
    return client;
  }

  private void assertTransfersMoney(WalletClient wallet) {
    Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

    Transfer transfer =
        wallet
            .transfers()
            .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("10.00", "EUR")));

    assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
    assertThat(wallet.balances().get(bob.id(), CurrencyCode.EUR).available())
        .isEqualTo(Money.of("10.00", "EUR"));
    mock.verify(exactly(1), postRequestedFor("/v1/transfers"));
    mock.verify(exactly(2), postRequestedFor("/v1/wallets"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void clientTrustingTheGeneratedCertificateTransfersOverHttps(Kind kind) {
    MockTls tls = MockTls.selfSigned();
    ClientTls trust = ClientTls.builder().trustPemCertificates(tls.certificatePem()).build();

    WalletClient wallet = client(kind, tls, trust);

    assertThat(server.baseUrl().getScheme()).isEqualTo("https");
    assertTransfersMoney(wallet);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void clientNotTrustingTheCertificateFailsBeforeSending(Kind kind) {
    WalletClient wallet = client(kind, MockTls.selfSigned(), ClientTls.builder().build());

    TransportException failure =
        catchThrowableOfType(
            TransportException.class, () -> wallet.wallets().get(WalletId.of("wal_1")));

    assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
    assertThat(failure.mayHaveBeenApplied()).isFalse();
    // The JDK's own words follow the SDK's; JDK 25 puts the TLS alert "(certificate_unknown)"
    // first.
    assertThat(failure.getMessage())
        .startsWith("could not connect for GET " + server.baseUrl() + "/v1/wallets/wal_1: ")
        .contains("PKIX path building failed")
        .endsWith("unable to find valid certification path to requested target");
    mock.verify(never(), anyRequestedFor(Pattern.compile(".*")));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void givenKeyStoreIsServedToAClientTrustingItsAuthority(Kind kind, @TempDir Path dir)
      throws Exception {
    Path keyStore =
        Files.write(
            dir.resolve("server.p12"), TlsCertificates.keyStore(SERVER, SERVER_CA, PASSWORD));
    MockTls given = MockTls.pkcs12(keyStore, PASSWORD.toCharArray());
    ClientTls trust = ClientTls.builder().trustPemCertificates(SERVER_CA.certificatePem()).build();

    assertThat(given.certificate()).isEqualTo(SERVER.certificate());
    assertTransfersMoney(client(kind, given, trust));
  }
}
