/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.walletsdk.TransportException;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Injected faults, as the in-process transport reports them. */
@ExtendWith(MockWalletExtension.class)
class FaultsTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;

  private MockApi api;
  private WalletId alice;
  private WalletId bob;
  private String transfer;

  private void setUp(MockWalletServer mock) {
    api = new MockApi(mock);
    alice = mock.control().openWallet("Alice", EUR);
    bob = mock.control().openWallet("Bob", EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    transfer = Bodies.transfer(alice.value(), bob.value(), "10.00", "EUR");
  }

  private Money aliceBalance(MockWalletServer mock) {
    return mock.control().balance(alice, EUR);
  }

  private TransportRequest transferRequest(String key, Duration timeout) {
    return api.request("POST", "/v1/transfers", transfer)
        .header("Idempotency-Key", key)
        .timeout(timeout)
        .build();
  }

  @Test
  void countsApiRequestsAndFiredFaultsByKind(MockWalletServer mock) {
    setUp(mock);
    long before = mock.control().apiRequests();
    mock.control().injectFault(Fault.serverError(503).times(2));
    mock.control().injectFault(Fault.rateLimited(Duration.ofSeconds(1)).times(1));

    for (int i = 0; i < 5; i++) {
      api.get("/v1/wallets/" + alice.value() + "/balances");
    }

    assertThat(mock.control().apiRequests() - before).isEqualTo(5);
    assertThat(mock.control().firedFaults())
        .containsOnly(entry(Fault.Kind.SERVER_ERROR, 2), entry(Fault.Kind.RATE_LIMITED, 1));
    mock.control().firedFaults().clear();
    assertThat(mock.control().firedFaults()).hasSize(2);
  }

  @Test
  void resetBeforeProcessingFailsTheConnectionAndAppliesNothing(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.resetBeforeProcessing());
    int journal = mock.ledger().journalSize();

    assertThatThrownBy(() -> api.post("/v1/transfers", transfer, "f-1"))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION_FAILED));

    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(aliceBalance(mock)).isEqualTo(Money.of("100.00", "EUR"));
    mock.control().clearFaults();
    Reply retried = api.post("/v1/transfers", transfer, "f-1");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().first("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void droppedResponseHidesACommittedTransferThatARetryReplays(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.dropResponseAfterCommit().times(1));

    assertThatThrownBy(() -> api.post("/v1/transfers", transfer, "f-2"))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION_FAILED);
              assertThat(e.mayHaveBeenApplied()).isTrue();
            });
    Money afterDrop = aliceBalance(mock);
    Reply retried = api.post("/v1/transfers", transfer, "f-2");

    assertThat(afterDrop).isEqualTo(Money.of("90.00", "EUR"));
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(aliceBalance(mock)).isEqualTo(Money.of("90.00", "EUR"));
    assertThat(mock.control().balance(bob, EUR)).isEqualTo(Money.of("10.00", "EUR"));
  }

  @Test
  void delayAtLeastTheTimeoutTimesOutAfterTheCommit(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.delay(Duration.ofSeconds(5)).times(1));

    assertThatThrownBy(() -> api.send(transferRequest("f-3", Duration.ofSeconds(5))))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT));

    assertThat(aliceBalance(mock)).isEqualTo(Money.of("90.00", "EUR"));
    Reply retried = api.send(transferRequest("f-3", Duration.ofSeconds(5)));
    assertThat(retried.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(aliceBalance(mock)).isEqualTo(Money.of("90.00", "EUR"));
  }

  @Test
  void delayShorterThanTheTimeoutAnswersWithoutWaiting(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.delay(Duration.ofMinutes(10)));
    long started = System.nanoTime();

    Reply reply = api.send(transferRequest("f-4", Duration.ofMinutes(11)));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorAnswers503WithoutProcessing(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503));
    int journal = mock.ledger().journalSize();

    Reply reply = api.post("/v1/transfers", transfer, "f-5");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.code()).isEqualTo("service_unavailable");
    assertThat(reply.text("/detail")).isEqualTo("the mock injected a 503 failure");
    assertThat(reply.headers().first("Content-Type")).contains("application/problem+json");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    mock.control().clearFaults();
    Reply retried = api.post("/v1/transfers", transfer, "f-5");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().first("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void serverError500IsAnInternalError(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(500));

    Reply reply = api.get("/v1/wallets");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.code()).isEqualTo("internal_error");
  }

  @Test
  void rateLimitedFaultAnnouncesItsRetryAfter(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.rateLimited(Duration.ofSeconds(2)));

    Reply reply = api.post("/v1/transfers", transfer, "f-6");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.code()).isEqualTo("rate_limited");
    assertThat(reply.headers().first("Retry-After")).contains("2");
    assertThat(aliceBalance(mock)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void truncatedBodyFailsTheConnectionAfterTheCommit(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.truncatedBody().times(1));

    assertThatThrownBy(() -> api.post("/v1/transfers", transfer, "f-7"))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION_FAILED));

    assertThat(aliceBalance(mock)).isEqualTo(Money.of("90.00", "EUR"));
    assertThat(api.post("/v1/transfers", transfer, "f-7").headers().first("Idempotent-Replayed"))
        .contains("true");
  }

  @Test
  void timesLimitsHowOftenAFaultFires(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503).times(2));

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(api.get("/v1/wallets").status());
    }

    assertThat(statuses).containsExactly(503, 503, 200, 200);
    assertThat(mock.control().faults()).isEmpty();
  }

  @Test
  void timesOneFiresOnce(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503).times(1));

    assertThat(api.get("/v1/wallets").status()).isEqualTo(503);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
  }

  @Test
  void faultOnOneRouteLeavesOthersAlone(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503).on("POST", "/v1/transfers"));

    Reply list = api.get("/v1/wallets");
    Reply balances = api.get("/v1/wallets/" + alice.value() + "/balances");
    Reply opened = api.post("/v1/wallets", "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\"]}");
    Reply sent = api.post("/v1/transfers", transfer);

    assertThat(list.status()).isEqualTo(200);
    assertThat(balances.status()).isEqualTo(200);
    assertThat(opened.status()).isEqualTo(201);
    assertThat(sent.status()).isEqualTo(503);
  }

  @Test
  void pathPatternStarMatchesAnyCharacters(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503).on("*", "/v1/wallets/*/balances"));

    assertThat(api.get("/v1/wallets/" + alice.value() + "/balances").status()).isEqualTo(503);
    assertThat(api.get("/v1/wallets/" + alice.value()).status()).isEqualTo(200);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
  }

  @Test
  void faultsAreMatchedInOrder(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(502).times(1));
    mock.control().injectFault(Fault.serverError(504).times(1));

    assertThat(api.get("/v1/wallets").status()).isEqualTo(502);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(504);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
  }

  @Test
  void sameSeedGivesTheSameFaultPattern() {
    try (MockWalletServer first = MockWalletServer.builder().seed(7).build();
        MockWalletServer second = MockWalletServer.builder().seed(7).build()) {
      first.control().injectFault(Fault.serverError(503).withProbability(0.5));
      second.control().injectFault(Fault.serverError(503).withProbability(0.5));

      List<Integer> firstPattern = statuses(new MockApi(first), 24);
      List<Integer> secondPattern = statuses(new MockApi(second), 24);

      assertThat(firstPattern).isEqualTo(secondPattern).contains(200, 503);
      assertThat(first.ledger().audit().isClean()).isTrue();
    }
  }

  @Test
  void anotherSeedGivesAnotherFaultPattern() {
    try (MockWalletServer seven = MockWalletServer.builder().seed(7).build();
        MockWalletServer eight = MockWalletServer.builder().seed(8).build()) {
      seven.control().injectFault(Fault.serverError(503).withProbability(0.5));
      eight.control().injectFault(Fault.serverError(503).withProbability(0.5));

      assertThat(statuses(new MockApi(seven), 24)).isNotEqualTo(statuses(new MockApi(eight), 24));
    }
  }

  private static List<Integer> statuses(MockApi api, int requests) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      statuses.add(api.get("/v1/wallets").status());
    }
    return statuses;
  }

  @Test
  void faultsNeverAffectTheControlPlane(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.resetBeforeProcessing().on("*", "*"));
    mock.control().injectFault(Fault.serverError(503).on("*", "/_mock/*"));

    Reply health = api.get("/_mock/health");
    Reply funded =
        api.post(
            "/_mock/wallets/" + alice.value() + "/fund",
            "{\"amount\":" + MockApi.money("5.00", "EUR") + "}");

    assertThat(health.status()).isEqualTo(200);
    assertThat(funded.status()).isEqualTo(200);
    assertThat(aliceBalance(mock)).isEqualTo(Money.of("105.00", "EUR"));
    assertThatThrownBy(() -> api.get("/v1/wallets")).isInstanceOf(TransportException.class);
  }

  @Test
  void clearFaultsRemovesThemAll(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.serverError(503));
    mock.control().injectFault(Fault.resetBeforeProcessing().on("POST", "/v1/*"));

    mock.control().clearFaults();

    assertThat(mock.control().faults()).isEmpty();
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
    assertThat(api.post("/v1/transfers", transfer).status()).isEqualTo(201);
  }

  @Test
  void faultsListShowsTheActiveOnesInOrder(MockWalletServer mock) {
    Fault first = Fault.dropResponseAfterCommit().on("post", "/v1/transfers").times(1);
    Fault second = Fault.serverError(503).withProbability(0.3);
    mock.control().injectFault(first);
    mock.control().injectFault(second);

    assertThat(mock.control().faults()).containsExactly(first, second);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.toString())
        .isEqualTo("Fault{DROP_RESPONSE_AFTER_COMMIT on POST /v1/transfers, 1 times}");
    assertThat(second.toString()).isEqualTo("Fault{SERVER_ERROR on * /v1/*, p=0.3}");
  }

  @Test
  void faultArgumentsAreChecked() {
    assertThatThrownBy(() -> Fault.serverError(404))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status 404 is not a 5xx status");
    assertThatThrownBy(() -> Fault.truncatedBody().times(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must be from 1 to 1000000 but was 0");
    assertThatThrownBy(() -> Fault.truncatedBody().withProbability(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must be in (0, 1] but was 0.0");
    assertThatThrownBy(() -> Fault.truncatedBody().withProbability(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void droppedResponseOfAnOpenStillOpensTheWallet(MockWalletServer mock) {
    setUp(mock);
    mock.control().injectFault(Fault.dropResponseAfterCommit().on("POST", "/v1/wallets").times(1));
    TransportRequest open =
        api.request("POST", "/v1/wallets", null)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "f-8")
            .body(
                "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\"]}"
                    .getBytes(StandardCharsets.UTF_8))
            .build();

    assertThatThrownBy(() -> api.send(open)).isInstanceOf(TransportException.class);

    assertThat(api.get("/v1/wallets").body().get("data").size()).isEqualTo(3);
  }
}
