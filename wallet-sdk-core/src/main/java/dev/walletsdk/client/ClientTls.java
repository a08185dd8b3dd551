/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.transport.TlsMaterial;
import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The TLS material of the transports the client builds: which servers to trust, and the client
 * certificate presented to a server that demands mutual TLS.
 *
 * <pre>{@code
 * ClientTls tls = ClientTls.builder()
 *     .clientKeyStore(Path.of("/etc/wallet/partner.p12"), keyStorePassword)
 *     .trustPemCertificates(Path.of("/etc/wallet/bank-ca.pem"))
 *     .build();
 * WalletClient wallet = WalletClient.builder().baseUrl(url).apiKey(apiKey).tls(tls).build();
 * }</pre>
 *
 * <p>Hostname verification always stays on, and there is no way to trust every certificate. Key
 * stores are read, opened and checked when they are given to the {@link Builder}, so bad material
 * fails before any connection is made; passwords are used then and never kept, logged or put in a
 * message. Immutable and thread-safe.
 */
public final class ClientTls {
  private final SSLContext context;
  private final X509TrustManager trustManager;
  private final String description;

  private ClientTls(SSLContext context, X509TrustManager trustManager, String description) {
    this.context = context;
    this.trustManager = trustManager;
    this.description = description;
  }

  /**
   * Uses a TLS context the caller made, for key material a key store file cannot hold (a hardware
   * module, a key manager that picks among several certificates).
   *
   * @param context a context initialized with the client's key managers and {@code trustManager}
   * @param trustManager the trust manager {@code context} was initialized with; OkHttp needs it
   *     separately to clean certificate chains, and a different one would make the two transports
   *     trust different servers
   * @return the TLS material
   * @throws NullPointerException if an argument is null
   */
  public static ClientTls of(SSLContext context, X509TrustManager trustManager) {
    return new ClientTls(
        Objects.requireNonNull(context, "context"),
        Objects.requireNonNull(trustManager, "trustManager"),
        "caller's SSLContext");
  }

  /**
   * Starts a builder of TLS material from key stores and certificates.
   *
   * @return a builder presenting no client certificate and trusting the platform's certificate
   *     authorities until told otherwise
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the TLS context the transports use.
   *
   * @return the context, with the client's key managers and the trust manager
   */
  public SSLContext sslContext() {
    return context;
  }

  /**
   * Returns the trust manager that decides which servers are trusted.
   *
   * @return the trust manager the context was initialized with
   */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /**
   * Describes where the material came from, never a password or key: for example {@code
   * "ClientTls[clientKeyStore, trustPemCertificates]"}.
   */
  @Override
  public String toString() {
    return "ClientTls[" + description + "]";
  }

  /**
   * Builds {@link ClientTls} from a PKCS#12 client key store and the certificates to trust. Each
   * setter reads and checks its material at once and throws {@link InvalidRequestException} naming
   * the field ({@code clientKeyStore}, {@code trustStore} or {@code trustPemCertificates}) and the
   * problem (code {@code unreadable}, {@code wrong_password}, {@code invalid_format}, {@code
   * no_private_key} or {@code no_certificates}); a later trust setter replaces an earlier one. Not
   * thread-safe.
   */
  public static final class Builder {
    private KeyManager @Nullable [] keyManagers;
    private @Nullable X509TrustManager trustManager;
    private String trustSource = "platform trust";

    private Builder() {}

    /**
     * Presents the client certificate of a PKCS#12 key store file.
     *
     * @param pkcs12 the key store file
     * @param password the password of the store and its key; used while this method runs and not
     *     kept, so the caller may wipe the array afterwards
     * @return this builder
     * @throws InvalidRequestException if the file cannot be read, is not PKCS#12, cannot be opened
     *     with the password, or holds no private key
     */
    public Builder clientKeyStore(Path pkcs12, char[] password) {
      Objects.requireNonNull(pkcs12, "pkcs12");
      Objects.requireNonNull(password, "password");
      return clientKeyStore(TlsMaterial.read("clientKeyStore", pkcs12), password);
    }

    /**
     * Presents the client certificate of a PKCS#12 key store.
     *
     * @param pkcs12 the key store's bytes; read at once and not kept
     * @param password the password of the store and its key; used while this method runs and not
     *     kept
     * @return this builder
     * @throws InvalidRequestException if the bytes are not PKCS#12, cannot be opened with the
     *     password, or hold no private key
     */
    public Builder clientKeyStore(byte[] pkcs12, char[] password) {
      Objects.requireNonNull(pkcs12, "pkcs12");
      Objects.requireNonNull(password, "password");
      this.keyManagers = TlsMaterial.keyManagers(pkcs12, password);
      return this;
    }

    /**
     * Trusts the certificates of a PKCS#12 trust store file instead of the platform's.
     *
     * @param pkcs12 the trust store file
     * @param password the store's password; used while this method runs and not kept
     * @return this builder
     * @throws InvalidRequestException if the file cannot be read, is not PKCS#12, cannot be opened
     *     with the password, or holds no trusted certificate
     */
    public Builder trustStore(Path pkcs12, char[] password) {
      Objects.requireNonNull(pkcs12, "pkcs12");
      Objects.requireNonNull(password, "password");
      return trustStore(TlsMaterial.read("trustStore", pkcs12), password);
    }

    /**
     * Trusts the certificates of a PKCS#12 trust store instead of the platform's.
     *
     * @param pkcs12 the trust store's bytes; read at once and not kept
     * @param password the store's password; used while this method runs and not kept
     * @return this builder
     * @throws InvalidRequestException if the bytes are not PKCS#12, cannot be opened with the
     *     password, or hold no trusted certificate
     */
    public Builder trustStore(byte[] pkcs12, char[] password) {
      Objects.requireNonNull(pkcs12, "pkcs12");
      Objects.requireNonNull(password, "password");
      this.trustManager = TlsMaterial.trustStore(pkcs12, password);
      this.trustSource = "trustStore";
      return this;
    }

    /**
     * Trusts the certificates of a PEM file instead of the platform's.
     *
     * @param pem a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks
     * @return this builder
     * @throws InvalidRequestException if the file cannot be read or holds no certificate or a
     *     malformed one, or if it is null (code {@code required})
     */
    public Builder trustPemCertificates(Path pem) {
      requirePem(pem);
      return trustPemCertificates(TlsMaterial.read("trustPemCertificates", pem));
    }

    /**
     * Trusts PEM certificates instead of the platform's.
     *
     * @param pem one or more {@code -----BEGIN CERTIFICATE-----} blocks, US-ASCII
     * @return this builder
     * @throws InvalidRequestException if the text holds no certificate or a malformed one, or if it
     *     is null (code {@code required})
     */
    public Builder trustPemCertificates(String pem) {
      requirePem(pem);
      return trustPemCertificates(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void requirePem(@Nullable Object pem) {
      if (pem == null) {
        throw InvalidRequestException.forField(
            "trustPemCertificates", "required", "trustPemCertificates is required");
      }
    }

    private Builder trustPemCertificates(byte[] pem) {
      this.trustManager = TlsMaterial.pemCertificates(pem);
      this.trustSource = "trustPemCertificates";
      return this;
    }

    /**
     * Builds the TLS material.
     *
     * @return the material: the client key store's certificate, if one was given, and the trust
     *     chosen (the platform's certificate authorities unless set)
     */
    public ClientTls build() {
      X509TrustManager trust = trustManager != null ? trustManager : TlsMaterial.platformTrust();
      String client = keyManagers != null ? "clientKeyStore" : "no client certificate";
      return new ClientTls(
          TlsMaterial.context(keyManagers, trust), trust, client + ", " + trustSource);
    }

    /** Returns {@code "ClientTls.Builder"}; the builder holds no password to reveal. */
    @Override
    public String toString() {
      return "ClientTls.Builder";
    }
  }
}
