/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.AsyncExecutors;
import dev.walletsdk.client.internal.BaseUrls;
import dev.walletsdk.client.internal.DefaultWalletClient;
import dev.walletsdk.client.internal.UserAgent;
import dev.walletsdk.client.internal.pipeline.ClientConfig;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.internal.transport.Transports;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.spi.FieldDecryptor;
import dev.walletsdk.spi.FieldEncryptor;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.IdempotencyKeys;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.ReceiptVerifier;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.RequestSigner;
import dev.walletsdk.spi.Sleeper;
import dev.walletsdk.spi.StepUpHandler;
import dev.walletsdk.spi.TaskDecorator;
import dev.walletsdk.spi.Transport;
import java.net.Proxy;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the SDK: a client for one partner of a Wallet API v1 platform.
 *
 * <pre>{@code
 * WalletClient wallet = WalletClient.builder()
 *     .baseUrl("https://wallet.bank.example")
 *     .apiKey(ApiKey.of(System.getenv("WALLET_API_KEY")))
 *     .build();
 * Balance eur = wallet.balances().get(walletId, CurrencyCode.EUR);
 * }</pre>
 *
 * <p>A client is immutable and thread-safe: build one and share it. Every call goes through one
 * pipeline (validation, idempotency, optional field encryption and signing, retries with backoff,
 * status mapping, optional receipt verification); see {@link Builder} for what can be configured.
 * {@link #close()} releases the transport the client created.
 */
public interface WalletClient extends AutoCloseable {
  /**
   * Starts a builder.
   *
   * @return a builder with the defaults
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the wallets resource.
   *
   * @return opens, gets and lists wallets
   */
  Wallets wallets();

  /**
   * Returns the balances resource.
   *
   * @return reads balances
   */
  Balances balances();

  /**
   * Returns the quotes resource.
   *
   * @return creates and reads FX quotes
   */
  Quotes quotes();

  /**
   * Returns the payments resource.
   *
   * @return pays merchants and refunds payments
   */
  Payments payments();

  /**
   * Returns the split bills resource.
   *
   * @return pays one bill from several wallets
   */
  SplitBills splitBills();

  /**
   * Returns the KYC resource.
   *
   * @return KYC levels and upgrades
   */
  Kyc kyc();

  /**
   * Returns the privacy resource.
   *
   * @return data export and erasure
   */
  Privacy privacy();

  /**
   * Returns the bill payments resource.
   *
   * @return pays billers, at once or on a schedule
   */
  BillPayments billPayments();

  /**
   * Returns the rewards resource.
   *
   * @return earns, reads and redeems rewards points
   */
  Rewards rewards();

  /**
   * Returns the spending analysis and budgets resource.
   *
   * @return analyses spending and manages budgets
   */
  Budgets budgets();

  /**
   * Returns the risk reviews resource.
   *
   * @return reads movements that transaction monitoring held for review
   */
  RiskReviews riskReviews();

  /**
   * Returns the transfers resource.
   *
   * @return moves money between wallets and to bank accounts
   */
  Transfers transfers();

  /**
   * Returns the challenges resource.
   *
   * @return confirms step-up challenges
   */
  Challenges challenges();

  /**
   * Returns the transactions resource.
   *
   * @return reads transaction history
   */
  Transactions transactions();

  /**
   * Returns the events resource.
   *
   * @return reads the event feed
   */
  Events events();

  /**
   * Returns the server keys resource.
   *
   * @return reads the server's public keys
   */
  ServerKeys keys();

  /**
   * Returns the savings pots resource.
   *
   * @return creates pots and moves money to and from them
   */
  Pots pots();

  /**
   * Returns the merchant-funded offers resource.
   *
   * @return creates offers and issues their vouchers to wallets
   */
  Offers offers();

  /**
   * Returns the vouchers resource.
   *
   * @return lists and reads the vouchers wallets hold
   */
  Vouchers vouchers();

  /**
   * Returns the e-invoices resource.
   *
   * @return issues, pays, voids and credits invoices of business wallets
   */
  Invoices invoices();

  /**
   * Returns the membership tiers resource.
   *
   * @return reads wallets' tiers and the partner's tier table
   */
  Membership membership();

  /**
   * Returns the batch payouts resource.
   *
   * @return submits batch payouts of business wallets and reads their items
   */
  PayoutBatches payoutBatches();

  /**
   * Returns the asynchronous view of this client: the same operations through the same pipeline,
   * returning futures completed on the {@linkplain Builder#asyncExecutor(Executor) async executor}.
   *
   * @return the asynchronous client; cheap, and sharing everything with this client
   */
  AsyncWalletClient async();

  /**
   * Derives a client with some options replaced, for one tenant or one kind of call: {@code
   * wallet.withOptions(o -> o.apiKey(tenantKey).timeouts(fast))}, or per call: {@code
   * wallet.withOptions(o -> o.timeout(Duration.ofSeconds(3)).header("X-Partner-Trace",
   * trace).idempotencyKey(key)).transfers().create(request)}.
   *
   * <p><b>Precedence</b>: an option set here replaces the client's (per-call over client); a header
   * set here replaces the inherited header of the same name. Options are checked as they are set,
   * inside this method, so an invalid option throws here and no call is made.
   *
   * <p>The derived client shares this client's transport (and so its connection pool), pipeline
   * components, listeners and executor; everything not set in {@code options} is inherited. It is
   * immutable and thread-safe like this one, and closing it does nothing: the transport stays open
   * until this client is closed, after which the derived client must not be used either.
   *
   * @param options sets the options to replace; each setter validates at once
   * @return the derived client
   * @throws dev.walletsdk.InvalidRequestException if an option is invalid, for example a header the
   *     pipeline owns
   */
  WalletClient withOptions(Consumer<Options> options);

  /**
   * Makes one call and returns its result together with the response's status, {@code Request-Id}
   * and headers: {@code ApiResponse<Transfer> r = wallet.withResponse(c ->
   * c.transfers().create(request))}. Works with every operation of every resource, and with the
   * {@linkplain #withOptions options} of this client.
   *
   * <p>{@code call} receives a view of this client, valid only while {@code call} runs, that admits
   * exactly one API call. The rules, each enforced with a {@link ResponseCaptureException} whose
   * {@link ResponseCaptureException#reason() reason} says which:
   *
   * <ul>
   *   <li>a second call through the view is refused before it is sent ({@code SECOND_CALL}), and
   *       the first stands;
   *   <li>a function that makes no call fails when it returns ({@code NO_CALL});
   *   <li>using the view after the function returned is refused ({@code VIEW_EXPIRED});
   *   <li>the view's {@code async()} and a nested {@code withResponse} are refused ({@code
   *       UNSUPPORTED_IN_VIEW}): use {@link AsyncWalletClient#withResponse} for futures.
   * </ul>
   *
   * <p><b>Paged lists</b> fetch nothing until they are iterated, so returning {@code
   * c.transactions().list(query)} makes no call; capture one page instead, with {@code
   * c.transactions().list(query).firstPage()} or a {@code page(...)} method, and follow the page's
   * cursor with one {@code withResponse} per page. Iterating a list past its first page inside the
   * function is a second call.
   *
   * <p>A retried call reports its last attempt; a call answered by the {@linkplain
   * Builder#stepUpHandler step-up handler} reports the confirmation's response. No state is kept
   * per thread: each invocation has its own view, so concurrent use from many threads is safe.
   *
   * @param call makes one API call through the view it is given and returns its result
   * @param <T> the result type
   * @return the result with its response's status, request id and headers
   * @throws ResponseCaptureException if the function makes no call or more than one
   * @throws dev.walletsdk.WalletException the typed failure of the call, as the plain call throws
   *     it
   */
  <T> ApiResponse<T> withResponse(Function<? super WalletClient, ? extends T> call);

  /**
   * Closes the transport the client created; a transport passed to {@link
   * Builder#transport(Transport)} is left open for its owner to close, and a client made by {@link
   * #withOptions} never closes the transport it shares.
   */
  @Override
  void close();

  /**
   * The options a {@linkplain #withOptions derived client} may replace. Setters validate their
   * argument at once and return this object; not thread-safe, used only inside {@code withOptions}.
   */
  interface Options {
    /**
     * Replaces the API key, for example with another tenant's.
     *
     * @param apiKey the key
     * @return these options
     */
    Options apiKey(ApiKey apiKey);

    /**
     * Replaces the timeouts. The per-attempt and per-call limits apply with any transport; the
     * connect timeout applies with the default OkHttp transport (through a client derived with
     * {@code newBuilder()}, sharing its connection pool), while the JDK transport and transports
     * passed by the caller keep the connect timeout their HTTP client was built with.
     *
     * @param timeouts the timeouts
     * @return these options
     */
    Options timeouts(Timeouts timeouts);

    /**
     * Replaces the retry policy.
     *
     * @param retryPolicy the policy, {@link RetryPolicy#none()} to disable retries
     * @return these options
     */
    Options retries(RetryPolicy retryPolicy);

    /**
     * Replaces the per-call deadline, keeping the connect and per-attempt timeouts: the whole call,
     * every attempt and every wait before a retry, ends within it, measured on the client's
     * {@linkplain Builder#clock clock}. A retry whose wait would end past the deadline is not made;
     * an attempt is cut to the time left. Set after {@link #timeouts(Timeouts)} when combining
     * both, since that replaces the deadline too.
     *
     * @param callTimeout the longest time for one call
     * @return these options
     * @throws dev.walletsdk.InvalidRequestException if the duration is not positive (field {@code
     *     timeout})
     */
    Options timeout(Duration callTimeout);

    /**
     * Sets the idempotency key of the writes made through the derived client, for example a key
     * derived from the partner's own order id, so that a write repeated after a crash is applied
     * once. Meant for a client derived for one write: two different writes with one key are refused
     * by the server ({@code IdempotencyConflictException}).
     *
     * <p>Every write of Wallet API v1 is a POST and takes it. A read (GET) through the derived
     * client is refused with {@code InvalidRequestException} (field {@code idempotencyKey}, code
     * {@code not_applicable}) before anything is sent, since a key cannot make a read safer and a
     * silently ignored key would hide a mistake. A request that carries its own, different key is
     * refused the same way (code {@code conflict}); the same key is fine. The confirmation a {@code
     * StepUpHandler} sends for a held write gets a key of its own.
     *
     * @param key the key
     * @return these options
     */
    Options idempotencyKey(IdempotencyKey key);

    /**
     * Replaces the step-up handler.
     *
     * @param handler answers challenges inline
     * @return these options
     */
    Options stepUpHandler(StepUpHandler handler);

    /**
     * Adds a header sent on every request of the derived client. The first value set for a name
     * replaces the values inherited for it; further values for the same name are added after it.
     *
     * @param name an HTTP token (RFC 9110 §5.1), not one the pipeline or transport owns: {@code
     *     Authorization}, {@code Proxy-Authorization}, {@code Idempotency-Key} (use {@link
     *     #idempotencyKey}), {@code Wallet-Api-Version}, {@code User-Agent} (use {@link
     *     Builder#appInfo}), {@code Accept}, {@code Content-Type}, {@code Content-Length}, {@code
     *     Content-Digest}, {@code Host}, the hop-by-hop {@code Connection}, {@code Keep-Alive},
     *     {@code TE}, {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade}, {@code Expect},
     *     or any {@code Signature*} header
     * @param value RFC 9110 field content: visible ASCII, spaces and tabs, no leading or trailing
     *     whitespace, at most 4096 characters
     * @return these options
     * @throws dev.walletsdk.InvalidRequestException if the name is reserved or not a token, or the
     *     value is invalid; the message names the header but never repeats the value
     */
    Options header(String name, String value);
  }

  /**
   * Configures and builds a {@link WalletClient}. Every setter validates its argument at once; the
   * builder is not thread-safe, the client it builds is.
   */
  final class Builder {
    private @Nullable URI baseUri;
    private @Nullable ApiKey apiKey;
    private @Nullable Transport transport;
    private @Nullable ClientTls tls;
    private @Nullable ConnectionPooling connectionPooling;
    private boolean allowInsecureHttp;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private @Nullable RandomGenerator random;
    private IdempotencyKeys idempotencyKeys = IdempotencyKeys.random();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Timeouts timeouts = Timeouts.defaults();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private final List<RequestListener> listeners = new ArrayList<>();
    private final List<TaskDecorator> taskDecorators = new ArrayList<>();
    private @Nullable FieldEncryptor fieldEncryptor;
    private @Nullable FieldDecryptor fieldDecryptor;
    private @Nullable RequestSigner requestSigner;
    private @Nullable ReceiptVerifier receiptVerifier;
    private @Nullable StepUpHandler stepUpHandler;
    private @Nullable Executor asyncExecutor;
    private Proxy proxy = Proxy.NO_PROXY;
    private @Nullable ProxyCredentials proxyCredentials;
    private @Nullable String appProduct;

    Builder() {}

    /**
     * Sets the platform's base URL. Required unless the transport implies one (the mock's
     * in-process transport does).
     *
     * @param baseUrl an absolute {@code https} URL; plain {@code http} only to a loopback address
     *     or with {@link #allowInsecureHttp()}
     * @return this builder
     * @throws InvalidRequestException if the URL is not absolute http(s), or has a query or
     *     fragment
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUri = BaseUrls.parse(baseUrl);
      return this;
    }

    /**
     * Sets the partner's API key. Required.
     *
     * @param apiKey the key
     * @return this builder
     * @throws InvalidRequestException if the key is null (field {@code apiKey}, code {@code
     *     required})
     */
    public Builder apiKey(ApiKey apiKey) {
      if (apiKey == null) {
        throw InvalidRequestException.forField("apiKey", "required", "apiKey is required");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the transport. Without one the client creates an OkHttp transport when OkHttp is on the
     * class path, or else a JDK {@code HttpClient} transport, using the connect timeout. The SDK
     * does not bring OkHttp along (core's dependency on it is optional): to use it, add {@code
     * com.squareup.okhttp3:okhttp-jvm} (5.x, the version the SDK is built with) to the application,
     * which brings Okio and the Kotlin standard library with it.
     *
     * @param transport the transport; the caller remains its owner and closes it
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Sends requests through an HTTP proxy, with the default transports (OkHttp, or the JDK's
     * {@code HttpClient}). A transport passed to {@link #transport(Transport)} brings its own proxy
     * settings, so combining both fails at {@link #build()}.
     *
     * <p>With credentials, OkHttp answers the proxy's {@code 407} with {@code Proxy-Authorization:
     * Basic}, for plain and tunnelled ({@code https}) requests alike. The JDK transport sends
     * {@code Proxy-Authorization: Basic} preemptively on every request instead, because a JDK
     * {@code HttpClient} with a {@code java.net.Authenticator} drops every caller-set {@code
     * Authorization} header, the API key included. For an {@code https} base URL the JDK sends that
     * header on the tunnel's {@code CONNECT} only if Basic is enabled for tunnelling, which it is
     * not by default (system property {@code jdk.http.auth.tunneling.disabledSchemes=Basic}): start
     * the JVM with {@code -Djdk.http.auth.tunneling.disabledSchemes=} in that case, or use OkHttp.
     *
     * @param proxy an {@link Proxy.Type#HTTP} proxy, or {@link Proxy#NO_PROXY} to connect directly
     * @param credentials the proxy's user name and password, or {@code null} if it needs none
     * @return this builder
     * @throws InvalidRequestException if the proxy is not an HTTP proxy with a socket address, or
     *     credentials are given for {@link Proxy#NO_PROXY}
     */
    public Builder proxy(Proxy proxy, @Nullable ProxyCredentials credentials) {
      TransportSettings.checkProxy(proxy, credentials != null);
      this.proxy = proxy;
      this.proxyCredentials = credentials;
      return this;
    }

    /**
     * Sets the TLS material of the default transports (OkHttp, or the JDK's {@code HttpClient}):
     * the certificate authorities to trust instead of the platform's, and the client certificate
     * for servers that demand mutual TLS. Hostname verification stays on. A transport passed to
     * {@link #transport(Transport)} brings its own TLS settings (those of the caller's {@code
     * OkHttpClient} or {@code HttpClient}), so combining both fails at {@link #build()} rather than
     * silently ignoring one.
     *
     * @param tls the TLS material, from {@link ClientTls#builder()} or {@link ClientTls#of}
     * @return this builder
     */
    public Builder tls(ClientTls tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * Sets the connection pool and request limits of the default transports; see {@link
     * ConnectionPooling} for which transport honours which setting. The pool's size and keep-alive
     * apply to OkHttp only: with the JDK transport (OkHttp absent), {@link #build()} refuses them,
     * because a JDK {@code HttpClient} takes them from JVM-wide system properties. A transport
     * passed to {@link #transport(Transport)} brings its own pool, so combining both fails at
     * {@link #build()}.
     *
     * @param pooling the settings
     * @return this builder
     */
    public Builder connectionPooling(ConnectionPooling pooling) {
      this.connectionPooling = Objects.requireNonNull(pooling, "pooling");
      return this;
    }

    /**
     * Allows a plain {@code http} base URL to a non-loopback host. Never use it in production: API
     * keys and money movements would cross the network unencrypted.
     *
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#defaults()} unless set.
     *
     * @param retryPolicy the policy, {@link RetryPolicy#none()} to disable retries
     * @return this builder
     */
    public Builder retries(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the timeouts; {@link Timeouts#defaults()} unless set.
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * Adds an interceptor that runs on every attempt, before authentication and signing.
     *
     * @param interceptor the interceptor; interceptors run in the order added
     * @return this builder
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Adds a listener for metrics or tracing.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(RequestListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Encrypts sensitive request fields (bank account numbers) for the server.
     *
     * @param encryptor the encryptor, for example {@code HpkeFieldEncryptor} of {@code
     *     wallet-sdk-crypto}
     * @return this builder
     */
    public Builder fieldEncryption(FieldEncryptor encryptor) {
      this.fieldEncryptor = Objects.requireNonNull(encryptor, "encryptor");
      return this;
    }

    /**
     * Decrypts response fields that the server encrypted for the partner.
     *
     * @param decryptor the decryptor
     * @return this builder
     */
    public Builder fieldDecryption(FieldDecryptor decryptor) {
      this.fieldDecryptor = Objects.requireNonNull(decryptor, "decryptor");
      return this;
    }

    /**
     * Signs every attempt with RFC 9421 HTTP Message Signatures. Each attempt, a retry included, is
     * signed afresh. The request URI is first brought to the one form every transport sends
     * unchanged (lower-case scheme and host, no default port, no dot segments, non-ASCII and {@code
     * '} in the query percent-encoded, no empty query), so the signed {@code @target-uri} is what
     * goes on the wire.
     *
     * @param signer the signer, for example {@code Ed25519RequestSigner} of {@code
     *     wallet-sdk-crypto}
     * @return this builder
     */
    public Builder requestSigning(RequestSigner signer) {
      this.requestSigner = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * Verifies the receipt of every response that reports a money movement or its reversal
     * (payments, refunds, transfers and payouts, split bills, bill payments, rewards redemptions,
     * and the result of a confirmed challenge); a response without a valid receipt then fails with
     * {@code SignatureVerificationException}. Receipts are verified before encrypted response
     * fields are decrypted.
     *
     * @param verifier the verifier
     * @return this builder
     */
    public Builder receiptVerification(ReceiptVerifier verifier) {
      this.receiptVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Answers step-up challenges inline, so payments, transfers and bill payments that need step-up
     * complete without the caller catching {@code StepUpRequiredException}.
     *
     * @param handler supplies one-time passwords
     * @return this builder
     */
    public Builder stepUpHandler(StepUpHandler handler) {
      this.stepUpHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Sets the clock for deadlines and {@code Retry-After} dates; the system UTC clock unless set.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how the client waits between attempts; {@link Sleeper#system()} unless set.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the source of backoff jitter and call ids; a secure random source unless set.
     *
     * @param random the source of randomness
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Sets how idempotency keys are generated for writes that have none; random UUIDs unless set.
     *
     * @param idempotencyKeys the generator
     * @return this builder
     */
    public Builder idempotencyKeys(IdempotencyKeys idempotencyKeys) {
      this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
      return this;
    }

    /**
     * Adds a decorator of the tasks of asynchronous calls, to carry the caller's thread-bound
     * context (a tracing span, a logging MDC) to the executor thread. Each decorator wraps the task
     * on the calling thread; the first added is the outermost.
     *
     * @param decorator the decorator
     * @return this builder
     */
    public Builder addTaskDecorator(TaskDecorator decorator) {
      taskDecorators.add(Objects.requireNonNull(decorator, "decorator"));
      return this;
    }

    /**
     * Sets the executor of asynchronous calls; a shared pool of daemon threads unless set.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Names the application that uses the SDK in the {@code User-Agent} of every request, so the
     * platform's operators can tell partners' integrations apart: {@code appInfo("CheckoutService",
     * "4.2.0", "https://shop.example/checkout")} sends {@code wallet-sdk-java/0.1.0 java/17
     * CheckoutService/4.2.0 (+https://shop.example/checkout)}. The SDK's own products come first so
     * the header keeps its prefix; calling this again replaces the application.
     *
     * @param name the application's name: an HTTP token (RFC 9110 §5.1), at most 64 characters
     * @param version its version, a token of at most 64 characters, or {@code null}
     * @param url where to learn about it or reach its operators: an absolute {@code http} or {@code
     *     https} URL with a host, without user information or parentheses, at most 256 characters,
     *     or {@code null}
     * @return this builder
     * @throws InvalidRequestException naming the field ({@code appInfo.name}, {@code
     *     appInfo.version} or {@code appInfo.url}) and value that are invalid
     */
    public Builder appInfo(String name, @Nullable String version, @Nullable String url) {
      this.appProduct = UserAgent.appProduct(name, version, url);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidRequestException if the API key or base URL is missing, the base URL is plain
     *     {@code http} to a non-loopback host without {@link #allowInsecureHttp()}, or a transport
     *     was set together with a proxy, TLS material or connection pooling (field {@code proxy},
     *     {@code tls} or {@code connectionPooling}, code {@code conflict}), or pool settings were
     *     given for the JDK transport (code {@code not_supported}), or OkHttp is on the class path
     *     without Okio or the Kotlin standard library it needs (field {@code transport}, code
     *     {@code missing_dependency}, naming the missing library)
     */
    public WalletClient build() {
      if (apiKey == null) {
        throw InvalidRequestException.forField("apiKey", "required", "apiKey is required");
      }
      if (transport != null && proxy.type() != Proxy.Type.DIRECT) {
        throw InvalidRequestException.forField(
            "proxy",
            "conflict",
            "proxy applies to the default transports only; configure the proxy of the transport"
                + " passed to transport(...) instead");
      }
      refuseWithCallersTransport("tls", tls, "TLS material");
      refuseWithCallersTransport("connectionPooling", connectionPooling, "connection pooling");
      boolean ownsTransport = transport == null;
      Transport chosen =
          ownsTransport
              ? Transports.createDefault(
                  new TransportSettings(
                      timeouts,
                      proxy,
                      proxyCredentials,
                      tls,
                      connectionPooling != null ? connectionPooling : ConnectionPooling.defaults()))
              : transport;
      URI base = baseUri != null ? baseUri : chosen.defaultBaseUri().orElse(null);
      if (base == null) {
        if (ownsTransport) {
          chosen.close();
        }
        throw InvalidRequestException.forField("baseUrl", "required", "baseUrl is required");
      }
      BaseUrls.requireSecure(base, allowInsecureHttp);
      ClientConfig config =
          new ClientConfig(
              base,
              apiKey,
              chosen,
              clock,
              sleeper,
              random != null ? random : new SecureRandom(),
              idempotencyKeys,
              retryPolicy,
              timeouts,
              interceptors,
              fieldEncryptor,
              fieldDecryptor,
              requestSigner,
              receiptVerifier,
              stepUpHandler,
              listeners,
              asyncExecutor != null ? asyncExecutor : AsyncExecutors.shared(),
              taskDecorators,
              UserAgent.withApp(appProduct),
              Headers.empty());
      return new DefaultWalletClient(config, ownsTransport);
    }

    private void refuseWithCallersTransport(String field, @Nullable Object setting, String what) {
      if (transport != null && setting != null) {
        throw InvalidRequestException.forField(
            field,
            "conflict",
            what
                + " applies to the default transports only; configure the HTTP client wrapped by"
                + " the transport passed to transport(...) instead");
      }
    }
  }
}
