/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The protocol rules every route shares: authentication, version, idempotency, strictness. */
@ExtendWith(MockWalletExtension.class)
class ProtocolTest {
  private static String transfer(String from, String to, String amount) {
    return "{\"sourceWalletId\":\""
        + from
        + "\",\"destinationWalletId\":\""
        + to
        + "\",\"amount\":"
        + MockApi.money(amount, "EUR")
        + "}";
  }

  @Test
  void sameKeyAndBodyReplaysTheFirstResponseOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));

    Reply first = api.post("/v1/transfers", transfer(alice, bob, "20.00"), "k-1");
    Reply second = api.post("/v1/transfers", transfer(alice, bob, "20.00"), "k-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().first("Request-Id")).isEqualTo(first.headers().first("Request-Id"));
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("30.00", "EUR"));
  }

  @Test
  void sameKeyWithAnotherBodyIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));
    api.post("/v1/transfers", transfer(alice, bob, "20.00"), "k-1");

    Reply reused = api.post("/v1/transfers", transfer(alice, bob, "21.00"), "k-1");

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.code()).isEqualTo("idempotency_key_reused");
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("30.00", "EUR"));
  }

  @Test
  void failureIsReplayedToo(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");

    Reply first = api.post("/v1/transfers", transfer(alice, bob, "20.00"), "k-2");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));
    Reply second = api.post("/v1/transfers", transfer(alice, bob, "20.00"), "k-2");

    assertThat(first.code()).isEqualTo("insufficient_funds");
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().first("Idempotent-Replayed")).contains("true");
  }

  @Test
  void keyExpiresAfter24HoursOfServerTime(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String body = "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}";
    Reply first = api.post("/v1/wallets", body, "k-3");

    mock.control().advanceClock(Duration.ofHours(24));
    Reply later = api.post("/v1/wallets", body, "k-3");

    assertThat(later.status()).isEqualTo(201);
    assertThat(later.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(later.text("/id")).isNotEqualTo(first.text("/id"));
  }

  @Test
  void secondRequestWhileTheFirstIsInFlightIsToldToRetry(MockWalletServer mock) throws Exception {
    MockApi api = new MockApi(mock);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    mock.runtime()
        .beforeExecute(
            () -> {
              entered.countDown();
              awaitQuietly(release);
            });
    String body = "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}";
    CompletableFuture<Reply> first =
        CompletableFuture.supplyAsync(() -> api.post("/v1/wallets", body, "k-4"));
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    mock.runtime().beforeExecute(() -> {});

    Reply second = api.post("/v1/wallets", body, "k-4");
    release.countDown();

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("idempotency_in_flight");
    assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(201);
    assertThat(api.post("/v1/wallets", body, "k-4").headers().first("Idempotent-Replayed"))
        .contains("true");
  }

  @Test
  void requestDroppedBeforeItRanFreesItsKeyForTheRetry(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.runtime()
        .beforeExecute(
            () -> {
              throw new IllegalStateException("dropped before processing");
            });
    String body = "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}";
    Reply dropped = api.post("/v1/wallets", body, "k-drop");
    mock.runtime().beforeExecute(() -> {});

    Reply retried = api.post("/v1/wallets", body, "k-drop");
    Reply again = api.post("/v1/wallets", body, "k-drop");

    assertThat(dropped.status()).isEqualTo(500);
    assertThat(dropped.code()).isEqualTo("internal_error");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(again.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(again.text("/id")).isEqualTo(retried.text("/id"));
    assertThat(api.get("/v1/wallets").body().get("data")).hasSize(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void keysAreScopedToThePartner(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockApi other = api.as(mock.control().newPartner("other").apiKey());
    String body = "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}";

    Reply mine = api.post("/v1/wallets", body, "shared-key");
    Reply theirs = other.post("/v1/wallets", body, "shared-key");

    assertThat(theirs.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(theirs.text("/id")).isNotEqualTo(mine.text("/id"));
  }

  @Test
  void missingApiKeyIsUnauthorized(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    TransportRequest request =
        api.request("GET", "/v1/wallets", null)
            .headers(dev.walletsdk.spi.Headers.of("Wallet-Api-Version", "2026-11-01"))
            .build();

    Reply reply = api.send(request);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("authentication_failed");
    assertThat(reply.text("/detail"))
        .isEqualTo("the Authorization header must be \"Bearer <api key>\"");
  }

  @Test
  void unknownApiKeyIsUnauthorized(MockWalletServer mock) {
    Reply reply = new MockApi(mock).as(dev.walletsdk.ApiKey.of("sk_test_nope")).get("/v1/wallets");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.text("/detail")).isEqualTo("the API key is not valid");
  }

  @Test
  void wrongApiVersionIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Reply reply =
        api.send(
            api.request("GET", "/v1/wallets", null)
                .header("Wallet-Api-Version", "2025-01-01")
                .build());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("unsupported_api_version");
  }

  @Test
  void everyResponseCarriesARequestId(MockWalletServer mock) {
    MockApi api = new MockApi(mock);

    assertThat(api.get("/v1/wallets").headers().first("Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).matches("req_[A-Za-z0-9]{20}"));
    assertThat(api.get("/v1/nowhere").headers().first("Request-Id")).isPresent();
  }

  @Test
  void problemDocumentsFollowRfc9457(MockWalletServer mock) {
    Reply reply = new MockApi(mock).get("/v1/nowhere");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.headers().first("Content-Type")).contains("application/problem+json");
    assertThat(reply.body().get("type").asText())
        .isEqualTo("https://walletsdk.dev/problems/route_not_found");
    assertThat(reply.body().get("title").asText()).isEqualTo("Route not found");
    assertThat(reply.body().get("status").asInt()).isEqualTo(404);
    assertThat(reply.text("/detail")).isEqualTo("no route matches GET /v1/nowhere");
    assertThat(reply.text("/requestId"))
        .isEqualTo(reply.headers().first("Request-Id").orElseThrow());
  }

  @Test
  void bodyOnAPostMustBeJson(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Reply reply =
        api.send(
            api.request("POST", "/v1/wallets", null)
                .header("Idempotency-Key", "k")
                .header("Content-Type", "text/plain")
                .body("hello".getBytes(StandardCharsets.UTF_8))
                .build());

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.code()).isEqualTo("unsupported_media_type");
  }
}
