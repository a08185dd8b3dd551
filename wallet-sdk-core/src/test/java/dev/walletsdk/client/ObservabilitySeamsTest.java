/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two seams metrics and tracing modules build on: an attempt's chain names the call its
 * listener events carry, and task decorators carry the caller's context to the async executor.
 */
class ObservabilitySeamsTest {
  private static final ThreadLocal<String> CONTEXT = new ThreadLocal<>();

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletId wallet = mock.control().openWallet("Alice", CurrencyCode.EUR);
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final List<String> seen = new CopyOnWriteArrayList<>();

  private WalletClient.Builder builder() {
    return WalletClient.builder()
        .transport(mock.transport())
        .apiKey(mock.apiKey())
        .sleeper(delay -> {})
        .asyncExecutor(executor);
  }

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    mock.close();
  }

  /** Carries {@link #CONTEXT} from the calling thread to the executor thread, then clears it. */
  private static Runnable carryContext(Runnable task) {
    String captured = CONTEXT.get();
    return () -> {
      CONTEXT.set(captured);
      try {
        task.run();
      } finally {
        CONTEXT.remove();
      }
    };
  }

  /** Records the context the listener finds when a call starts. */
  private RequestListener contextRecorder() {
    return new RequestListener() {
      @Override
      public void onCallStart(CallInfo call) {
        seen.add(call.operation() + " context=" + CONTEXT.get());
      }
    };
  }

  @Test
  void everyAttemptsChainCarriesTheCallInstanceTheListenerSaw() {
    List<CallInfo> started = new CopyOnWriteArrayList<>();
    List<CallInfo> attempted = new CopyOnWriteArrayList<>();
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client =
        builder()
            .addListener(
                new RequestListener() {
                  @Override
                  public void onCallStart(CallInfo call) {
                    started.add(call);
                  }
                })
            .addInterceptor(
                chain -> {
                  attempted.add(chain.call());
                  return chain.proceed(chain.request());
                })
            .build()) {
      client.wallets().get(wallet);
    }
    assertThat(started).hasSize(1);
    assertThat(attempted).hasSize(2);
    assertThat(attempted.get(0)).isSameAs(started.get(0));
    assertThat(attempted.get(1)).isSameAs(started.get(0));
    assertThat(attempted.get(0).operation()).isEqualTo("wallets.get");
  }

  @Test
  void taskDecoratorCarriesTheCallersContextToTheExecutorThread() throws Exception {
    try (WalletClient client =
        builder()
            .addListener(contextRecorder())
            .addTaskDecorator(ObservabilitySeamsTest::carryContext)
            .build()) {
      CONTEXT.set("caller");
      try {
        client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
      } finally {
        CONTEXT.remove();
      }
    }
    assertThat(seen).containsExactly("wallets.get context=caller");
    assertThat(executor.submit(CONTEXT::get).get(5, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void withoutTaskDecoratorTheExecutorThreadHasNoCallerContext() throws Exception {
    try (WalletClient client = builder().addListener(contextRecorder()).build()) {
      CONTEXT.set("caller");
      try {
        client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
      } finally {
        CONTEXT.remove();
      }
    }
    assertThat(seen).containsExactly("wallets.get context=null");
  }

  @Test
  void firstTaskDecoratorAddedIsTheOutermost() throws Exception {
    try (WalletClient client =
        builder()
            .addTaskDecorator(
                task ->
                    () -> {
                      seen.add("outer before");
                      task.run();
                      seen.add("outer after");
                    })
            .addTaskDecorator(
                task ->
                    () -> {
                      seen.add("inner before");
                      task.run();
                      seen.add("inner after");
                    })
            .build()) {
      client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
      executor.submit(() -> {}).get(5, TimeUnit.SECONDS);
    }
    assertThat(seen).containsExactly("outer before", "inner before", "inner after", "outer after");
  }

  @Test
  void derivedClientKeepsTheTaskDecorators() throws Exception {
    try (WalletClient client =
        builder()
            .addListener(contextRecorder())
            .addTaskDecorator(ObservabilitySeamsTest::carryContext)
            .build()) {
      WalletClient derived = client.withOptions(o -> o.retries(RetryPolicy.none()));
      CONTEXT.set("tenant call");
      try {
        derived.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
      } finally {
        CONTEXT.remove();
      }
    }
    assertThat(seen).containsExactly("wallets.get context=tenant call");
  }

  @Test
  void taskDecoratorRunsOnTheCallingThread() throws Exception {
    Thread caller = Thread.currentThread();
    List<Thread> decoratingThreads = new CopyOnWriteArrayList<>();
    try (WalletClient client =
        builder()
            .addTaskDecorator(
                task -> {
                  decoratingThreads.add(Thread.currentThread());
                  return task;
                })
            .build()) {
      client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
    }
    assertThat(decoratingThreads).containsExactly(caller);
  }
}
