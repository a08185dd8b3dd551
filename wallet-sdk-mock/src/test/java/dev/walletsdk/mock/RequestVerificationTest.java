/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static dev.walletsdk.mock.RequestCount.atLeast;
import static dev.walletsdk.mock.RequestCount.atMost;
import static dev.walletsdk.mock.RequestCount.exactly;
import static dev.walletsdk.mock.RequestCount.never;
import static dev.walletsdk.mock.RequestPattern.anyRequestedFor;
import static dev.walletsdk.mock.RequestPattern.getRequestedFor;
import static dev.walletsdk.mock.RequestPattern.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** WireMock-style verification of the requests a mock received, and its near-miss messages. */
@ExtendWith(MockWalletExtension.class)
class RequestVerificationTest {
  private static String[] twoFundedWallets(MockWalletServer mock, MockApi api) {
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    return new String[] {alice, bob};
  }

  @Test
  void countsOfMatchingRequestsAreVerified(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String[] wallets = twoFundedWallets(mock, api);
    api.post("/v1/transfers", Bodies.transfer(wallets[0], wallets[1], "1.00", "EUR"));
    api.post("/v1/transfers", Bodies.transfer(wallets[0], wallets[1], "2.00", "EUR"));

    assertThatCode(
            () -> {
              mock.verify(exactly(2), postRequestedFor("/v1/transfers"));
              mock.verify(atLeast(1), postRequestedFor("/v1/transfers"));
              mock.verify(atMost(2), postRequestedFor("/v1/transfers"));
              mock.verify(never(), getRequestedFor("/v1/transfers"));
              mock.verify(exactly(4), anyRequestedFor(Pattern.compile("/v1/(wallets|transfers)")));
            })
        .doesNotThrowAnyException();
  }

  @Test
  void headerAndBodyNarrowTheMatch(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String[] wallets = twoFundedWallets(mock, api);
    api.post("/v1/transfers", Bodies.transfer(wallets[0], wallets[1], "1.50", "EUR"), "key-a");

    mock.verify(
        exactly(1),
        postRequestedFor("/v1/transfers")
            .withHeader("idempotency-key", "key-a")
            .withBodyContaining("\"1.50\""));
    mock.verify(never(), postRequestedFor("/v1/transfers").withHeader("Idempotency-Key", "key-b"));
    mock.verify(never(), postRequestedFor("/v1/transfers").withBodyContaining("\"9.99\""));
  }

  @Test
  void failedVerificationListsTheMatchesAndTheClosestOtherRequests(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    api.get("/v1/wallets");
    api.post("/v1/transfer", "{}", "k1");
    api.get("/v1/transfers");
    api.get("/v1/events");

    assertThatThrownBy(() -> mock.verify(exactly(2), postRequestedFor("/v1/transfers")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected exactly 2 requests matching POST /v1/transfers, received 0\n"
                + "closest requests that did not match:\n"
                + "  #2 POST /v1/transfer -> 404 [path /v1/transfer]\n"
                + "  #3 GET /v1/transfers -> 405 [method GET]\n"
                + "  #1 GET /v1/wallets -> 200 [method GET, path /v1/wallets]");
  }

  @Test
  void failedVerificationOfTooManyListsTheMatches(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    api.get("/v1/wallets");
    api.get("/v1/wallets");

    assertThatThrownBy(() -> mock.verify(never(), getRequestedFor("/v1/wallets")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "expected no requests matching GET /v1/wallets, received 2\n"
                + "  #1 GET /v1/wallets -> 200\n"
                + "  #2 GET /v1/wallets -> 200");
  }

  @Test
  void failedVerificationOnAHeaderSaysWhatTheHeaderWas(MockWalletServer mock) {
    new MockApi(mock)
        .post("/v1/wallets", "{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}", "key-x");

    assertThatThrownBy(
            () ->
                mock.verify(
                    exactly(1), postRequestedFor("/v1/wallets").withHeader("Idempotency-Key", "k")))
        .hasMessage(
            "expected exactly 1 requests matching POST /v1/wallets with header Idempotency-Key: k,"
                + " received 0\n"
                + "closest requests that did not match:\n"
                + "  #1 POST /v1/wallets -> 201 [header Idempotency-Key: [key-x]]");
  }

  @Test
  void failedVerificationOnAnEmptyJournalSaysSo(MockWalletServer mock) {
    assertThatThrownBy(() -> mock.verify(atLeast(1), getRequestedFor("/v1/wallets")))
        .hasMessage(
            "expected at least 1 requests matching GET /v1/wallets, received 0;"
                + " the mock recorded no requests");
  }

  @Test
  void failedVerificationMentionsDroppedRequests() {
    MockWalletServer small = MockWalletServer.builder().requestJournal(1, 100).build();
    new MockApi(small).get("/v1/wallets");
    new MockApi(small).get("/v1/events");

    assertThatThrownBy(() -> small.verify(exactly(1), getRequestedFor("/v1/wallets")))
        .hasMessageStartingWith(
            "expected exactly 1 requests matching GET /v1/wallets, received 0"
                + " (1 older requests were dropped from the journal)");
  }

  @Test
  void extensionInjectsTheRequestJournalOfTheSameMock(
      MockWalletServer mock, MockRequests requests) {
    new MockApi(mock).get("/v1/wallets");

    requests.verify(exactly(1), getRequestedFor("/v1/wallets"));
    assertThat(requests.list()).extracting(RecordedRequest::path).containsExactly("/v1/wallets");
  }

  @Test
  void negativeCountIsRefused() {
    assertThatThrownBy(() -> exactly(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a request count must be 0 or more, not -1");
  }

  @Test
  void patternDescribesItself() {
    assertThat(
            RequestPattern.requestedFor("post", Pattern.compile("/v1/transfers/.*"))
                .withBodyContaining("EUR")
                .toString())
        .isEqualTo("POST matching /v1/transfers/.* with body containing \"EUR\"");
  }
}
