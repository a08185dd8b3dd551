/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.server.SelfSignedCertificates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server side of HTTPS for {@link MockWalletServer#start(int, MockTls)}: a key and the
 * certificate the mock presents, either generated at start for the loopback interface or read from
 * a PKCS#12 key store. Clients trust it with its {@link #certificatePem()}, for example through the
 * client's {@code ClientTls.builder().trustPemCertificates(pem)}.
 *
 * <p>Immutable. Key store passwords are used while the factory runs and not kept; neither they nor
 * the key appear in {@link #toString()} or a message.
 */
public final class MockTls {
  private final SSLContext context;
  private final X509Certificate certificate;

  private MockTls(SSLContext context, X509Certificate certificate) {
    this.context = context;
    this.certificate = certificate;
  }

  /**
   * Generates an EC P-256 key and a self-signed certificate for {@code localhost}, {@code
   * 127.0.0.1} and {@code ::1}, valid from an hour ago for 30 days.
   *
   * @return the TLS material
   */
  public static MockTls selfSigned() {
    SelfSignedCertificates.Generated generated = SelfSignedCertificates.generate(Instant.now());
    char[] password = new char[24];
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < password.length; i++) {
      password[i] = (char) ('a' + random.nextInt(26));
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "mock",
          generated.keys().getPrivate(),
          password,
          new Certificate[] {generated.certificate()});
      return new MockTls(context(store, password), generated.certificate());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the JDK cannot hold a generated key in a PKCS#12 store", e);
    }
  }

  /**
   * Reads the key and certificate of a PKCS#12 key store: its first private key entry.
   *
   * @param pkcs12 the key store file
   * @param password the password of the store and its key; used while this method runs and not
   *     kept, so the caller may wipe the array afterwards
   * @return the TLS material
   * @throws IllegalArgumentException if the file cannot be read, is not PKCS#12 or cannot be opened
   *     with the password, or holds no private key with an X.509 certificate
   */
  public static MockTls pkcs12(Path pkcs12, char[] password) {
    Objects.requireNonNull(pkcs12, "pkcs12");
    Objects.requireNonNull(password, "password");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pkcs12);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the key store " + pkcs12 + " cannot be read: " + e.getClass().getSimpleName());
    }
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), password);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException(
          "the key store " + pkcs12 + " is not PKCS#12 or the password does not open it");
    }
    try {
      for (String alias : Collections.list(store.aliases())) {
        Key key = store.isKeyEntry(alias) ? store.getKey(alias, password) : null;
        if (key instanceof PrivateKey && store.getCertificate(alias) instanceof X509Certificate x) {
          return new MockTls(context(store, password), x);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the key store " + pkcs12 + " has a key the password does not open");
    }
    throw new IllegalArgumentException(
        "the key store " + pkcs12 + " holds no private key with an X.509 certificate");
  }

  private static SSLContext context(KeyStore store, char[] password)
      throws GeneralSecurityException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  /**
   * Returns the certificate the server presents.
   *
   * @return the certificate
   */
  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * Returns the certificate in PEM, for a client to trust.
   *
   * @return one {@code -----BEGIN CERTIFICATE-----} block, lines of 64 characters, ending in a line
   *     break
   */
  public String certificatePem() {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  /**
   * Returns the SHA-256 fingerprint of the certificate, as {@code keytool} and {@code openssl x509
   * -fingerprint -sha256} print it.
   *
   * @return 32 upper-case hexadecimal pairs separated by colons
   */
  public String sha256Fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  SSLContext sslContext() {
    return context;
  }

  private byte[] encoded() {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("the certificate cannot be encoded", e);
    }
  }

  /** Names the certificate's subject and fingerprint; never a key or password. */
  @Override
  public String toString() {
    return "MockTls{"
        + certificate.getSubjectX500Principal().getName()
        + ", SHA-256 "
        + sha256Fingerprint()
        + "}";
  }
}
