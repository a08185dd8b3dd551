package dev.walletsdk.client.internal;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.internal.pipeline.ClientConfig;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.StepUpHandler;
import dev.walletsdk.spi.Transport;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Collects the options of a derived client and applies them to a copy of the configuration. */
final class DerivedOptions implements WalletClient.Options {
  private static final Set<String> RESERVED =
      Set.of(
          "authorization",
          "proxy-authorization",
          "idempotency-key",
          "wallet-api-version",
          "content-type",
          "content-length",
          "content-digest",
          "host",
          "connection",
          "transfer-encoding");

  private ApiKey apiKey;
  private Timeouts timeouts;
  private RetryPolicy retryPolicy;
  private StepUpHandler stepUpHandler;
  private final Headers.Builder headers;
  private final ClientConfig base;

  DerivedOptions(ClientConfig base) {
    this.base = base;
    this.apiKey = base.apiKey();
    this.timeouts = base.timeouts();
    this.retryPolicy = base.retryPolicy();
    this.stepUpHandler = base.stepUpHandler();
    this.headers = base.defaultHeaders().toBuilder();
  }

  @Override
  public WalletClient.Options apiKey(ApiKey apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    return this;
  }

  @Override
  public WalletClient.Options timeouts(Timeouts timeouts) {
    this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    return this;
  }

  @Override
  public WalletClient.Options retries(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  @Override
  public WalletClient.Options stepUpHandler(StepUpHandler handler) {
    this.stepUpHandler = Objects.requireNonNull(handler, "handler");
    return this;
  }

  @Override
  public WalletClient.Options header(String name, String value) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower) || lower.startsWith("signature")) {
      throw InvalidRequestException.forField(
          "headers",
          "reserved_header",
          "header " + name + " is set by the client and cannot be a default header");
    }
    headers.add(name, value);
    return this;
  }

  ClientConfig apply() {
    return new ClientConfig(
        base.baseUri(),
        apiKey,
        transportFor(base.transport(), base.timeouts(), timeouts),
        base.clock(),
        base.sleeper(),
        base.random(),
        base.idempotencyKeys(),
        retryPolicy,
        timeouts,
        base.interceptors(),
        base.fieldEncryptor(),
        base.fieldDecryptor(),
        base.requestSigner(),
        base.receiptVerifier(),
        stepUpHandler,
        base.listeners(),
        base.asyncExecutor(),
        base.taskDecorators(),
        base.userAgent(),
        headers.build());
  }

  private static Transport transportFor(Transport shared, Timeouts before, Timeouts after) {
    return shared instanceof OkHttpTransport okHttp && !before.equals(after)
        ? okHttp.withTimeouts(after)
        : shared;
  }
}
