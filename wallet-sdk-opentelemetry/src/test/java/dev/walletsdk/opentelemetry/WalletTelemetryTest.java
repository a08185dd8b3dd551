/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static dev.walletsdk.opentelemetry.Tracing.ERROR_TYPE;
import static dev.walletsdk.opentelemetry.Tracing.RESEND_COUNT;
import static dev.walletsdk.opentelemetry.Tracing.STATUS_CODE;
import static dev.walletsdk.opentelemetry.Tracing.URL_FULL;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.NotFoundException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** WalletTelemetry traces calls to the in-process mock into the SDK's in-memory exporter. */
class WalletTelemetryTest {
  private final Tracing tracing = new Tracing();
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletId wallet = mock.control().openWallet("Alice", CurrencyCode.EUR);
  private final List<Headers> received = new CopyOnWriteArrayList<>();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  /** The mock's transport, recording the headers of every request the mock receives. */
  private final Transport recording =
      new Transport() {
        @Override
        public TransportResponse execute(TransportRequest request) {
          received.add(request.headers());
          return mock.transport().execute(request);
        }

        @Override
        public Optional<URI> defaultBaseUri() {
          return mock.transport().defaultBaseUri();
        }
      };

  private WalletClient.Builder builder() {
    return WalletClient.builder()
        .transport(recording)
        .apiKey(mock.apiKey())
        .sleeper(delay -> {})
        .asyncExecutor(executor);
  }

  private WalletClient client() {
    return WalletTelemetry.create(tracing.sdk).instrument(builder()).build();
  }

  /** Runs a call with a span current on this thread, then ends the span. */
  private static void within(Span span, Callable<?> call) throws Exception {
    Scope scope = span.makeCurrent();
    try {
      call.call();
    } finally {
      scope.close();
      span.end();
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    mock.close();
    tracing.close();
  }

  /** The in-process mock's base URI is {@code http://localhost}. */
  private String walletUrl() {
    return "http://localhost/v1/wallets/" + wallet.value();
  }

  @Test
  void callSpanIsTheParentOfItsAttemptSpanWithTheHttpClientAttributes() {
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    SpanData call = tracing.call();
    assertThat(call)
        .hasName("wallets.get")
        .hasKind(SpanKind.INTERNAL)
        .hasNoParent()
        .hasAttribute(stringKey("wallet.operation"), "wallets.get")
        .hasAttribute(longKey("wallet.attempts"), 1L)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset());
    assertThat(tracing.attempts()).hasSize(1);
    assertThat(tracing.attempts().get(0))
        .hasName("GET")
        .hasKind(SpanKind.CLIENT)
        .hasParent(call)
        .hasAttribute(stringKey("http.request.method"), "GET")
        .hasAttribute(URL_FULL, walletUrl())
        .hasAttribute(stringKey("server.address"), "localhost")
        .hasAttribute(longKey("server.port"), 80L)
        .hasAttribute(STATUS_CODE, 200L)
        .hasAttribute(stringKey("wallet.operation"), "wallets.get");
    assertThat(tracing.attempts().get(0).getAttributes().get(RESEND_COUNT)).isNull();
    assertThat(tracing.attempts().get(0).getAttributes().get(ERROR_TYPE)).isNull();
  }

  @Test
  void retriedCallHasOneAttemptSpanPerAttemptCountingTheResends() {
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    SpanData call = tracing.call();
    assertThat(call)
        .hasAttribute(longKey("wallet.attempts"), 2L)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset());
    assertThat(call.getEvents()).extracting(e -> e.getName()).containsExactly("wallet.retry");
    assertThat(call.getEvents().get(0).getAttributes().get(longKey("wallet.retry.next_attempt")))
        .isEqualTo(2L);
    List<SpanData> attempts = tracing.attempts();
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0))
        .hasParent(call)
        .hasAttribute(STATUS_CODE, 503L)
        .hasAttribute(ERROR_TYPE, "503")
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error());
    assertThat(attempts.get(0).getAttributes().get(RESEND_COUNT)).isNull();
    assertThat(attempts.get(1))
        .hasParent(call)
        .hasAttribute(STATUS_CODE, 200L)
        .hasAttribute(RESEND_COUNT, 1L)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset());
  }

  @Test
  void everyAttemptSendsTheTraceparentOfItsOwnSpan() {
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    List<SpanData> attempts = tracing.attempts();
    assertThat(received).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(received.get(i).first("traceparent"))
          .contains(
              "00-"
                  + attempts.get(i).getTraceId()
                  + "-"
                  + attempts.get(i).getSpanId()
                  + "-"
                  + attempts.get(i).getSpanContext().getTraceFlags().asHex());
    }
  }

  @Test
  void tracestateOfTheCallersContextTravelsWithTheRequest() throws Exception {
    Span caller =
        tracing
            .sdk
            .getTracer("test")
            .spanBuilder("caller")
            .setParent(
                io.opentelemetry.context.Context.root()
                    .with(
                        Span.wrap(
                            io.opentelemetry.api.trace.SpanContext.createFromRemoteParent(
                                "0af7651916cd43dd8448eb211c80319c",
                                "b7ad6b7169203331",
                                io.opentelemetry.api.trace.TraceFlags.getSampled(),
                                io.opentelemetry.api.trace.TraceState.builder()
                                    .put("partner", "p1")
                                    .build()))))
            .startSpan();
    try (WalletClient client = client()) {
      within(caller, () -> client.wallets().get(wallet));
    }
    assertThat(received).hasSize(1);
    assertThat(received.get(0).first("tracestate")).contains("partner=p1");
    assertThat(received.get(0).first("traceparent").orElseThrow())
        .startsWith("00-0af7651916cd43dd8448eb211c80319c-");
  }

  @Test
  void failedCallRecordsTheExceptionWithStatusError() {
    try (WalletClient client = client()) {
      assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_missing")))
          .isInstanceOf(NotFoundException.class);
    }
    SpanData call = tracing.call();
    assertThat(call)
        .hasAttribute(ERROR_TYPE, "dev.walletsdk.NotFoundException")
        .hasStatus(
            io.opentelemetry.sdk.trace.data.StatusData.create(StatusCode.ERROR, "not_found"));
    assertThat(call.getEvents()).extracting(e -> e.getName()).containsExactly("exception");
    assertThat(exceptionOf(call)).isInstanceOf(NotFoundException.class);
    assertThat(tracing.attempts().get(0))
        .hasAttribute(STATUS_CODE, 404L)
        .hasAttribute(ERROR_TYPE, "404")
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error());
  }

  private static Throwable exceptionOf(SpanData span) {
    return ((io.opentelemetry.sdk.trace.data.ExceptionEventData) span.getEvents().get(0))
        .getException();
  }

  @Test
  void attemptWithoutResponseRecordsTheTransportFailure() {
    mock.control().injectFault(Fault.resetBeforeProcessing().on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client =
        WalletTelemetry.create(tracing.sdk)
            .instrument(builder().retries(RetryPolicy.none()))
            .build()) {
      assertThatThrownBy(() -> client.wallets().get(wallet)).isInstanceOf(TransportException.class);
    }
    SpanData attempt = tracing.attempts().get(0);
    assertThat(attempt)
        .hasAttribute(ERROR_TYPE, "connection_failed")
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error());
    assertThat(attempt.getAttributes().get(STATUS_CODE)).isNull();
    assertThat(attempt.getEvents()).extracting(e -> e.getName()).containsExactly("exception");
    assertThat(tracing.call()).hasAttribute(ERROR_TYPE, "dev.walletsdk.TransportException");
  }

  @Test
  void callEndedByAnUnexpectedExceptionStillEndsItsSpanWithStatusError() {
    try (WalletClient client =
        WalletTelemetry.create(tracing.sdk)
            .instrument(builder())
            .addInterceptor(
                chain -> {
                  throw new IllegalStateException("interceptor bug");
                })
            .build()) {
      assertThatThrownBy(() -> client.wallets().get(wallet))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(tracing.call())
        .hasAttribute(ERROR_TYPE, "java.lang.IllegalStateException")
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error());
    assertThat(tracing.attempts().get(0))
        .hasAttribute(ERROR_TYPE, "java.lang.IllegalStateException")
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error());
  }

  @Test
  void callersCurrentSpanIsTheParentOfTheCallSpan() throws Exception {
    Span caller = tracing.sdk.getTracer("test").spanBuilder("caller").startSpan();
    try (WalletClient client = client()) {
      within(caller, () -> client.wallets().get(wallet));
    }
    assertThat(tracing.call())
        .hasParentSpanId(caller.getSpanContext().getSpanId())
        .hasTraceId(caller.getSpanContext().getTraceId());
  }

  @Test
  void asyncCallSpanIsAChildOfTheCallersSpanThoughItRunsOnAnotherThread() throws Exception {
    Span caller = tracing.sdk.getTracer("test").spanBuilder("caller").startSpan();
    Thread callerThread = Thread.currentThread();
    List<Thread> attemptThreads = new CopyOnWriteArrayList<>();
    try (WalletClient client =
        WalletTelemetry.create(tracing.sdk)
            .instrument(builder())
            .addInterceptor(
                chain -> {
                  attemptThreads.add(Thread.currentThread());
                  return chain.proceed(chain.request());
                })
            .build()) {
      within(caller, () -> client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS));
    }
    assertThat(attemptThreads).hasSize(1).doesNotContain(callerThread);
    SpanData call = tracing.call();
    assertThat(call)
        .hasParentSpanId(caller.getSpanContext().getSpanId())
        .hasTraceId(caller.getSpanContext().getTraceId());
    assertThat(tracing.attempts().get(0)).hasParent(call);
  }

  @Test
  void asyncCallLeavesNoContextOnTheExecutorThread() throws Exception {
    Span caller = tracing.sdk.getTracer("test").spanBuilder("caller").startSpan();
    try (WalletClient client = client()) {
      within(caller, () -> client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS));
    }
    assertThat(
            executor
                .submit(() -> Span.current().getSpanContext().isValid())
                .get(5, TimeUnit.SECONDS))
        .isFalse();
  }

  @Test
  void instrumentReturnsTheSameBuilder() {
    WalletClient.Builder builder = builder();
    assertThat(WalletTelemetry.create(tracing.sdk).instrument(builder)).isSameAs(builder);
  }

  @Test
  void createRefusesANullOpenTelemetryNamingIt() {
    assertThatThrownBy(() -> WalletTelemetry.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("openTelemetry");
  }
}
