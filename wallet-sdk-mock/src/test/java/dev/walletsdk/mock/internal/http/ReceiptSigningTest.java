/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.control.ControlPlane;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.security.PlatformSecurity;
import dev.walletsdk.mock.internal.view.EventViews;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write's receipt is signed after the engine's lock is released, and a replay of its key never
 * sees the answer unsigned: it gets the first answer's signed bytes.
 */
class ReceiptSigningTest {
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private final CountDownLatch signing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  /**
   * A thread per task: the tasks block on purpose (one holds the signing step), and the common pool
   * may run them one after another on a single thread.
   */
  private final ExecutorService threads = Executors.newCachedThreadPool();

  private volatile boolean gated;
  private Engine engine;
  private ApiServer api;
  private String apiKey;
  private String transfer;

  @BeforeEach
  void setUp() {
    MockClock clock = MockClock.manual(START);
    engine = new Engine(clock, 1, EventViews::render);
    PlatformSecurity security =
        PlatformSecurity.create(1, Clock.fixed(START, ZoneOffset.UTC), keyId -> Optional.empty());
    UnaryOperator<ObjectNode> receipts =
        resource -> {
          if (gated) {
            signing.countDown();
            await(release);
          }
          return security.withReceipt(resource);
        };
    Services services = Services.of(engine, security::decrypt, receipts, security);
    api = new ApiServer(engine, services, command -> {}, security);
    ControlPlane control = new ControlPlane(engine, services, command -> {});
    apiKey = "sk_test_receipts";
    String partnerId =
        control
            .apply("partner.create", MockJson.object().put("name", "P").put("apiKey", apiKey))
            .get("partnerId")
            .asText();
    String alice = open(control, partnerId, "Alice");
    String bob = open(control, partnerId, "Bob");
    ObjectNode fund = MockJson.object().put("walletId", alice);
    fund.putObject("amount").put("amount", "100.00").put("currency", "EUR");
    control.apply("wallet.fund", fund);
    transfer =
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}";
  }

  @AfterEach
  void tearDown() {
    release.countDown();
    threads.shutdownNow();
  }

  private static String open(ControlPlane control, String partnerId, String name) {
    ObjectNode args = MockJson.object().put("partnerId", partnerId).put("displayName", name);
    args.putArray("currencies").add("EUR");
    return control.apply("wallet.open", args).get("id").asText();
  }

  private TransportResponse post(String key) {
    return api.handle(
        TransportRequest.builder()
            .method("POST")
            .uri(URI.create("http://127.0.0.1/v1/transfers"))
            .header("Authorization", "Bearer " + apiKey)
            .header("Wallet-Api-Version", "2026-11-01")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .body(transfer.getBytes(StandardCharsets.UTF_8))
            .build());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void receiptIsSignedAfterTheEngineLockIsReleased() throws Exception {
    gated = true;
    CompletableFuture<TransportResponse> first =
        CompletableFuture.supplyAsync(() -> post("k-1"), threads);
    assertThat(signing.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Boolean> other =
        CompletableFuture.supplyAsync(() -> engine.locked(() -> true), threads);

    assertThat(other.get(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    TransportResponse answer = first.get(10, TimeUnit.SECONDS);
    assertThat(answer.status()).isEqualTo(201);
    JsonNode receipt = MockJson.parse(answer.body()).get("receipt");
    assertThat(receipt.get("kid").asText()).isEqualTo("rcpt-1");
    assertThat(receipt.get("alg").asText()).isEqualTo("ed25519");
  }

  @Test
  void replayRacingTheFirstAnswerGetsItsSignedBytes() throws Exception {
    gated = true;
    CompletableFuture<TransportResponse> first =
        CompletableFuture.supplyAsync(() -> post("k-2"), threads);
    assertThat(signing.await(10, TimeUnit.SECONDS)).isTrue();
    gated = false;

    CompletableFuture<TransportResponse> replay =
        CompletableFuture.supplyAsync(() -> post("k-2"), threads);
    release.countDown();

    TransportResponse original = first.get(10, TimeUnit.SECONDS);
    TransportResponse replayed = replay.get(10, TimeUnit.SECONDS);
    assertThat(original.status()).isEqualTo(201);
    assertThat(MockJson.parse(original.body()).has("receipt")).isTrue();
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.body()).isEqualTo(original.body());
    assertThat(replayed.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(replayed.headers().first("Request-Id"))
        .isEqualTo(original.headers().first("Request-Id"));
  }

  @Test
  void replayAfterTheFirstAnswerGetsTheSameSignedBytes() {
    TransportResponse original = post("k-3");
    TransportResponse replayed = post("k-3");

    assertThat(original.status()).isEqualTo(201);
    assertThat(replayed.body()).isEqualTo(original.body());
    assertThat(replayed.headers().first("Idempotent-Replayed")).contains("true");
  }

  @Test
  void replayOfAWriteTheJournalDidNotHoldIsNotAnswered() {
    api.afterRecord(
        () -> {
          throw new IllegalStateException("cannot append to journal");
        });

    TransportResponse first = post("k-4");
    TransportResponse replayed = post("k-4");

    assertThat(first.status()).isEqualTo(500);
    assertThat(replayed.status()).isEqualTo(500);
    assertThat(MockJson.parse(replayed.body()).get("code").asText()).isEqualTo("internal_error");
  }
}
