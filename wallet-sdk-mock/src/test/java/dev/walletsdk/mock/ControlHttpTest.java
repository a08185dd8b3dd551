/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.ApiKey;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP control plane under {@code /_mock/}, through the in-process transport, no API key. */
@ExtendWith(MockWalletExtension.class)
class ControlHttpTest {

  /** Sends a control request with no Authorization and no Wallet-Api-Version header. */
  private static Reply control(
      MockWalletServer mock, String method, String path, @Nullable String json) {
    TransportRequest.Builder request =
        TransportRequest.builder().method(method).uri(URI.create("http://localhost" + path));
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.body(json.getBytes(StandardCharsets.UTF_8));
    }
    return new MockApi(mock).send(request.build());
  }

  private static Reply ok(Reply reply) {
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    return reply;
  }

  private static String openWallet(MockWalletServer mock, String name) {
    return ok(control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"" + name + "\",\"currencies\":[\"EUR\"]}"))
        .text("/id");
  }

  private static Reply fund(MockWalletServer mock, String wallet, String amount) {
    return control(
        mock,
        "POST",
        "/_mock/wallets/" + wallet + "/fund",
        "{\"amount\":" + MockApi.money(amount, "EUR") + "}");
  }

  @Test
  void controlPlaneOpensABusinessWalletAndRefusesAnUnknownKind(MockWalletServer mock) {
    Reply business =
        control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"Acme\",\"currencies\":[\"EUR\"],\"kind\":\"business\"}");
    Reply refused =
        control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"Acme\",\"currencies\":[\"EUR\"],\"kind\":\"corporate\"}");

    assertThat(ok(business).text("/kind")).isEqualTo("business");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("/detail"))
        .isEqualTo("wallet.open kind must be personal or business, not corporate");
    assertThat(new MockApi(mock).get("/v1/wallets").body().get("data").size()).isEqualTo(1);
  }

  @Test
  void healthIsOk(MockWalletServer mock) {
    Reply health = control(mock, "GET", "/_mock/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().toString()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(health.headers().first("Request-Id")).isPresent();
  }

  @Test
  void createdPartnerGetsAnApiKeyThatAuthenticates(MockWalletServer mock) {
    Reply partner = control(mock, "POST", "/_mock/partners", "{\"name\":\"Acme\"}");
    String partnerId = partner.text("/partnerId");
    MockApi acme = new MockApi(mock).as(ApiKey.of(partner.text("/apiKey")));

    Reply empty = acme.get("/v1/wallets");
    Reply opened =
        control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"partnerId\":\""
                + partnerId
                + "\",\"displayName\":\"Zed\",\"currencies\":[\"EUR\"]}");

    assertThat(partner.status()).isEqualTo(200);
    assertThat(partnerId).matches("ptn_[A-Za-z0-9]{20}");
    assertThat(partner.text("/apiKey")).matches("sk_test_[A-Za-z0-9]{40}");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body().get("data").size()).isZero();
    assertThat(acme.get("/v1/wallets").text("/data/0/id")).isEqualTo(opened.text("/id"));
    assertThat(new MockApi(mock).get("/v1/wallets").body().get("data").size()).isZero();
  }

  @Test
  void openedWalletBelongsToTheDefaultPartnerAndCanBeFunded(MockWalletServer mock) {
    MockApi api = new MockApi(mock);

    Reply opened =
        control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\",\"USD\"]}");
    String alice = opened.text("/id");
    Reply funded = fund(mock, alice, "50.00");

    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.text("/object")).isEqualTo("wallet");
    assertThat(opened.text("/status")).isEqualTo("active");
    assertThat(opened.body().get("currencies").toString()).isEqualTo("[\"EUR\",\"USD\"]");
    assertThat(funded.status()).isEqualTo(200);
    assertThat(funded.text("/fundingId")).matches("fnd_[A-Za-z0-9]{20}");
    assertThat(api.get("/v1/wallets/" + alice).body()).isEqualTo(opened.body());
    assertThat(
            api.get("/v1/wallets/" + alice + "/balances?currency=EUR")
                .text("/balances/0/total/amount"))
        .isEqualTo("50.00");
  }

  @Test
  void walletStatusAndLimitsCanBeSet(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    String bob = openWallet(mock, "Bob");
    fund(mock, alice, "100.00");

    Reply limits =
        control(
            mock,
            "POST",
            "/_mock/wallets/" + alice + "/limits",
            "{\"currency\":\"EUR\",\"perTransaction\":\"50.00\"}");
    Reply overLimit = api.post("/v1/transfers", Bodies.transfer(alice, bob, "60.00", "EUR"));
    Reply frozen =
        control(mock, "POST", "/_mock/wallets/" + alice + "/status", "{\"status\":\"frozen\"}");
    Reply whileFrozen = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));

    assertThat(limits.status()).isEqualTo(200);
    assertThat(overLimit.code()).isEqualTo("limit_exceeded");
    assertThat(frozen.text("/status")).isEqualTo("frozen");
    assertThat(whileFrozen.code()).isEqualTo("wallet_not_active");
  }

  @Test
  void rewardsProgrammeIsSetOverHttp(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    mock.control()
        .fund(dev.walletsdk.model.WalletId.of(alice), dev.walletsdk.model.Money.of("50.00", "EUR"));

    Reply rule =
        control(
            mock,
            "POST",
            "/_mock/rewards/earn-rules",
            "{\"currency\":\"EUR\",\"pointsPerUnit\":3}");
    Reply rate =
        control(
            mock,
            "POST",
            "/_mock/rewards/redemption-rates",
            "{\"currency\":\"EUR\",\"points\":10,\"value\":{\"amount\":\"0.05\",\"currency\":\"EUR\"}}");
    api.post(
        "/v1/payments",
        "{\"walletId\":\""
            + alice
            + "\",\"merchantId\":\"mer_demo\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + "}");
    Reply redemption =
        api.post(
            "/v1/rewards/redemptions",
            "{\"walletId\":\"" + alice + "\",\"points\":30,\"currency\":\"EUR\"}");

    assertThat(rule.status()).isEqualTo(200);
    assertThat(rate.text("/redemptionRates/0/points")).isEqualTo("10");
    assertThat(redemption.text("/amount/amount")).isEqualTo("0.15");
  }

  @Test
  void fxRatesAndSettingsShapeTheNextQuote(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");

    Reply rate =
        control(
            mock,
            "POST",
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1.10\"}");
    Reply settings =
        control(
            mock,
            "POST",
            "/_mock/fx/settings",
            "{\"spreadBasisPoints\":0,\"feeBasisPoints\":100,\"quoteTtlSeconds\":30}");
    Reply quote = api.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD"));

    assertThat(rate.status()).isEqualTo(200);
    assertThat(rate.body().toString())
        .isEqualTo("{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1.10\"}");
    assertThat(settings.status()).isEqualTo(200);
    // principal = round(100.00 / 1.01) = 99.01; fee 0.99; buy = round(99.01 × 1.10) = 108.91
    assertThat(quote.text("/buyAmount/amount")).isEqualTo("108.91");
    assertThat(quote.text("/fee/amount")).isEqualTo("0.99");
    assertThat(quote.text("/expiresAt")).isEqualTo(mock.control().now().plusSeconds(30).toString());
  }

  @Test
  void clockCanBeReadAdvancedAndSet(MockWalletServer mock) {
    Instant start = mock.control().now();

    Reply read = control(mock, "GET", "/_mock/clock", null);
    Reply bySeconds = control(mock, "POST", "/_mock/clock/advance", "{\"seconds\":90}");
    Reply byMillis = control(mock, "POST", "/_mock/clock/advance", "{\"millis\":500}");
    Instant later = start.plus(Duration.ofHours(2));
    Reply set = control(mock, "POST", "/_mock/clock", "{\"at\":\"" + later + "\"}");

    assertThat(read.text("/now")).isEqualTo(start.toString());
    assertThat(bySeconds.text("/now")).isEqualTo(start.plusSeconds(90).toString());
    assertThat(byMillis.text("/now")).isEqualTo(start.plusMillis(90_500).toString());
    assertThat(set.text("/now")).isEqualTo(later.toString());
    assertThat(mock.control().now()).isEqualTo(later);
  }

  @Test
  void clockCannotGoBack(MockWalletServer mock) {
    Instant now = mock.control().now();
    Instant earlier = now.minusSeconds(1);

    Reply set = control(mock, "POST", "/_mock/clock", "{\"at\":\"" + earlier + "\"}");

    assertThat(set.status()).isEqualTo(400);
    assertThat(set.code()).isEqualTo("invalid_control_request");
    assertThat(set.text("/detail"))
        .isEqualTo("the clock cannot go back from " + now + " to " + earlier);
    assertThat(mock.control().now()).isEqualTo(now);
  }

  @Test
  void stepUpThresholdHoldsLargeTransfers(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    String bob = openWallet(mock, "Bob");
    fund(mock, alice, "500.00");

    Reply stepUp =
        control(
            mock,
            "POST",
            "/_mock/wallets/" + alice + "/step-up",
            "{\"currency\":\"EUR\",\"threshold\":\"100.00\"}");
    Reply small = api.post("/v1/transfers", Bodies.transfer(alice, bob, "99.99", "EUR"));
    Reply large = api.post("/v1/transfers", Bodies.transfer(alice, bob, "100.00", "EUR"));

    assertThat(stepUp.status()).isEqualTo(200);
    assertThat(small.status()).isEqualTo(201);
    assertThat(large.status()).isEqualTo(401);
    assertThat(large.code()).isEqualTo("step_up_required");
    assertThat(large.text("/challenge/amount/amount")).isEqualTo("100.00");
  }

  @Test
  void enrolledTotpSecretGivesTheCurrentCode(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    String bob = openWallet(mock, "Bob");
    fund(mock, alice, "500.00");
    control(
        mock,
        "POST",
        "/_mock/wallets/" + alice + "/step-up",
        "{\"currency\":\"EUR\",\"threshold\":\"100.00\"}");

    Reply enrolled = control(mock, "POST", "/_mock/wallets/" + alice + "/totp", null);
    Reply code = control(mock, "GET", "/_mock/wallets/" + alice + "/totp", null);
    String challenge =
        api.post("/v1/transfers", Bodies.transfer(alice, bob, "200.00", "EUR"))
            .text("/challenge/id");
    Reply confirmed =
        api.post(
            "/v1/challenges/" + challenge + "/confirm", "{\"otp\":\"" + code.text("/code") + "\"}");

    TotpSecret secret = TotpSecret.fromBase32(enrolled.text("/secret"));
    assertThat(enrolled.status()).isEqualTo(200);
    assertThat(enrolled.text("/walletId")).isEqualTo(alice);
    assertThat(code.status()).isEqualTo(200);
    assertThat(code.text("/code"))
        .matches("[0-9]{6}")
        .isEqualTo(Totp.defaults().generate(secret, mock.control().now()))
        .isEqualTo(mock.control().currentTotp(WalletId.of(alice)));
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("/result/status")).isEqualTo("completed");
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("300.00", "EUR"));
  }

  @Test
  void payoutsCanBeSettledAndFailed(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    fund(mock, alice, "100.00");
    String settled = api.post("/v1/transfers", Bodies.payout(alice, "30.00", "EUR")).text("/id");
    String failed = api.post("/v1/transfers", Bodies.payout(alice, "20.00", "EUR")).text("/id");

    Reply settle = control(mock, "POST", "/_mock/payouts/" + settled + "/settle", null);
    Reply fail = control(mock, "POST", "/_mock/payouts/" + failed + "/fail", null);
    Reply again = control(mock, "POST", "/_mock/payouts/" + settled + "/settle", null);

    assertThat(settle.status()).isEqualTo(200);
    assertThat(settle.text("/object")).isEqualTo("transfer");
    assertThat(settle.text("/status")).isEqualTo("completed");
    assertThat(fail.text("/status")).isEqualTo("failed");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.code()).isEqualTo("invalid_control_request");
    assertThat(again.text("/detail"))
        .isEqualTo("transfer " + settled + " is completed, not a pending payout");
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("70.00", "EUR"));
  }

  @Test
  void rateLimitCanBeSet(MockWalletServer mock) {
    MockApi api = new MockApi(mock);

    Reply set = control(mock, "POST", "/_mock/rate-limit", "{\"perSecond\":1}");
    Reply first = api.get("/v1/wallets");
    Reply second = api.get("/v1/wallets");

    assertThat(set.status()).isEqualTo(200);
    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(429);
    assertThat(second.headers().first("Retry-After")).contains("1");
  }

  @Test
  void merchantsCanBeRegistered(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    fund(mock, alice, "10.00");

    Reply merchant = control(mock, "POST", "/_mock/merchants", "{\"name\":\"Bakery\"}");
    Reply payment =
        api.post(
            "/v1/payments", Bodies.payment(alice, merchant.text("/merchantId"), "2.50", "EUR"));

    assertThat(merchant.status()).isEqualTo(200);
    assertThat(merchant.text("/merchantId")).matches("mer_[A-Za-z0-9]{20}");
    assertThat(merchant.text("/name")).isEqualTo("Bakery");
    assertThat(payment.status()).isEqualTo(201);
  }

  @Test
  void faultsCanBeAddedListedAndDeleted(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = openWallet(mock, "Alice");
    String bob = openWallet(mock, "Bob");
    fund(mock, alice, "100.00");

    Reply added =
        control(
            mock,
            "POST",
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"status\":503,\"method\":\"POST\",\"path\":\"/v1/transfers\","
                + "\"times\":2}");
    Reply listed = control(mock, "GET", "/_mock/faults", null);
    Reply faulted = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));
    Reply read = api.get("/v1/wallets");
    Reply deleted = control(mock, "DELETE", "/_mock/faults", null);
    Reply empty = control(mock, "GET", "/_mock/faults", null);
    Reply sent = api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.text("/fault"))
        .isEqualTo("Fault{SERVER_ERROR on POST /v1/transfers, 2 times}");
    assertThat(listed.body().get("faults").toString())
        .isEqualTo("[\"Fault{SERVER_ERROR on POST /v1/transfers, 2 times}\"]");
    assertThat(faulted.status()).isEqualTo(503);
    assertThat(read.status()).isEqualTo(200);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().get("faults").asInt()).isZero();
    assertThat(empty.body().get("faults").size()).isZero();
    assertThat(sent.status()).isEqualTo(201);
  }

  @Test
  void everyFaultKindCanBeAdded(MockWalletServer mock) {
    String[] bodies = {
      "{\"kind\":\"reset_before_processing\"}",
      "{\"kind\":\"drop_response_after_commit\",\"method\":\"POST\"}",
      "{\"kind\":\"delay\",\"delayMillis\":3000}",
      "{\"kind\":\"rate_limited\",\"retryAfterSeconds\":2,\"probability\":0.5}",
      "{\"kind\":\"truncated_body\",\"path\":\"/v1/payments/*\"}"
    };

    for (String body : bodies) {
      ok(control(mock, "POST", "/_mock/faults", body));
    }

    assertThat(mock.control().faults())
        .extracting(Fault::kind)
        .containsExactly(
            Fault.Kind.RESET_BEFORE_PROCESSING,
            Fault.Kind.DROP_RESPONSE_AFTER_COMMIT,
            Fault.Kind.DELAY,
            Fault.Kind.RATE_LIMITED,
            Fault.Kind.TRUNCATED_BODY);
    assertThat(mock.control().faults().get(1).pathPattern()).isEqualTo("/v1/*");
    assertThat(mock.control().faults().get(2).delay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(mock.control().faults().get(3).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(mock.control().faults().get(3).probability()).isEqualTo(0.5);
    assertThat(mock.control().faults().get(4).method()).isNull();
    mock.control().clearFaults();
  }

  @Test
  void snapshotIsAPositionInTheHistory(MockWalletServer mock) {
    Reply first = control(mock, "POST", "/_mock/snapshots", null);
    openWallet(mock, "Alice");
    Reply second = control(mock, "POST", "/_mock/snapshots", null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.body().get("snapshot").asInt())
        .isEqualTo(first.body().get("snapshot").asInt() + 1)
        .isEqualTo(mock.control().snapshot().position());
  }

  @Test
  void restoringASnapshotUndoesLaterChanges() {
    MockWalletServer mock = MockWalletServer.inProcess();
    MockApi api = new MockApi(mock);
    int snapshot = control(mock, "POST", "/_mock/snapshots", null).body().get("snapshot").asInt();
    api.openWallet("Alice", "EUR");

    Reply restored =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> control(mock, "POST", "/_mock/snapshots/" + snapshot + "/restore", null));

    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.body().get("restored").asInt()).isEqualTo(snapshot);
    assertThat(api.get("/v1/wallets").body().get("data").size()).isZero();
    mock.close();
  }

  @Test
  void resetReturnsToTheStateRightAfterStart() {
    MockWalletServer mock = MockWalletServer.inProcess();
    MockApi api = new MockApi(mock);
    api.openWallet("Alice", "EUR");

    Reply reset =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> control(mock, "POST", "/_mock/reset", null));

    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.body().get("reset").asBoolean()).isTrue();
    assertThat(api.get("/v1/wallets").body().get("data").size()).isZero();
    mock.close();
  }

  @Test
  void javaRestoreUndoesChangesMadeOverHttp(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockSnapshot snapshot = mock.control().snapshot();
    String alice = openWallet(mock, "Alice");
    fund(mock, alice, "10.00");

    mock.control().restore(snapshot);

    assertThat(api.get("/v1/wallets").body().get("data").size()).isZero();
    assertThat(api.get("/v1/wallets/" + alice).status()).isEqualTo(404);
  }

  @Test
  void journalListsHashChainedEntries(MockWalletServer mock) {
    String alice = openWallet(mock, "Alice");
    String bob = openWallet(mock, "Bob");
    fund(mock, alice, "100.00");
    new MockApi(mock).post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));

    Reply journal = control(mock, "GET", "/_mock/journal", null);

    JsonNode entries = journal.body().get("entries");
    assertThat(journal.status()).isEqualTo(200);
    assertThat(entries.size()).isEqualTo(mock.ledger().journalSize()).isEqualTo(2);
    assertThat(entries.get(0).path("type").asText()).isEqualTo("funding");
    assertThat(entries.get(0).at("/legs/0/amount").asLong()).isEqualTo(10000);
    assertThat(entries.get(1).path("type").asText()).isEqualTo("transfer");
    assertThat(entries.get(1).at("/legs/0/debit").asText()).isEqualTo("wallet:" + alice + ":EUR");
    assertThat(entries.get(1).at("/legs/0/credit").asText()).isEqualTo("wallet:" + bob + ":EUR");
    for (JsonNode entry : entries) {
      assertThat(entry.path("hash").asText()).isNotEmpty();
    }
    assertThat(entries.get(1).path("previousHash").asText())
        .isEqualTo(entries.get(0).path("hash").asText());
    assertThat(entries.get(1).path("sequence").asLong())
        .isEqualTo(entries.get(0).path("sequence").asLong() + 1);
  }

  @Test
  void auditOfAHealthyLedgerIsClean(MockWalletServer mock) {
    String alice = openWallet(mock, "Alice");
    fund(mock, alice, "100.00");

    Reply audit = control(mock, "GET", "/_mock/audit", null);

    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body().toString()).isEqualTo("{\"clean\":true,\"violations\":[]}");
  }

  static Stream<Arguments> invalidRequests() {
    String money = "{\"amount\":" + MockApi.money("1.00", "EUR") + "}";
    return Stream.of(
        Arguments.of(
            "POST",
            "/_mock/wallets/{W}/fund",
            "{\"amount\":" + MockApi.money("-1.00", "EUR") + "}",
            "wallet.fund needs amount greater than zero"),
        Arguments.of(
            "POST",
            "/_mock/wallets/{W}/fund",
            "{}",
            "wallet.fund needs amount as {\"amount\", \"currency\"}"),
        Arguments.of(
            "POST", "/_mock/wallets/wal_nope/fund", money, "wallet wal_nope does not exist"),
        Arguments.of(
            "POST",
            "/_mock/wallets/{W}/status",
            "{\"status\":\"sleeping\"}",
            "status must be active, frozen or closed, not sleeping"),
        Arguments.of(
            "POST",
            "/_mock/wallets/{W}/limits",
            "{\"currency\":\"EUR\",\"perTransaction\":\"-1.00\"}",
            "wallet.limits needs perTransaction of zero or more"),
        Arguments.of(
            "POST",
            "/_mock/wallets/{W}/step-up",
            "{\"threshold\":\"100.00\"}",
            "wallet.stepUp needs currency as a non-empty string"),
        Arguments.of("GET", "/_mock/wallets/{W}/totp", null, "wallet {W} has no TOTP secret"),
        Arguments.of(
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[]}",
            "wallet.open needs at least one currency"),
        Arguments.of(
            "POST",
            "/_mock/wallets",
            "{\"partnerId\":\"ptn_nope\",\"displayName\":\"Carol\",\"currencies\":[\"EUR\"]}",
            "partner ptn_nope does not exist"),
        Arguments.of("POST", "/_mock/partners", "{}", "name is required as a string"),
        Arguments.of(
            "POST",
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"EUR\",\"rate\":\"1\"}",
            "a rate needs two different currencies, not EUR twice"),
        Arguments.of(
            "POST",
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"0\"}",
            "fx.rate rate must be greater than zero"),
        Arguments.of(
            "POST",
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"cheap\"}",
            "fx.rate needs rate as a plain decimal string with at most 10 integer digits and 12 decimals"),
        Arguments.of(
            "POST",
            "/_mock/rewards/earn-rules",
            "{\"currency\":\"EUR\",\"pointsPerUnit\":1000001}",
            "rewards.earnRule needs pointsPerUnit from 0 to 1000000"),
        Arguments.of(
            "POST",
            "/_mock/rewards/redemption-rates",
            "{\"currency\":\"EUR\",\"points\":100,\"value\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}",
            "rewards.redemptionRate value 1.00 USD is not in EUR"),
        Arguments.of(
            "POST",
            "/_mock/fx/settings",
            "{\"feeBasisPoints\":10001}",
            "fx.settings needs feeBasisPoints between 0 and 10000"),
        Arguments.of(
            "POST",
            "/_mock/fx/settings",
            "{\"quoteTtlSeconds\":0}",
            "fx.settings needs quoteTtlSeconds as a whole number from 1 to 86400"),
        Arguments.of(
            "POST",
            "/_mock/clock/advance",
            "{}",
            "clock.advance needs millis as a whole number of zero or more"),
        Arguments.of(
            "POST",
            "/_mock/clock",
            "{\"at\":\"tomorrow\"}",
            "clock.set needs at as an RFC 3339 timestamp"),
        Arguments.of(
            "POST",
            "/_mock/rate-limit",
            "{\"perSecond\":-1}",
            "rateLimit.set needs perSecond as a whole number of zero or more"),
        Arguments.of(
            "POST",
            "/_mock/rate-limit",
            "{\"perSecond\":1000001}",
            "perSecond must be at most 1000000"),
        Arguments.of(
            "POST",
            "/_mock/faults",
            "{\"kind\":\"explode\"}",
            "kind must be reset_before_processing, drop_response_after_commit, delay,"
                + " server_error, rate_limited or truncated_body, not \"explode\""),
        Arguments.of(
            "POST",
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"status\":404}",
            "status 404 is not a 5xx status"),
        Arguments.of(
            "POST",
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"times\":0}",
            "times must be from 1 to 1000000 but was 0"),
        Arguments.of(
            "POST", "/_mock/payouts/trf_nope/settle", null, "transfer trf_nope does not exist"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("invalidRequests")
  void invalidArgumentsAreRefusedWithAPreciseDetail(
      String method, String path, @Nullable String body, String detail, MockWalletServer mock) {
    String wallet = mock.control().openWallet("Alice", CurrencyCode.EUR).value();
    MockSnapshot before = mock.control().snapshot();
    int journal = mock.ledger().journalSize();

    Reply reply = control(mock, method, path.replace("{W}", wallet), body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_control_request");
    assertThat(reply.headers().first("Content-Type")).contains("application/problem+json");
    assertThat(reply.text("/detail")).isEqualTo(detail.replace("{W}", wallet));
    assertThat(mock.control().snapshot()).isEqualTo(before);
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().faults()).isEmpty();
  }

  @Test
  void walletWithADuplicateCurrencyIsRefused(MockWalletServer mock) {
    MockSnapshot before = mock.control().snapshot();

    Reply reply =
        control(
            mock,
            "POST",
            "/_mock/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\",\"EUR\"]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_control_request");
    assertThat(mock.control().snapshot()).isEqualTo(before);
  }

  @Test
  void malformedControlBodyIsRefused(MockWalletServer mock) {
    Reply reply = control(mock, "POST", "/_mock/partners", "{\"name\":");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("malformed_request");
  }

  @Test
  void unknownControlRouteIsNotFound(MockWalletServer mock) {
    Reply reply = control(mock, "GET", "/_mock/nope", null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("route_not_found");
    assertThat(reply.text("/detail")).isEqualTo("no control route GET /_mock/nope");
  }

  @Test
  void wrongMethodOnAControlRouteIsRefused(MockWalletServer mock) {
    String wallet = mock.control().openWallet("Alice", CurrencyCode.EUR).value();

    Reply fund = control(mock, "GET", "/_mock/wallets/" + wallet + "/fund", null);
    Reply health = control(mock, "POST", "/_mock/health", "{}");

    assertThat(fund.status()).isEqualTo(405);
    assertThat(fund.code()).isEqualTo("method_not_allowed");
    assertThat(fund.text("/detail")).isEqualTo("GET is not allowed here");
    assertThat(health.status()).isEqualTo(404);
    assertThat(health.text("/detail")).isEqualTo("no control route POST /_mock/health");
  }

  @Test
  void controlChangesAreVisibleToTheJavaControlPlane(MockWalletServer mock) {
    String alice = openWallet(mock, "Alice");
    fund(mock, alice, "12.34");
    control(mock, "POST", "/_mock/fx/rates", "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"2\"}");
    control(mock, "POST", "/_mock/fx/settings", "{\"spreadBasisPoints\":0,\"feeBasisPoints\":0}");

    Reply quote =
        new MockApi(mock).post("/v1/quotes", Bodies.sellQuote(alice, "1.00", "EUR", "USD"));

    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("12.34", "EUR"));
    assertThat(quote.text("/rate")).isEqualTo(new BigDecimal("2").toPlainString());
    assertThat(quote.text("/buyAmount/amount")).isEqualTo("2.00");
  }
}
