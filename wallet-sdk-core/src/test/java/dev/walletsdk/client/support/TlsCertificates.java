/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Certificates made for mutual TLS tests: a server authority and the loopback server's certificate,
 * the client authority the server trusts and a client certificate it signed, and a rogue authority
 * with a client certificate of its own. Made once per JVM (key generation is the slow part).
 */
public final class TlsCertificates {
  /** The password of every key store made here; a test value, never a real secret. */
  public static final String PASSWORD = "p12-test-password";

  public static final HeldCertificate SERVER_CA = authority("wallet server ca");
  public static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .commonName("wallet server")
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("localhost")
          .signedBy(SERVER_CA)
          .build();
  public static final HeldCertificate CLIENT_CA = authority("partner client ca");
  public static final HeldCertificate CLIENT = client("partner", CLIENT_CA);
  public static final HeldCertificate ROGUE_CA = authority("rogue ca");
  public static final HeldCertificate ROGUE_CLIENT = client("rogue partner", ROGUE_CA);

  private TlsCertificates() {}

  private static HeldCertificate authority(String name) {
    return new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
  }

  private static HeldCertificate client(String name, HeldCertificate issuer) {
    return new HeldCertificate.Builder().commonName(name).signedBy(issuer).build();
  }

  /**
   * Starts a loopback HTTPS server (HTTP/1.1 only) that requires a client certificate issued by
   * {@link #CLIENT_CA}.
   */
  public static MockWebServer startMutualTlsServer() {
    HandshakeCertificates certificates =
        new HandshakeCertificates.Builder()
            .heldCertificate(SERVER, SERVER_CA.certificate())
            .addTrustedCertificate(CLIENT_CA.certificate())
            .build();
    MockWebServer server = new MockWebServer();
    server.useHttps(certificates.sslSocketFactory());
    server.requireClientAuth();
    server.setProtocols(java.util.List.of(okhttp3.Protocol.HTTP_1_1));
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** The base URL of a loopback HTTPS server. */
  public static String httpsBaseUrl(MockWebServer server) {
    return "https://127.0.0.1:" + server.getPort();
  }

  /** A PKCS#12 key store holding the certificate's private key and its chain up to its issuer. */
  public static byte[] keyStore(HeldCertificate held, HeldCertificate issuer, String password) {
    return store(
        store -> {
          Certificate[] chain = {held.certificate(), issuer.certificate()};
          store.setKeyEntry("client", held.keyPair().getPrivate(), password.toCharArray(), chain);
        },
        password);
  }

  /** A PKCS#12 trust store holding one trusted certificate. */
  public static byte[] trustStore(X509Certificate trusted, String password) {
    return store(store -> store.setCertificateEntry("ca", trusted), password);
  }

  private interface Entries {
    void add(KeyStore store) throws GeneralSecurityException;
  }

  private static byte[] store(Entries entries, String password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      entries.add(store);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password.toCharArray());
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
