/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Step-up: large writes are held behind a TOTP challenge and run exactly once on confirmation. */
@ExtendWith(MockWalletExtension.class)
class StepUpTest {
  private MockApi api;
  private String alice;
  private String bob;
  private TotpSecret secret;

  private void setUp(MockWalletServer mock) {
    api = new MockApi(mock);
    alice = api.openWallet("Alice", "EUR");
    bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("1000.00", "EUR"));
    mock.control().setStepUpThreshold(WalletId.of(alice), Money.of("500.00", "EUR"));
    secret = mock.control().enrollTotp(WalletId.of(alice));
  }

  private String transfer(String amount) {
    return "{\"sourceWalletId\":\""
        + alice
        + "\",\"destinationWalletId\":\""
        + bob
        + "\",\"amount\":"
        + MockApi.money(amount, "EUR")
        + "}";
  }

  private Reply confirm(MockWalletServer mock, String challengeId, String otp) {
    return api.post("/v1/challenges/" + challengeId + "/confirm", "{\"otp\":\"" + otp + "\"}");
  }

  private String code(MockWalletServer mock) {
    return Totp.defaults().generate(secret, mock.control().now());
  }

  private Money balance(MockWalletServer mock, String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  @Test
  void transferBelowTheThresholdRunsAtOnce(MockWalletServer mock) {
    setUp(mock);

    assertThat(api.post("/v1/transfers", transfer("499.99")).status()).isEqualTo(201);
  }

  @Test
  void transferAtTheThresholdIsHeldBehindAChallenge(MockWalletServer mock) {
    setUp(mock);

    Reply held = api.post("/v1/transfers", transfer("500.00"), "big-1");

    assertThat(held.status()).isEqualTo(401);
    assertThat(held.code()).isEqualTo("step_up_required");
    assertThat(held.text("/challenge/id")).startsWith("chl_");
    assertThat(held.text("/challenge/method")).isEqualTo("totp");
    assertThat(held.text("/challenge/status")).isEqualTo("pending");
    assertThat(held.text("/challenge/operation")).isEqualTo("transfers.create");
    assertThat(held.text("/challenge/amount/amount")).isEqualTo("500.00");
    assertThat(held.text("/challenge/expiresAt"))
        .isEqualTo(mock.control().now().plus(Duration.ofMinutes(5)).toString());
    assertThat(balance(mock, alice)).isEqualTo(Money.of("1000.00", "EUR"));
  }

  @Test
  void repeatingTheHeldRequestReturnsTheSameChallenge(MockWalletServer mock) {
    setUp(mock);
    Reply first = api.post("/v1/transfers", transfer("600.00"), "big-2");

    Reply again = api.post("/v1/transfers", transfer("600.00"), "big-2");

    assertThat(again.status()).isEqualTo(401);
    assertThat(again.text("/challenge/id")).isEqualTo(first.text("/challenge/id"));
  }

  @Test
  void confirmingExecutesTheHeldTransferExactlyOnce(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00"), "big-3").text("/challenge/id");

    Reply confirmed = confirm(mock, challenge, code(mock));

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("/object")).isEqualTo("challenge_result");
    assertThat(confirmed.text("/challenge/status")).isEqualTo("confirmed");
    assertThat(confirmed.text("/result/object")).isEqualTo("transfer");
    assertThat(confirmed.text("/result/status")).isEqualTo("completed");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("400.00", "EUR"));
    assertThat(balance(mock, bob)).isEqualTo(Money.of("600.00", "EUR"));

    Reply replayed = api.post("/v1/transfers", transfer("600.00"), "big-3");
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.text("/id")).isEqualTo(confirmed.text("/result/id"));
    assertThat(replayed.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("400.00", "EUR"));
  }

  @Test
  void confirmedChallengeCannotBeConfirmedAgain(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    confirm(mock, challenge, code(mock));
    mock.control().advanceClock(Duration.ofSeconds(30));

    Reply again = confirm(mock, challenge, code(mock));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("challenge_expired");
    assertThat(again.text("/detail")).isEqualTo("challenge " + challenge + " is confirmed");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("400.00", "EUR"));
  }

  @Test
  void wrongPasswordIsRefusedAndNothingRuns(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    String wrong = code(mock).equals("000000") ? "111111" : "000000";

    Reply refused = confirm(mock, challenge, wrong);

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.code()).isEqualTo("otp_invalid");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("1000.00", "EUR"));
    assertThat(confirm(mock, challenge, code(mock)).status()).isEqualTo(200);
  }

  @Test
  void fiveWrongPasswordsSpendTheChallenge(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    String wrong = code(mock).equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(confirm(mock, challenge, wrong).code()).isEqualTo("otp_invalid");
    }

    Reply spent = confirm(mock, challenge, code(mock));

    assertThat(spent.status()).isEqualTo(409);
    assertThat(spent.code()).isEqualTo("challenge_expired");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("1000.00", "EUR"));
  }

  @Test
  void challengeExpiresAfterFiveMinutes(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    mock.control().advanceClock(Duration.ofMinutes(5));

    Reply late = confirm(mock, challenge, code(mock));

    assertThat(late.code()).isEqualTo("challenge_expired");
    assertThat(late.text("/detail")).isEqualTo("challenge " + challenge + " is expired");
  }

  @Test
  void aCodeIsNeverAcceptedTwice(MockWalletServer mock) {
    setUp(mock);
    String first = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    String second = api.post("/v1/transfers", transfer("550.00")).text("/challenge/id");
    String code = code(mock);
    confirm(mock, first, code);

    Reply reused = confirm(mock, second, code);

    assertThat(reused.code()).isEqualTo("otp_invalid");
  }

  @Test
  void heldTransferThatCanNoLongerRunSpendsTheChallenge(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00"), "big-4").text("/challenge/id");
    api.post("/v1/transfers", transfer("450.00"));

    Reply failed = confirm(mock, challenge, code(mock));

    assertThat(failed.status()).isEqualTo(422);
    assertThat(failed.code()).isEqualTo("insufficient_funds");
    assertThat(api.post("/v1/transfers", transfer("600.00"), "big-4").code())
        .isEqualTo("insufficient_funds");
    mock.control().advanceClock(Duration.ofSeconds(30));
    assertThat(confirm(mock, challenge, code(mock)).code()).isEqualTo("challenge_expired");
  }

  @Test
  void largePaymentIsHeldToo(MockWalletServer mock) {
    setUp(mock);
    String payment =
        "{\"walletId\":\""
            + alice
            + "\",\"merchantId\":\"mer_demo\",\"amount\":"
            + MockApi.money("700.00", "EUR")
            + "}";

    Reply held = api.post("/v1/payments", payment);
    Reply confirmed = confirm(mock, held.text("/challenge/id"), code(mock));

    assertThat(held.text("/challenge/operation")).isEqualTo("payments.create");
    assertThat(confirmed.text("/result/object")).isEqualTo("payment");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("300.00", "EUR"));
  }

  @Test
  void challengeOfAnotherPartnerIsNotFound(MockWalletServer mock) {
    setUp(mock);
    String challenge = api.post("/v1/transfers", transfer("600.00")).text("/challenge/id");
    MockApi other = api.as(mock.control().newPartner("other").apiKey());

    Reply reply =
        other.post("/v1/challenges/" + challenge + "/confirm", "{\"otp\":\"" + code(mock) + "\"}");

    assertThat(reply.status()).isEqualTo(404);
  }
}
