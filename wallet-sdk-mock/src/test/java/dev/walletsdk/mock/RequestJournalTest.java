/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The request journal: what it keeps of each Wallet API request, its bounds, and its JSON. */
class RequestJournalTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  private static final String TOKEN = "journal-control-token-0123456789";

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final MockApi api = new MockApi(mock);

  private Reply control(MockWalletServer server, String method, String path, String token) {
    TransportRequest.Builder request =
        TransportRequest.builder().method(method).uri(URI.create("http://localhost" + path));
    if (token != null) {
      request.header("Mock-Control-Token", token);
    }
    return new MockApi(server).send(request.build());
  }

  @Test
  void requestIsRecordedWithItsMethodPathQueryBodyStatusAndVirtualTime() {
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().advanceClock(Duration.ofMinutes(5));

    api.get("/v1/wallets/" + wallet + "/transactions?limit=2");

    List<RecordedRequest> requests = mock.requests().list();
    assertThat(requests).hasSize(2);
    RecordedRequest open = requests.get(0);
    assertThat(open.sequence()).isEqualTo(1);
    assertThat(open.method()).isEqualTo("POST");
    assertThat(open.path()).isEqualTo("/v1/wallets");
    assertThat(open.query()).isEmpty();
    assertThat(open.bodyText()).isEqualTo("{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}");
    assertThat(open.bodyLength()).isEqualTo(open.body().length);
    assertThat(open.status()).isEqualTo(OptionalInt.of(201));
    assertThat(open.fault()).isEmpty();
    assertThat(open.receivedAt()).isEqualTo(START);
    RecordedRequest list = requests.get(1);
    assertThat(list.toString())
        .isEqualTo("GET /v1/wallets/" + wallet + "/transactions?limit=2 -> 200");
    assertThat(list.query()).contains("limit=2");
    assertThat(list.receivedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void secretHeadersAreRedactedAndTheIdempotencyKeyIsKept() {
    api.send(
        api.request("POST", "/v1/wallets", "{\"currencies\":[\"EUR\"]}")
            .header("Idempotency-Key", "idem-1")
            .header("Signature", "sig1=:abc:")
            .header("Signature-Input", "sig1=(\"@method\")")
            .header("X-Partner-Token", "tok")
            .header("X-Client-Secret", "shh")
            .header("Api-Key", "k")
            .header("Mock-Control-Token", "ct")
            .header("User-Agent", "wallet-sdk-test")
            .build());

    RecordedRequest request = mock.requests().list().get(0);
    assertThat(request.headers().toMap())
        .containsEntry("authorization", List.of("<redacted>"))
        .containsEntry("signature", List.of("<redacted>"))
        .containsEntry("signature-input", List.of("<redacted>"))
        .containsEntry("x-partner-token", List.of("<redacted>"))
        .containsEntry("x-client-secret", List.of("<redacted>"))
        .containsEntry("api-key", List.of("<redacted>"))
        .containsEntry("mock-control-token", List.of("<redacted>"))
        .containsEntry("idempotency-key", List.of("idem-1"))
        .containsEntry("user-agent", List.of("wallet-sdk-test"))
        .containsEntry("wallet-api-version", List.of("2026-11-01"));
    assertThat(request.headers().toString()).doesNotContain(mock.apiKey().reveal());
  }

  @Test
  void encryptedFieldsStayAsTheCiphertextReceived() {
    Identities identities = new Identities(api);
    String body =
        Identities.with(
            "{\"displayName\":\"Zed\",\"currencies\":[\"EUR\"]}",
            identities.basic("Zelda Quixotic", "1977-03-04"));

    api.post("/v1/wallets", body);

    List<RecordedRequest> requests = mock.requests().list();
    String kept = requests.get(requests.size() - 1).bodyText();
    assertThat(kept).isEqualTo(body).contains("\"enc\":").doesNotContain("Zelda Quixotic");
  }

  @Test
  void faultThatDropsTheConnectionIsRecordedWithoutAStatus() {
    mock.control().injectFault(Fault.resetBeforeProcessing().on("GET", "/v1/wallets").times(1));

    assertThatThrownBy(() -> api.get("/v1/wallets")).isInstanceOf(RuntimeException.class);

    RecordedRequest request = mock.requests().list().get(0);
    assertThat(request.status()).isEmpty();
    assertThat(request.fault()).contains(Fault.Kind.RESET_BEFORE_PROCESSING);
    assertThat(request.toString())
        .isEqualTo("GET /v1/wallets -> no answer (fault RESET_BEFORE_PROCESSING)");
  }

  @Test
  void controlPlaneRequestsAreNotRecorded() {
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("5.00", "EUR"));
    control(mock, "GET", "/_mock/health", null);

    assertThat(mock.requests().list())
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/wallets");
  }

  @Test
  void oldestRequestsAreDroppedPastTheCountAndCounted() {
    MockWalletServer small = MockWalletServer.builder().requestJournal(3, 1_000).build();
    MockApi smallApi = new MockApi(small);
    for (int i = 1; i <= 5; i++) {
      smallApi.get("/v1/wallets?limit=" + i);
    }

    assertThat(small.requests().list())
        .extracting(r -> r.query().orElseThrow())
        .containsExactly("limit=3", "limit=4", "limit=5");
    assertThat(small.requests().dropped()).isEqualTo(2);
  }

  @Test
  void oldestRequestsAreDroppedPastTheBodyBytesAndALongBodyIsCut() {
    MockWalletServer small = MockWalletServer.builder().requestJournal(100, 60).build();
    MockApi smallApi = new MockApi(small);
    String body = "{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}";
    smallApi.post("/v1/wallets", body);
    smallApi.post("/v1/wallets", body);
    String longBody = "{\"displayName\":\"" + "x".repeat(100) + "\",\"currencies\":[\"EUR\"]}";
    smallApi.post("/v1/wallets", longBody);

    List<RecordedRequest> kept = small.requests().list();
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).bodyText()).isEqualTo(longBody.substring(0, 60));
    assertThat(kept.get(0).bodyLength()).isEqualTo(longBody.length());
    assertThat(small.requests().dropped()).isEqualTo(2);
  }

  @Test
  void badBoundsAreRefused() {
    assertThatThrownBy(() -> MockWalletServer.builder().requestJournal(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRequests must be at least 1, not 0");
    assertThatThrownBy(() -> MockWalletServer.builder().requestJournal(10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBodyBytes must be 0 or more, not -1");
  }

  @Test
  void clearForgetsTheRequestsAndNumberingGoesOn() {
    api.get("/v1/wallets");
    api.get("/v1/wallets");

    assertThat(mock.requests().clear()).isEqualTo(2);
    api.get("/v1/events");

    assertThat(mock.requests().list()).extracting(RecordedRequest::sequence).containsExactly(3L);
  }

  @Test
  void controlPlaneListsTheRequestsAsJson() {
    api.post("/v1/wallets", "{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}", "idem-7");

    JsonNode json = control(mock, "GET", "/_mock/requests", null).body();

    assertThat(json.get("dropped").asLong()).isZero();
    assertThat(json.get("maxRequests").asInt()).isEqualTo(1_000);
    assertThat(json.get("maxBodyBytes").asInt()).isEqualTo(4 * 1024 * 1024);
    JsonNode request = json.get("requests").get(0);
    assertThat(request.get("sequence").asLong()).isEqualTo(1);
    assertThat(request.get("receivedAt").asText()).isEqualTo(START.toString());
    assertThat(request.get("method").asText()).isEqualTo("POST");
    assertThat(request.get("path").asText()).isEqualTo("/v1/wallets");
    assertThat(request.has("query")).isFalse();
    assertThat(request.get("body").asText())
        .isEqualTo("{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}");
    assertThat(request.get("bodyLength").asInt()).isEqualTo(40);
    assertThat(request.get("bodyTruncated").asBoolean()).isFalse();
    assertThat(request.get("bodyErased").asBoolean()).isFalse();
    assertThat(request.get("status").asInt()).isEqualTo(201);
    assertThat(request.get("fault").isNull()).isTrue();
    assertThat(request.get("headers").toString())
        .contains("{\"name\":\"Authorization\",\"value\":\"<redacted>\"}")
        .contains("{\"name\":\"Idempotency-Key\",\"value\":\"idem-7\"}")
        .doesNotContain(mock.apiKey().reveal());
  }

  @Test
  void controlPlaneClearsTheRequests() {
    api.get("/v1/wallets");

    Reply cleared = control(mock, "DELETE", "/_mock/requests", null);

    assertThat(cleared.body().toString()).isEqualTo("{\"cleared\":1}");
    assertThat(mock.requests().list()).isEmpty();
  }

  @Test
  void controlPlaneListNeedsTheControlTokenWhenOneIsSet() {
    MockWalletServer guarded = MockWalletServer.builder().controlToken(TOKEN).build();
    new MockApi(guarded).get("/v1/wallets");

    Reply refused = control(guarded, "GET", "/_mock/requests", null);
    Reply served = control(guarded, "GET", "/_mock/requests", TOKEN);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("control_token_required");
    assertThat(served.body().get("requests")).hasSize(1);
    assertThat(served.body().toString()).doesNotContain(TOKEN);
  }
}
