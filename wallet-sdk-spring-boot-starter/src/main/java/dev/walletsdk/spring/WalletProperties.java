/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code wallet.*} properties the starter builds its {@code WalletClient} from.
 *
 * <p>Bound and checked when the application starts: a missing or malformed value stops the start
 * with a message naming the property (the SDK's own messages, so {@code wallet.api-key} is never
 * shown). Secrets ({@code api-key}, key store passwords, webhook secrets) never appear in {@link
 * #toString()}. Defaults are the SDK's: timeouts 5 s connect, 20 s read, 60 s per call; three
 * retries from 500 ms up to 8 s, {@code Retry-After} honoured up to 60 s.
 *
 * <p>Implements {@link Validator} only so that Spring Boot validates it when binding; the methods
 * are not meant to be called by applications.
 */
@ConfigurationProperties(prefix = "wallet")
public class WalletProperties implements Validator {
  private @Nullable String baseUrl;
  private @Nullable String apiKey;
  private boolean allowInsecureHttp;
  private final Timeouts timeouts = new Timeouts();
  private final Retry retry = new Retry();
  private final Signing signing = new Signing();
  private final FieldEncryption fieldEncryption = new FieldEncryption();
  private final Webhook webhook = new Webhook();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();
  private final Tracing tracing = new Tracing();
  private final Mock mock = new Mock();
  private final Tls tls = new Tls();
  private final Pool pool = new Pool();

  /** Creates the properties with their defaults. */
  public WalletProperties() {}

  /**
   * Returns {@code wallet.base-url}: the platform's base URL, {@code https} except to loopback.
   * Required unless {@code wallet.mock.enabled}.
   *
   * @return the URL, or {@code null} if not set
   */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code wallet.base-url}.
   *
   * @param baseUrl the URL
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Returns {@code wallet.api-key}: the partner's API key. Required unless {@code
   * wallet.mock.enabled}. Never log it.
   *
   * @return the key, or {@code null} if not set
   */
  public @Nullable String getApiKey() {
    return apiKey;
  }

  /**
   * Sets {@code wallet.api-key}.
   *
   * @param apiKey the key
   */
  public void setApiKey(@Nullable String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * Returns {@code wallet.allow-insecure-http}: whether a plain {@code http} base URL to a
   * non-loopback host is allowed. {@code false} unless set; never in production.
   *
   * @return whether plain http is allowed
   */
  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Sets {@code wallet.allow-insecure-http}.
   *
   * @param allowInsecureHttp whether plain http is allowed
   */
  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /**
   * Returns {@code wallet.timeouts.*}.
   *
   * @return the timeouts
   */
  public Timeouts getTimeouts() {
    return timeouts;
  }

  /**
   * Returns {@code wallet.retry.*}.
   *
   * @return the retry settings
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * Returns {@code wallet.signing.*}.
   *
   * @return the request signing settings
   */
  public Signing getSigning() {
    return signing;
  }

  /**
   * Returns {@code wallet.field-encryption.*}.
   *
   * @return the field encryption settings
   */
  public FieldEncryption getFieldEncryption() {
    return fieldEncryption;
  }

  /**
   * Returns {@code wallet.webhook.*}.
   *
   * @return the webhook settings
   */
  public Webhook getWebhook() {
    return webhook;
  }

  /**
   * Returns {@code wallet.health.*}.
   *
   * @return the health indicator settings
   */
  public Health getHealth() {
    return health;
  }

  /**
   * Returns {@code wallet.metrics.*}.
   *
   * @return the Micrometer metrics settings
   */
  public Metrics getMetrics() {
    return metrics;
  }

  /**
   * Returns {@code wallet.tracing.*}.
   *
   * @return the OpenTelemetry tracing settings
   */
  public Tracing getTracing() {
    return tracing;
  }

  /**
   * Returns {@code wallet.mock.*}.
   *
   * @return the embedded mock settings
   */
  public Mock getMock() {
    return mock;
  }

  /**
   * Returns {@code wallet.tls.*}.
   *
   * @return the TLS settings of the client's transport
   */
  public Tls getTls() {
    return tls;
  }

  /**
   * Returns {@code wallet.pool.*}.
   *
   * @return the connection pool and request limits of the client's transport
   */
  public Pool getPool() {
    return pool;
  }

  /**
   * Supports these properties only.
   *
   * @param type the type to check
   * @return whether it is {@link WalletProperties}
   */
  @Override
  public boolean supports(Class<?> type) {
    return WalletProperties.class.isAssignableFrom(type);
  }

  /**
   * Checks the bound values; see {@link WalletProperties}.
   *
   * @param target these properties
   * @param errors collects one error per bad property
   */
  @Override
  public void validate(Object target, Errors errors) {
    PropertiesCheck.check((WalletProperties) target, errors);
  }

  @Override
  public String toString() {
    return "WalletProperties{baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "null" : "(redacted)")
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + ", timeouts="
        + timeouts
        + ", retry="
        + retry
        + ", signing="
        + signing
        + ", fieldEncryption="
        + fieldEncryption
        + ", webhook="
        + webhook
        + ", health="
        + health
        + ", metrics="
        + metrics
        + ", tracing="
        + tracing
        + ", mock="
        + mock
        + ", tls="
        + tls
        + ", pool="
        + pool
        + "}";
  }

  /** {@code wallet.timeouts.*}: the SDK's timeouts. */
  public static class Timeouts {
    private Duration connect = Duration.ofSeconds(5);
    private Duration read = Duration.ofSeconds(20);
    private Duration call = Duration.ofSeconds(60);

    /** Creates the SDK's default timeouts. */
    public Timeouts() {}

    /**
     * Returns {@code wallet.timeouts.connect}: the longest time to establish a connection.
     *
     * @return the timeout, positive
     */
    public Duration getConnect() {
      return connect;
    }

    /**
     * Sets {@code wallet.timeouts.connect}.
     *
     * @param connect the timeout
     */
    public void setConnect(Duration connect) {
      this.connect = connect;
    }

    /**
     * Returns {@code wallet.timeouts.read}: the longest time for one attempt.
     *
     * @return the timeout, positive
     */
    public Duration getRead() {
      return read;
    }

    /**
     * Sets {@code wallet.timeouts.read}.
     *
     * @param read the timeout
     */
    public void setRead(Duration read) {
      this.read = read;
    }

    /**
     * Returns {@code wallet.timeouts.call}: the longest time for a whole call, retries included.
     *
     * @return the timeout, positive
     */
    public Duration getCall() {
      return call;
    }

    /**
     * Sets {@code wallet.timeouts.call}.
     *
     * @param call the timeout
     */
    public void setCall(Duration call) {
      this.call = call;
    }

    @Override
    public String toString() {
      return "{connect=" + connect + ", read=" + read + ", call=" + call + "}";
    }
  }

  /** {@code wallet.retry.*}: the SDK's retry policy. */
  public static class Retry {
    private int maxRetries = 3;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    /** Creates the SDK's default retry settings. */
    public Retry() {}

    /**
     * Returns {@code wallet.retry.max-retries}: retries after the first attempt, 0 to 10.
     *
     * @return the count
     */
    public int getMaxRetries() {
      return maxRetries;
    }

    /**
     * Sets {@code wallet.retry.max-retries}.
     *
     * @param maxRetries the count
     */
    public void setMaxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
    }

    /**
     * Returns {@code wallet.retry.base-delay}: the first backoff's ceiling.
     *
     * @return the delay
     */
    public Duration getBaseDelay() {
      return baseDelay;
    }

    /**
     * Sets {@code wallet.retry.base-delay}.
     *
     * @param baseDelay the delay
     */
    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /**
     * Returns {@code wallet.retry.max-delay}: the cap of any backoff.
     *
     * @return the delay
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets {@code wallet.retry.max-delay}.
     *
     * @param maxDelay the delay
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    /**
     * Returns {@code wallet.retry.max-retry-after}: the longest {@code Retry-After} honoured.
     *
     * @return the delay
     */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /**
     * Sets {@code wallet.retry.max-retry-after}.
     *
     * @param maxRetryAfter the delay
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }

    @Override
    public String toString() {
      return "{maxRetries="
          + maxRetries
          + ", baseDelay="
          + baseDelay
          + ", maxDelay="
          + maxDelay
          + ", maxRetryAfter="
          + maxRetryAfter
          + "}";
    }
  }

  /**
   * {@code wallet.signing.*}: RFC 9421 request signing with the partner's Ed25519 keyset, stored
   * encrypted ({@code SigningKeyset.write}) under an AES key held in a key store.
   */
  public static class Signing {
    private @Nullable String keyset;
    private final KeyStore keyStore = new KeyStore();

    /** Creates the settings, signing off. */
    public Signing() {}

    /**
     * Returns {@code wallet.signing.keyset}: where the encrypted keyset is, a Spring resource
     * location ({@code file:…}, {@code classpath:…}). Signing is on when set.
     *
     * @return the location, or {@code null} if signing is off
     */
    public @Nullable String getKeyset() {
      return keyset;
    }

    /**
     * Sets {@code wallet.signing.keyset}.
     *
     * @param keyset the location
     */
    public void setKeyset(@Nullable String keyset) {
      this.keyset = keyset;
    }

    /**
     * Returns {@code wallet.signing.key-store.*}: the key store entry that wraps the keyset.
     *
     * @return the key store settings
     */
    public KeyStore getKeyStore() {
      return keyStore;
    }

    @Override
    public String toString() {
      return "{keyset=" + keyset + ", keyStore=" + keyStore + "}";
    }
  }

  /** {@code wallet.signing.key-store.*}: a JDK key store entry holding an AES wrapping key. */
  public static class KeyStore {
    private @Nullable String location;
    private String type = "PKCS12";
    private @Nullable String password;
    private @Nullable String alias;
    private @Nullable String keyPassword;

    /** Creates the settings. */
    public KeyStore() {}

    /**
     * Returns {@code wallet.signing.key-store.location}: the key store file, a Spring resource
     * location. Required with {@code wallet.signing.keyset}.
     *
     * @return the location
     */
    public @Nullable String getLocation() {
      return location;
    }

    /**
     * Sets {@code wallet.signing.key-store.location}.
     *
     * @param location the location
     */
    public void setLocation(@Nullable String location) {
      this.location = location;
    }

    /**
     * Returns {@code wallet.signing.key-store.type}: {@code PKCS12} unless set.
     *
     * @return the key store type
     */
    public String getType() {
      return type;
    }

    /**
     * Sets {@code wallet.signing.key-store.type}.
     *
     * @param type the key store type
     */
    public void setType(String type) {
      this.type = type;
    }

    /**
     * Returns {@code wallet.signing.key-store.password}: the store's password. Required with {@code
     * wallet.signing.keyset}.
     *
     * @return the password
     */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets {@code wallet.signing.key-store.password}.
     *
     * @param password the password
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    /**
     * Returns {@code wallet.signing.key-store.alias}: the AES entry's alias. Required with {@code
     * wallet.signing.keyset}.
     *
     * @return the alias
     */
    public @Nullable String getAlias() {
      return alias;
    }

    /**
     * Sets {@code wallet.signing.key-store.alias}.
     *
     * @param alias the alias
     */
    public void setAlias(@Nullable String alias) {
      this.alias = alias;
    }

    /**
     * Returns {@code wallet.signing.key-store.key-password}: the entry's password; the store's
     * password unless set.
     *
     * @return the password
     */
    public @Nullable String getKeyPassword() {
      return keyPassword;
    }

    /**
     * Sets {@code wallet.signing.key-store.key-password}.
     *
     * @param keyPassword the password
     */
    public void setKeyPassword(@Nullable String keyPassword) {
      this.keyPassword = keyPassword;
    }

    @Override
    public String toString() {
      return "{location="
          + location
          + ", type="
          + type
          + ", password="
          + (password == null ? "null" : "(redacted)")
          + ", alias="
          + alias
          + ", keyPassword="
          + (keyPassword == null ? "null" : "(redacted)")
          + "}";
    }
  }

  /**
   * {@code wallet.field-encryption.*}: encrypt sensitive request fields to the platform's HPKE key,
   * pinned here as published at {@code GET /v1/keys} (use {@code field_encryption}).
   */
  public static class FieldEncryption {
    private @Nullable String keyId;
    private @Nullable String publicKey;

    /** Creates the settings, field encryption off. */
    public FieldEncryption() {}

    /**
     * Returns {@code wallet.field-encryption.key-id}: the server key's {@code kid}. Field
     * encryption is on when set; {@code public-key} is then required.
     *
     * @return the key id
     */
    public @Nullable String getKeyId() {
      return keyId;
    }

    /**
     * Sets {@code wallet.field-encryption.key-id}.
     *
     * @param keyId the key id
     */
    public void setKeyId(@Nullable String keyId) {
      this.keyId = keyId;
    }

    /**
     * Returns {@code wallet.field-encryption.public-key}: the raw 32-byte X25519 public key,
     * base64url (as {@code publicKey} in {@code GET /v1/keys}).
     *
     * @return the key
     */
    public @Nullable String getPublicKey() {
      return publicKey;
    }

    /**
     * Sets {@code wallet.field-encryption.public-key}.
     *
     * @param publicKey the key
     */
    public void setPublicKey(@Nullable String publicKey) {
      this.publicKey = publicKey;
    }

    @Override
    public String toString() {
      return "{keyId=" + keyId + ", publicKey=" + publicKey + "}";
    }
  }

  /** {@code wallet.webhook.*}: the webhook endpoint. */
  public static class Webhook {
    private String path = "/wallet/webhooks";
    private List<String> secrets = new ArrayList<>();
    private Duration tolerance = Duration.ofMinutes(5);

    /** Creates the settings. */
    public Webhook() {}

    /**
     * Returns {@code wallet.webhook.path}: where the endpoint receives deliveries ({@code POST});
     * {@code /wallet/webhooks} unless set.
     *
     * @return the path, starting with {@code /}
     */
    public String getPath() {
      return path;
    }

    /**
     * Sets {@code wallet.webhook.path}.
     *
     * @param path the path
     */
    public void setPath(String path) {
      this.path = path;
    }

    /**
     * Returns {@code wallet.webhook.secrets}: the endpoint's {@code whsec_} secrets (several while
     * rotating). The endpoint is on when at least one is set (or with the embedded mock).
     *
     * @return the secrets
     */
    public List<String> getSecrets() {
      return secrets;
    }

    /**
     * Sets {@code wallet.webhook.secrets}.
     *
     * @param secrets the secrets
     */
    public void setSecrets(List<String> secrets) {
      this.secrets = new ArrayList<>(secrets);
    }

    /**
     * Returns {@code wallet.webhook.tolerance}: how far a delivery's timestamp may be from now; 5
     * minutes unless set.
     *
     * @return the tolerance, positive
     */
    public Duration getTolerance() {
      return tolerance;
    }

    /**
     * Sets {@code wallet.webhook.tolerance}.
     *
     * @param tolerance the tolerance
     */
    public void setTolerance(Duration tolerance) {
      this.tolerance = tolerance;
    }

    @Override
    public String toString() {
      return "{path="
          + path
          + ", secrets="
          + secrets.size()
          + " (redacted), tolerance="
          + tolerance
          + "}";
    }
  }

  /** {@code wallet.health.*}: the {@code wallet} health indicator. */
  public static class Health {
    private Duration timeout = Duration.ofSeconds(2);

    /** Creates the settings. */
    public Health() {}

    /**
     * Returns {@code wallet.health.timeout}: the longest a health check may take, one attempt, no
     * retry; 2 s unless set.
     *
     * @return the timeout, positive
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets {@code wallet.health.timeout}.
     *
     * @param timeout the timeout
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    @Override
    public String toString() {
      return "{timeout=" + timeout + "}";
    }
  }

  /**
   * {@code wallet.metrics.*}: Micrometer metrics of the client's calls, recorded when
   * wallet-sdk-micrometer is on the class path and the application has one {@code MeterRegistry}
   * bean.
   */
  public static class Metrics {
    private boolean enabled = true;

    /** Creates the settings, metrics on. */
    public Metrics() {}

    /**
     * Returns {@code wallet.metrics.enabled}: whether the client's calls are recorded in the
     * application's {@code MeterRegistry}; {@code true} unless set.
     *
     * @return whether metrics are on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code wallet.metrics.enabled}.
     *
     * @param enabled whether metrics are on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "{enabled=" + enabled + "}";
    }
  }

  /**
   * {@code wallet.tracing.*}: OpenTelemetry spans of the client's calls, created when
   * wallet-sdk-opentelemetry is on the class path and the application has one {@code OpenTelemetry}
   * bean.
   */
  public static class Tracing {
    private boolean enabled = true;

    /** Creates the settings, tracing on. */
    public Tracing() {}

    /**
     * Returns {@code wallet.tracing.enabled}: whether the client's calls and attempts are traced
     * with the application's {@code OpenTelemetry} and trace context is sent with each request;
     * {@code true} unless set.
     *
     * @return whether tracing is on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code wallet.tracing.enabled}.
     *
     * @param enabled whether tracing is on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "{enabled=" + enabled + "}";
    }
  }

  /**
   * {@code wallet.mock.*}: run the client against the embedded mock backend (wallet-sdk-mock on the
   * class path, usually in test scope) instead of the platform.
   */
  public static class Mock {
    private boolean enabled;

    /** Creates the settings, mock off. */
    public Mock() {}

    /**
     * Returns {@code wallet.mock.enabled}: whether the client talks to an in-process mock; {@code
     * false} unless set. Then {@code base-url} and {@code api-key} are not needed.
     *
     * @return whether the mock is on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code wallet.mock.enabled}.
     *
     * @param enabled whether the mock is on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "{enabled=" + enabled + "}";
    }
  }

  /**
   * {@code wallet.tls.*}: the TLS material of the transport the starter builds ({@code ClientTls}):
   * the client certificate presented to a platform that demands mutual TLS, and the certificate
   * authorities trusted instead of the platform's. Hostname verification always stays on. Each file
   * is read and checked when the client is built; a file that cannot be read or opened stops the
   * start with a message naming the property, never the password. Not usable together with a
   * transport set by a {@link WalletClientBuilderCustomizer} or the embedded mock.
   */
  public static class Tls {
    private final TlsStore clientKeyStore = new TlsStore("wallet.tls.client-key-store");
    private final TlsStore trustStore = new TlsStore("wallet.tls.trust-store");
    private @Nullable String trustCertificates;

    /** Creates the settings: no client certificate, the platform's trust. */
    public Tls() {}

    /**
     * Returns {@code wallet.tls.client-key-store.*}: a PKCS#12 key store holding the client's
     * private key and certificate chain, presented for mutual TLS. The store and its key share the
     * password.
     *
     * @return the key store settings
     */
    public TlsStore getClientKeyStore() {
      return clientKeyStore;
    }

    /**
     * Returns {@code wallet.tls.trust-store.*}: a PKCS#12 trust store whose certificates are
     * trusted instead of the platform's. Not together with {@code wallet.tls.trust-certificates}.
     *
     * @return the trust store settings
     */
    public TlsStore getTrustStore() {
      return trustStore;
    }

    /**
     * Returns {@code wallet.tls.trust-certificates}: a PEM file of one or more certificates trusted
     * instead of the platform's, a Spring resource location ({@code file:…}, {@code classpath:…}).
     * Not together with {@code wallet.tls.trust-store}.
     *
     * @return the location, or {@code null} if not set
     */
    public @Nullable String getTrustCertificates() {
      return trustCertificates;
    }

    /**
     * Sets {@code wallet.tls.trust-certificates}.
     *
     * @param trustCertificates the location
     */
    public void setTrustCertificates(@Nullable String trustCertificates) {
      this.trustCertificates = trustCertificates;
    }

    /**
     * Tells whether any TLS property is set.
     *
     * @return {@code true} if a key store, trust store or trusted certificates are configured
     */
    boolean isConfigured() {
      return clientKeyStore.isConfigured()
          || trustStore.isConfigured()
          || trustCertificates != null;
    }

    @Override
    public String toString() {
      return "{clientKeyStore="
          + clientKeyStore
          + ", trustStore="
          + trustStore
          + ", trustCertificates="
          + trustCertificates
          + "}";
    }
  }

  /**
   * A PKCS#12 file of {@code wallet.tls.*}: its location and password, both required when either is
   * set.
   */
  public static class TlsStore {
    private final String property;
    private @Nullable String location;
    private @Nullable String password;

    TlsStore(String property) {
      this.property = property;
    }

    /**
     * Returns the store's location ({@code wallet.tls.client-key-store.location} or {@code
     * wallet.tls.trust-store.location}), a Spring resource location.
     *
     * @return the location, or {@code null} if not set
     */
    public @Nullable String getLocation() {
      return location;
    }

    /**
     * Sets the store's location.
     *
     * @param location the location
     */
    public void setLocation(@Nullable String location) {
      this.location = location;
    }

    /**
     * Returns the store's password ({@code wallet.tls.client-key-store.password} or {@code
     * wallet.tls.trust-store.password}). Never log it.
     *
     * @return the password, or {@code null} if not set
     */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets the store's password.
     *
     * @param password the password
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    /** The prefix of this store's properties, such as {@code wallet.tls.trust-store}. */
    String property() {
      return property;
    }

    boolean isConfigured() {
      return location != null || password != null;
    }

    @Override
    public String toString() {
      return "{location="
          + location
          + ", password="
          + (password == null ? "null" : "(redacted)")
          + "}";
    }
  }

  /**
   * {@code wallet.pool.*}: the connection pool and request limits of the transport the starter
   * builds ({@code ConnectionPooling}). Unset values keep the transport's defaults (OkHttp: 5 idle
   * connections kept 5 minutes) and no request limit. The pool's size and keep-alive need OkHttp,
   * the default transport: the JDK {@code HttpClient} transport (OkHttp excluded) takes them from
   * JVM-wide system properties, so setting them there stops the start. Not usable together with a
   * transport set by a {@link WalletClientBuilderCustomizer} or the embedded mock.
   */
  public static class Pool {
    private @Nullable Integer maxIdleConnections;
    private @Nullable Duration keepAlive;
    private @Nullable Integer maxRequestsPerHost;
    private @Nullable Integer maxRequests;

    /** Creates the settings: the transport's defaults. */
    public Pool() {}

    /**
     * Returns {@code wallet.pool.max-idle-connections}: how many idle connections OkHttp keeps for
     * reuse, at least 1.
     *
     * @return the count, or {@code null} for the transport's default
     */
    public @Nullable Integer getMaxIdleConnections() {
      return maxIdleConnections;
    }

    /**
     * Sets {@code wallet.pool.max-idle-connections}.
     *
     * @param maxIdleConnections the count
     */
    public void setMaxIdleConnections(@Nullable Integer maxIdleConnections) {
      this.maxIdleConnections = maxIdleConnections;
    }

    /**
     * Returns {@code wallet.pool.keep-alive}: how long OkHttp keeps an idle connection, positive.
     *
     * @return the duration, or {@code null} for the transport's default
     */
    public @Nullable Duration getKeepAlive() {
      return keepAlive;
    }

    /**
     * Sets {@code wallet.pool.keep-alive}.
     *
     * @param keepAlive the duration
     */
    public void setKeepAlive(@Nullable Duration keepAlive) {
      this.keepAlive = keepAlive;
    }

    /**
     * Returns {@code wallet.pool.max-requests-per-host}: how many requests may run at once to one
     * host, at least 1; a request beyond it waits for a slot up to its read timeout.
     *
     * @return the count, or {@code null} for no limit
     */
    public @Nullable Integer getMaxRequestsPerHost() {
      return maxRequestsPerHost;
    }

    /**
     * Sets {@code wallet.pool.max-requests-per-host}.
     *
     * @param maxRequestsPerHost the count
     */
    public void setMaxRequestsPerHost(@Nullable Integer maxRequestsPerHost) {
      this.maxRequestsPerHost = maxRequestsPerHost;
    }

    /**
     * Returns {@code wallet.pool.max-requests}: how many requests may run at once in all, at least
     * 1; a request beyond it waits for a slot up to its read timeout.
     *
     * @return the count, or {@code null} for no limit
     */
    public @Nullable Integer getMaxRequests() {
      return maxRequests;
    }

    /**
     * Sets {@code wallet.pool.max-requests}.
     *
     * @param maxRequests the count
     */
    public void setMaxRequests(@Nullable Integer maxRequests) {
      this.maxRequests = maxRequests;
    }

    boolean isConfigured() {
      return maxIdleConnections != null
          || keepAlive != null
          || maxRequestsPerHost != null
          || maxRequests != null;
    }

    @Override
    public String toString() {
      return "{maxIdleConnections="
          + maxIdleConnections
          + ", keepAlive="
          + keepAlive
          + ", maxRequestsPerHost="
          + maxRequestsPerHost
          + ", maxRequests="
          + maxRequests
          + "}";
    }
  }
}
