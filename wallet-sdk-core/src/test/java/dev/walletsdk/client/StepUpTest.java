/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.ChallengeStatus;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.StepUpHandler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Step-up: answered inline by a handler, declined, or confirmed by the caller. */
class StepUpTest {
  private final MockWebServer server = Servers.startLoopback();
  private final List<ChallengeId> asked = new CopyOnWriteArrayList<>();
  private WalletClient client;

  private WalletClient client(StepUpHandler handler) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_stepup"))
            .retries(RetryPolicy.none());
    if (handler != null) {
      builder.stepUpHandler(
          challenge -> {
            asked.add(challenge.id());
            return handler.oneTimePassword(challenge);
          });
    }
    client = builder.build();
    return client;
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  private static Transfer bigTransfer(WalletClient client) {
    return client
        .transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("5000.00", "EUR")));
  }

  private void enqueueStepUp() {
    server.enqueue(json(401, WireJson.stepUpProblem("chl_1"), "req_1"));
  }

  @Test
  void handlerAnswersInlineAndTheHeldTransferIsReturned() {
    enqueueStepUp();
    server.enqueue(
        json(200, WireJson.challengeResult("chl_1", WireJson.transfer("trf_held")), "req_2"));

    Transfer transfer = bigTransfer(client(challenge -> Optional.of("123456")));

    assertThat(transfer.id()).isEqualTo(TransferId.of("trf_held"));
    assertThat(asked).containsExactly(ChallengeId.of("chl_1"));
    RecordedRequest held = Servers.take(server);
    RecordedRequest confirm = Servers.take(server);
    assertThat(held.getMethod() + " " + held.getTarget()).isEqualTo("POST /v1/transfers");
    assertThat(confirm.getMethod() + " " + confirm.getTarget())
        .isEqualTo("POST /v1/challenges/chl_1/confirm");
    assertThat(confirm.getBody().utf8()).isEqualTo("{\"otp\":\"123456\"}");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void declinedChallengeThrowsStepUpRequiredWithTheChallenge() {
    enqueueStepUp();
    WalletClient declining = client(challenge -> Optional.empty());

    assertThatThrownBy(() -> bigTransfer(declining))
        .isInstanceOfSatisfying(
            StepUpRequiredException.class,
            e -> {
              assertThat(e.challenge().id()).isEqualTo(ChallengeId.of("chl_1"));
              assertThat(e.challenge().amount()).contains(Money.of("25.00", "EUR"));
            })
        .hasMessage(
            "confirm the transfer with a one-time password"
                + " [HTTP 401, code step_up_required, request req_1]");
    assertThat(asked).containsExactly(ChallengeId.of("chl_1"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutHandlerTheCallerConfirmsTheChallenge() {
    enqueueStepUp();
    server.enqueue(
        json(200, WireJson.challengeResult("chl_1", WireJson.transfer("trf_held")), "req_2"));
    WalletClient plain = client(null);

    Challenge challenge =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                StepUpRequiredException.class, () -> bigTransfer(plain))
            .challenge();
    ChallengeResult result = plain.challenges().confirm(challenge, "654321");

    assertThat(result.challenge().status()).isEqualTo(ChallengeStatus.CONFIRMED);
    assertThat(result.result()).isInstanceOf(Transfer.class);
    assertThat(((Transfer) result.result()).id()).isEqualTo(TransferId.of("trf_held"));
    Servers.take(server);
    assertThat(Servers.take(server).getBody().utf8()).isEqualTo("{\"otp\":\"654321\"}");
  }

  @Test
  void malformedOneTimePasswordIsRejectedBeforeSending() {
    WalletClient plain = client(null);

    assertThatThrownBy(() -> plain.challenges().confirm(ChallengeId.of("chl_1"), "12ab56"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("otp must be 6 to 8 digits (value not shown)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void derivedClientUsesItsOwnStepUpHandler() {
    enqueueStepUp();
    server.enqueue(
        json(200, WireJson.challengeResult("chl_1", WireJson.transfer("trf_held")), "req_2"));
    WalletClient derived =
        client(null).withOptions(o -> o.stepUpHandler(challenge -> Optional.of("111111")));

    assertThat(bigTransfer(derived).id()).isEqualTo(TransferId.of("trf_held"));
    Servers.take(server);
    assertThat(Servers.take(server).getBody().utf8()).isEqualTo("{\"otp\":\"111111\"}");
  }
}
