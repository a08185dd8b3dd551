/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Collections;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Loads key and trust material for TLS. Every failure is an {@link InvalidRequestException} naming
 * the field and what was wrong; no password ever appears in a message, and none is kept.
 */
public final class TlsMaterial {
  private TlsMaterial() {}

  /**
   * Reads a file of key or trust material.
   *
   * @param field the builder field the file was given for, named in errors
   * @param path the file
   * @return its bytes
   * @throws InvalidRequestException (code {@code unreadable}) if the file cannot be read
   */
  public static byte[] read(String field, Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      throw InvalidRequestException.forField(
          field,
          "unreadable",
          field + " could not be read from " + path + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Opens a PKCS#12 client key store and makes key managers of its private key entries.
   *
   * @param pkcs12 the key store's bytes
   * @param password the password of the store and of its keys; used, not kept
   * @return the key managers
   * @throws InvalidRequestException if the store cannot be opened with the password, is not
   *     PKCS#12, or holds no private key
   */
  public static KeyManager[] keyManagers(byte[] pkcs12, char[] password) {
    String field = "clientKeyStore";
    KeyStore store = open(field, pkcs12, password);
    if (count(field, store, true) == 0) {
      throw InvalidRequestException.forField(
          field,
          "no_private_key",
          field
              + " holds no private key entry; mutual TLS needs the client's private key and"
              + " certificate chain");
    }
    try {
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, password);
      return factory.getKeyManagers();
    } catch (UnrecoverableKeyException e) {
      throw wrongPassword(field);
    } catch (GeneralSecurityException e) {
      throw invalid(field, "its private key cannot be used", e);
    }
  }

  /**
   * Opens a PKCS#12 trust store and makes a trust manager of its trusted certificates.
   *
   * @param pkcs12 the trust store's bytes
   * @param password the store's password; used, not kept
   * @return the trust manager
   * @throws InvalidRequestException if the store cannot be opened with the password, is not
   *     PKCS#12, or holds no trusted certificate
   */
  public static X509TrustManager trustStore(byte[] pkcs12, char[] password) {
    String field = "trustStore";
    KeyStore store = open(field, pkcs12, password);
    if (count(field, store, false) == 0) {
      throw noCertificates(field);
    }
    return trustManager(field, store);
  }

  /**
   * Makes a trust manager of PEM certificates ({@code -----BEGIN CERTIFICATE-----} blocks).
   *
   * @param pem the certificates' bytes
   * @return the trust manager
   * @throws InvalidRequestException if the text holds no certificate or a malformed one
   */
  public static X509TrustManager pemCertificates(byte[] pem) {
    String field = "trustPemCertificates";
    Collection<? extends Certificate> certificates;
    try {
      certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pem));
    } catch (GeneralSecurityException e) {
      throw invalid(field, "it is not a sequence of PEM certificates", e);
    }
    if (certificates.isEmpty()) {
      throw noCertificates(field);
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      int index = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
      return trustManager(field, store);
    } catch (IOException | GeneralSecurityException e) {
      throw invalid(field, "its certificates cannot be stored", e);
    }
  }

  /**
   * Returns the platform's default trust manager (the JDK's trusted certificate authorities).
   *
   * @return the trust manager
   */
  public static X509TrustManager platformTrust() {
    return trustManager("trustStore", null);
  }

  /**
   * Makes a TLS context of key managers (none for server authentication only) and a trust manager.
   *
   * @param keyManagers the client's key managers, or {@code null} to present no certificate
   * @param trustManager decides which servers are trusted
   * @return the context
   */
  public static SSLContext context(
      KeyManager @Nullable [] keyManagers, X509TrustManager trustManager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, new TrustManager[] {trustManager}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is required of every Java platform", e);
    }
  }

  private static KeyStore open(String field, byte[] pkcs12, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), password);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw wrongPassword(field);
      }
      throw invalid(field, "it is not a PKCS#12 key store", e);
    } catch (GeneralSecurityException e) {
      throw invalid(field, "it is not a PKCS#12 key store", e);
    }
  }

  private static int count(String field, KeyStore store, boolean keys) {
    try {
      int count = 0;
      for (String alias : Collections.list(store.aliases())) {
        if (keys ? store.isKeyEntry(alias) : store.isCertificateEntry(alias)) {
          count++;
        }
      }
      return count;
    } catch (GeneralSecurityException e) {
      throw invalid(field, "its entries cannot be listed", e);
    }
  }

  private static X509TrustManager trustManager(String field, @Nullable KeyStore store) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the platform made no X509TrustManager");
    } catch (GeneralSecurityException e) {
      throw invalid(field, "its certificates cannot be trusted", e);
    }
  }

  private static InvalidRequestException wrongPassword(String field) {
    return InvalidRequestException.forField(
        field,
        "wrong_password",
        field + " cannot be opened with the given password (password not shown)");
  }

  private static InvalidRequestException noCertificates(String field) {
    return InvalidRequestException.forField(
        field, "no_certificates", field + " holds no trusted certificate");
  }

  private static InvalidRequestException invalid(String field, String what, Exception e) {
    return InvalidRequestException.forField(
        field,
        "invalid_format",
        field + " cannot be used: " + what + " (" + e.getClass().getSimpleName() + ")");
  }
}
