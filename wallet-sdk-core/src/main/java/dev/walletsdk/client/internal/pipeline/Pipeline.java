/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.TransportException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.RequestWriters;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one request pipeline of the client, assembled here in this order:
 *
 * <pre>
 * call → serialize → [idempotency key] → [field encryption] →
 *   retry loop { user interceptors → authentication → [signing] → logging → transport }
 * → status mapping → [receipt verification] → [field decryption] → deserialize → result
 * </pre>
 *
 * <p>Validation happens before: request types validate as they are built. The idempotency key is
 * chosen once per call, before the first attempt, and every attempt reuses it. A {@code
 * StepUpRequiredException} is answered by the configured {@code StepUpHandler}, if any, by
 * confirming the challenge through this same pipeline once.
 */
public final class Pipeline {
  /** The protocol version this client speaks. */
  public static final String API_VERSION = "2026-11-01";

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final ClientConfig config;
  private final CallScope scope;
  private final ErrorMapper errors;
  private final ResponseSecurity security;
  private final List<Interceptor> quietLinks;
  private final RequestBasics basics;

  /**
   * Creates the pipeline of a client.
   *
   * @param config the client's configuration
   */
  public Pipeline(ClientConfig config) {
    this(config, CallScope.NONE);
  }

  /**
   * Creates the pipeline of a client view.
   *
   * @param config the view's configuration
   * @param scope what the view adds to each of its calls
   */
  public Pipeline(ClientConfig config, CallScope scope) {
    this.config = config;
    this.scope = scope;
    this.errors = new ErrorMapper(config.clock());
    this.security = new ResponseSecurity(config.fieldDecryptor(), config.receiptVerifier());
    List<Interceptor> links = new ArrayList<>(config.interceptors());
    links.add(new AuthenticationLink(config.apiKey()));
    if (config.requestSigner() != null) {
      links.add(new SigningLink(config.requestSigner()));
    }
    this.quietLinks = List.copyOf(links);
    this.basics = new RequestBasics(config);
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * Returns what this client view adds to its calls.
   *
   * @return the scope
   */
  public CallScope scope() {
    return scope;
  }

  /**
   * Runs a call to completion on the calling thread: {@link #admit} then {@link #executeAdmitted}.
   *
   * @param call the call
   * @param <T> the result type
   * @return the decoded result
   * @throws WalletException the typed failure of the call
   */
  public <T> T execute(ApiCall<T> call) {
    admit(call);
    return executeAdmitted(call);
  }

  /**
   * Checks, before anything is scheduled or sent, that the view's options fit the call and that its
   * response capture, if any, takes it.
   *
   * @param call the call
   * @throws InvalidRequestException if the idempotency key option cannot apply to the call
   * @throws dev.walletsdk.client.ResponseCaptureException if a {@code withResponse} view refuses
   *     the call
   */
  public void admit(ApiCall<?> call) {
    IdempotencyKeyOption.check(scope.idempotencyKey(), call);
    if (scope.capture() != null) {
      scope.capture().admit(call.operation());
    }
  }

  /**
   * Runs an {@linkplain #admit admitted} call to completion on the calling thread.
   *
   * @param call the call
   * @param <T> the result type
   * @return the decoded result
   * @throws WalletException the typed failure of the call
   */
  public <T> T executeAdmitted(ApiCall<T> call) {
    try {
      return run(call, scope.idempotencyKey());
    } catch (StepUpRequiredException e) {
      Optional<String> otp =
          call.stepUpEligible() && config.stepUpHandler() != null
              ? config.stepUpHandler().oneTimePassword(e.challenge())
              : Optional.empty();
      if (otp.isEmpty()) {
        throw e;
      }
      // The confirmation is a write of its own: the key set for the held operation is not its key.
      return run(
          confirmation(
              e.challenge().id(), otp.get(), root -> call.reader().apply(root.object("result"))),
          null);
    }
  }

  /**
   * Builds the one call that confirms a challenge, for the caller's {@code challenges().confirm}
   * (sync and async) and for the step-up handler alike. Every operation the platform holds returns
   * a receipt-bearing result, so the receipt in {@code result} is verified when verification is
   * configured.
   *
   * @param challenge the challenge's id
   * @param otp the one-time password, already checked for form
   * @param reader reads the {@code challenge_result} object
   * @param <T> the result type
   * @return the confirmation call
   */
  public static <T> ApiCall<T> confirmation(
      ChallengeId challenge, String otp, Function<JsonRead, T> reader) {
    return ApiCall.<T>post(
            "challenges.confirm",
            "/v1/challenges/" + challenge.value() + "/confirm",
            RequestWriters.confirmChallenge(otp))
        .receipt(ApiCall.ReceiptAt.RESULT)
        .reading("challenge_result", reader);
  }

  private <T> T run(ApiCall<T> call, @Nullable IdempotencyKey optionKey) {
    Prepared prepared = prepare(call, optionKey);
    Instant start = config.clock().instant();
    if (!config.listeners().isEmpty()) {
      notify(listener -> listener.onCallStart(prepared.info()));
    }
    int[] attempts = {0};
    try {
      TransportResponse response = send(prepared, attempts);
      T result = decode(call, response);
      if (scope.capture() != null) {
        scope.capture().record(response);
      }
      notifyEnd(prepared, attempts[0], start, null);
      return result;
    } catch (WalletException e) {
      notifyEnd(prepared, attempts[0], start, e);
      throw e;
    } catch (RuntimeException | Error e) {
      // A bug in an interceptor or handler: listeners still see the call end, so none keeps it
      // in flight.
      Duration elapsed = Duration.between(start, config.clock().instant());
      if (!config.listeners().isEmpty()) {
        notify(listener -> listener.onCallAborted(prepared.info(), attempts[0], elapsed, e));
      }
      throw e;
    }
  }

  private Prepared prepare(ApiCall<?> call, @Nullable IdempotencyKey optionKey) {
    URI uri = basics.uri(call);
    byte[] body = null;
    IdempotencyKey key = null;
    Headers.Builder headers = basics.fixedHeaders().toBuilder();
    if (call.body() != null) {
      body = Json.write(encryptFields(call));
      headers.add("Content-Type", "application/json");
    }
    if (call.method().equals("POST")) {
      key = IdempotencyKeyOption.choose(call.idempotencyKey(), optionKey);
      if (key == null) {
        key = config.idempotencyKeys().next();
      }
      headers.add("Idempotency-Key", key.value());
    }
    CallInfo info =
        CallInfo.of(
            newCallId(), call.operation(), call.method(), uri, key == null ? null : key.value());
    return new Prepared(info, call.method(), uri, headers.build(), body);
  }

  private String newCallId() {
    byte[] id = new byte[4];
    config.random().nextBytes(id);
    return HexFormat.of().formatHex(id);
  }

  private ObjectNode encryptFields(ApiCall<?> call) {
    ObjectNode body = Objects.requireNonNull(call.body());
    List<String> pointers = call.sensitivePointers();
    if (config.fieldEncryptor() == null && call.encryptionRequired()) {
      FieldEncryption.requireNone(body, pointers, call.operation());
    }
    if (config.fieldEncryptor() == null || pointers.isEmpty()) {
      return body;
    }
    return FieldEncryption.encrypt(body.deepCopy(), pointers, config.fieldEncryptor());
  }

  private TransportResponse send(Prepared prepared, int[] attempts) {
    Instant deadline = config.clock().instant().plus(config.timeouts().call());
    for (int attempt = 1; ; attempt++) {
      attempts[0] = attempt;
      Duration remaining = Duration.between(config.clock().instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw deadlinePassed(prepared, attempt - 1);
      }
      if (attempt > 1 && Thread.currentThread().isInterrupted()) {
        throw cancelled(prepared, null);
      }
      WalletException failure;
      Duration retryAfter = null;
      Instant attemptStart = config.clock().instant();
      try {
        TransportResponse response = attempt(prepared, links(prepared.info()), attempt, remaining);
        if (response.isSuccessful()) {
          notifyAttempt(prepared, attempt, response.status(), attemptStart, null);
          return response;
        }
        failure = errors.map(response);
        notifyAttempt(prepared, attempt, response.status(), attemptStart, failure);
        if (!failure.isRetryable()) {
          throw failure;
        }
        retryAfter = RetryAfter.parse(response.headers(), config.clock());
      } catch (TransportException e) {
        notifyAttempt(prepared, attempt, 0, attemptStart, e);
        if (!mayRetry(e, prepared)) {
          throw e;
        }
        failure = e;
      } catch (InvalidResponseException e) {
        // The transport refused what arrived (over the size limit, not HTTP): fetching it again
        // would only bring the same.
        notifyAttempt(prepared, attempt, 0, attemptStart, e);
        throw e;
      }
      waitBeforeRetry(prepared, attempt, failure, retryAfter, deadline);
    }
  }

  /**
   * The links of one attempt. The logging link passes requests through untouched while its logger
   * is below DEBUG, so it is left out then, checked again for every attempt as the link itself
   * would.
   */
  private List<Interceptor> links(CallInfo info) {
    if (!LoggingLink.logs()) {
      return quietLinks;
    }
    List<Interceptor> links = new ArrayList<>(quietLinks);
    links.add(new LoggingLink(info));
    return links;
  }

  private TransportResponse attempt(
      Prepared prepared, List<Interceptor> links, int attempt, Duration remaining) {
    Duration read = config.timeouts().read();
    TransportRequest request =
        TransportRequest.builder()
            .method(prepared.method())
            .uri(prepared.uri())
            .headers(prepared.headers())
            .body(prepared.body())
            .timeout(remaining.compareTo(read) < 0 ? remaining : read)
            .build();
    AttemptChain chain =
        new AttemptChain(links, 0, request, config.transport(), prepared.info(), attempt);
    return chain.proceed(request);
  }

  /**
   * Tells whether a transport failure may be retried: always when nothing was sent, and after a
   * timeout or broken connection only for reads and for writes that carry an idempotency key.
   */
  static boolean mayRetry(TransportException e, Prepared prepared) {
    return switch (e.kind()) {
      case CONNECT_FAILED -> true;
      case TIMEOUT, CONNECTION_FAILED ->
          prepared.method().equals("GET") || prepared.hasIdempotencyKey();
      case CANCELLED -> false;
    };
  }

  private void waitBeforeRetry(
      Prepared prepared,
      int attempt,
      WalletException failure,
      @Nullable Duration retryAfter,
      Instant deadline) {
    if (attempt > config.retryPolicy().maxRetries()) {
      throw failure;
    }
    if (retryAfter != null && retryAfter.compareTo(config.retryPolicy().maxRetryAfter()) > 0) {
      throw failure;
    }
    Duration delay =
        retryAfter != null ? retryAfter : config.retryPolicy().backoff(attempt, config.random());
    if (!config.clock().instant().plus(delay).isBefore(deadline)) {
      throw failure;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw cancelled(prepared, null);
    }
    notify(listener -> listener.onRetry(prepared.info(), attempt + 1, delay, failure));
    try {
      config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cancelled(prepared, e);
    }
  }

  private static TransportException cancelled(
      Prepared prepared, @Nullable InterruptedException cause) {
    return new TransportException(
        "call " + prepared.info().callId() + " was interrupted before its next attempt",
        TransportException.Kind.CANCELLED,
        cause);
  }

  private TransportException deadlinePassed(Prepared prepared, int attempts) {
    return new TransportException(
        "call "
            + prepared.info().callId()
            + " ("
            + prepared.info().operation()
            + ") passed its deadline of "
            + config.timeouts().call()
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts"),
        TransportException.Kind.TIMEOUT,
        null);
  }

  private <T> T decode(ApiCall<T> call, TransportResponse response) {
    byte[] body = response.body();
    Function<byte[], @Nullable T> streaming = call.streamingReader();
    if (streaming != null && call.identity() == null && security.isIdle(call.receiptAt())) {
      T result = streaming.apply(body);
      if (result != null) {
        return result;
      }
    }
    try {
      JsonNode root = Json.parse(body);
      ResourceIdentity.check(call, root);
      security.check(root, call.receiptAt());
      JsonRead json = JsonRead.root(root, call.rootName());
      BiFunction<JsonRead, String, T> bodyReader = call.bodyReader();
      return bodyReader == null
          ? call.reader().apply(json)
          : bodyReader.apply(json, new String(body, StandardCharsets.UTF_8));
    } catch (ResponseFormatException | InvalidRequestException e) {
      String requestId = ErrorMapper.requestId(response);
      throw new InvalidResponseException(
          "invalid response to "
              + call.operation()
              + ": "
              + ServerText.message(String.valueOf(e.getMessage()))
              + ErrorMapper.suffix(response.status(), ErrorCode.INVALID_RESPONSE, requestId),
          response.status(),
          ErrorCode.INVALID_RESPONSE,
          requestId,
          null);
    }
  }

  private void notifyAttempt(
      Prepared prepared,
      int attempt,
      int status,
      Instant start,
      @Nullable WalletException failure) {
    Duration elapsed = Duration.between(start, config.clock().instant());
    if (!config.listeners().isEmpty()) {
      notify(listener -> listener.onAttempt(prepared.info(), attempt, status, elapsed, failure));
    }
  }

  private void notifyEnd(
      Prepared prepared, int attempts, Instant start, @Nullable WalletException failure) {
    Duration elapsed = Duration.between(start, config.clock().instant());
    if (!config.listeners().isEmpty()) {
      notify(listener -> listener.onCallEnd(prepared.info(), attempts, elapsed, failure));
    }
  }

  private void notify(Consumer<RequestListener> event) {
    for (RequestListener listener : config.listeners()) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("request listener {} failed; ignored", listener.getClass().getName(), e);
      }
    }
  }
}
