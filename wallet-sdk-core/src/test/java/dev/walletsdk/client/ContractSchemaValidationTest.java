/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract validator of the coverage tests ({@link OperationCoverageTest}, {@link
 * EventFeedCoverageTest}) catches what it is there to catch, so their checks cannot pass silently.
 */
class ContractSchemaValidationTest {
  private static final ContractSchemas CONTRACT = ContractSchemas.shared();

  private static final String WALLET =
      "{\"object\":\"wallet\",\"id\":\"wal_1\",\"displayName\":\"Alice\",\"status\":\"active\","
          + "\"kind\":\"personal\",\"currencies\":[\"EUR\"],\"createdAt\":\"2026-11-23T10:15:30.123Z\","
          + "\"kyc\":{\"level\":\"unverified\"}}";

  private static TransportRequest get(String path) {
    return TransportRequest.builder()
        .method("GET")
        .uri(URI.create("http://localhost" + path))
        .header("Authorization", "Bearer sk_test_1")
        .header("Wallet-Api-Version", "2026-11-01")
        .build();
  }

  private static TransportResponse json(int status, String type, String body) {
    return TransportResponse.of(
        status,
        Headers.of("Content-Type", type, "Request-Id", "req_1"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aConformingExchangeHasNoViolation() {
    assertThat(CONTRACT.validate(get("/v1/wallets/wal_1"), json(200, "application/json", WALLET)))
        .isEmpty();
  }

  @Test
  void aResponseWithoutARequiredMemberIsReportedWithOperationStatusAndPointer() {
    String withoutStatus = WALLET.replace("\"status\":\"active\",", "");

    assertThat(
            CONTRACT.validate(
                get("/v1/wallets/wal_1"), json(200, "application/json", withoutStatus)))
        .containsExactly("getWallet 200 response /: required property 'status' not found");
  }

  @Test
  void aMemberOfTheWrongTypeIsReportedAtItsPointer() {
    String numberAmount =
        "{\"object\":\"balances\",\"walletId\":\"wal_1\",\"balances\":[{\"currency\":\"EUR\","
            + "\"available\":{\"amount\":12.5,\"currency\":\"EUR\"},"
            + "\"pending\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},"
            + "\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}]}";

    assertThat(
            CONTRACT.validate(
                get("/v1/wallets/wal_1/balances"), json(200, "application/json", numberAmount)))
        .containsExactly(
            "getBalances 200 response /balances/0/available/amount: number found, string expected");
  }

  @Test
  void aStatusTheOperationDoesNotListIsReported() {
    assertThat(CONTRACT.validate(get("/v1/wallets/wal_1"), json(302, "application/json", "{}")))
        .containsExactly("getWallet 302 response: status 302 is not listed for the operation");
  }

  @Test
  void aMissingRequestIdHeaderIsReported() {
    TransportResponse noRequestId =
        TransportResponse.of(
            200,
            Headers.of("Content-Type", "application/json"),
            WALLET.getBytes(StandardCharsets.UTF_8));

    assertThat(CONTRACT.validate(get("/v1/wallets/wal_1"), noRequestId))
        .containsExactly("getWallet 200 response header:Request-Id: is required");
  }

  @Test
  void aRequestBodyBreakingItsSchemaIsReported() {
    TransportRequest bothSides =
        TransportRequest.builder()
            .method("POST")
            .uri(URI.create("http://localhost/v1/quotes"))
            .header("Authorization", "Bearer sk_test_1")
            .header("Wallet-Api-Version", "2026-11-01")
            .header("Idempotency-Key", "k1")
            .header("Content-Type", "application/json")
            .body(
                ("{\"walletId\":\"wal_1\",\"sellAmount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                        + "\"buyCurrency\":\"USD\",\"buyAmount\":{\"amount\":\"1.00\","
                        + "\"currency\":\"USD\"},\"sellCurrency\":\"EUR\"}")
                    .getBytes(StandardCharsets.UTF_8))
            .build();
    String problem =
        "{\"type\":\"https://walletsdk.dev/problems/invalid_request\",\"title\":\"Invalid\","
            + "\"status\":400,\"code\":\"invalid_request\"}";

    assertThat(CONTRACT.validate(bothSides, json(400, "application/problem+json", problem)))
        .isNotEmpty()
        .allMatch(violation -> violation.startsWith("createQuote request /: "));
  }

  @Test
  void aRequestWithoutTheVersionHeaderIsReported() {
    TransportRequest noVersion =
        TransportRequest.builder()
            .method("GET")
            .uri(URI.create("http://localhost/v1/keys"))
            .header("Authorization", "Bearer sk_test_1")
            .build();
    String keys = "{\"object\":\"key_set\",\"keys\":[]}";

    assertThat(CONTRACT.validate(noVersion, json(200, "application/json", keys)))
        .containsExactly("listKeys request header:Wallet-Api-Version: is required");
  }

  @Test
  void aWebhookEventOfTheWrongShapeIsReported() {
    Headers headers =
        Headers.of(
            "webhook-id", "evt_1", "webhook-timestamp", "1793491200", "webhook-signature", "v1,x");
    String event =
        "{\"object\":\"event\",\"id\":\"evt_1\",\"type\":\"wallet.created\","
            + "\"createdAt\":\"not a time\",\"data\":"
            + WALLET
            + "}";

    assertThat(CONTRACT.validateWebhook(headers, event.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            "receiveEvent delivery /createdAt: does not match the date-time pattern must be a"
                + " valid RFC 3339 date-time");
  }

  @Test
  void everyLinkNamesAnOperationAndItsParametersAndBodyMembers() {
    assertThat(new ContractLinks(CONTRACT).checkDeclarations()).isEmpty();
  }

  @Test
  void aLinkWhoseValueTheLinkedOperationRefusesIsReported() {
    TransportRequest request = get("/v1/wallets/wal_1");
    ContractSchemas.Route route = CONTRACT.route("GET", "/v1/wallets/wal_1").orElseThrow();
    String payment = WALLET.replace("\"wal_1\"", "\"pay_1\"");

    assertThat(
            new ContractLinks(CONTRACT)
                .check(route, request, json(200, "application/json", payment)))
        // One per link of a wallet that passes its id as a path parameter.
        .hasSize(8)
        .contains(
            "getWallet 200 link GetBalances walletId /: does not match the regex pattern"
                + " ^wal_[A-Za-z0-9]{1,64}$");
  }

  @Test
  void theAuditFailsNamingEveryViolation() {
    ContractAudit audit = new ContractAudit(CONTRACT);
    RecordingTransport.Exchange wrong =
        new RecordingTransport.Exchange(
            get("/v1/wallets/wal_1"), json(200, "application/json", "{\"object\":\"wallet\"}"));

    assertThatThrownBy(() -> audit.assertFollowsContract(List.of(wrong), List.of()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the exchanges break docs/openapi.yaml:\n  getWallet 200 response")
        .hasMessageContaining("required property 'id' not found");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PositiveMoney | {\"amount\":\"0.00\",\"currency\":\"EUR\"} | PositiveMoney /amount: must not be valid to the schema {\"pattern\":\"^0(\\\\.0+)?$\"}",
        "PositiveMoney | {\"amount\":\"1.234\",\"currency\":\"EUR\"} | PositiveMoney /amount: does not match the regex pattern ^[0-9]+(\\.[0-9]{1,2})?$",
        "PositiveMoney | {\"amount\":\"1.5\",\"currency\":\"JPY\"} | PositiveMoney /amount: does not match the regex pattern ^[0-9]+$",
        "PositiveMoney | {\"amount\":\"1.5\",\"currency\":\"XXX\"} | PositiveMoney /currency: does not have a value in the enumeration [\"AED\", \"AFN\",",
        "Money | {\"amount\":\"12.3\",\"currency\":\"EUR\"} | Money /amount: does not match the regex pattern ^[0-9]+\\.[0-9]{2}$",
        "Money | {\"amount\":\"12.30\",\"currency\":\"BHD\"} | Money /amount: does not match the regex pattern ^[0-9]+\\.[0-9]{3}$",
        "Percentage | \"0.0000\" | Percentage /: must not be valid to the schema {\"pattern\":\"^0(\\\\.0+)?$\"}",
        "Percentage | \"100.01\" | Percentage /: does not match the regex pattern ^(100(\\.0{1,4})?|[1-9]?[0-9](\\.[0-9]{1,4})?)$",
        "Rate | \"0.000\" | Rate /: must not be valid to the schema {\"pattern\":\"^0(\\\\.0+)?$\"}",
        "Reference | \"a\\u0007b\" | Reference /: does not match the regex pattern ^[^\\x00-\\x1F\\x7F-\\x9F]+$",
      })
  void aRuleOfTheContractsProseIsASchemaRule(String schema, String json, String message) {
    assertThat(CONTRACT.validateSchema(schema, json))
        .singleElement()
        .asString()
        .startsWith(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PositiveMoney | {\"amount\":\"0.01\",\"currency\":\"EUR\"}",
        "PositiveMoney | {\"amount\":\"12.3\",\"currency\":\"EUR\"}",
        "PositiveMoney | {\"amount\":\"1500\",\"currency\":\"JPY\"}",
        "PositiveMoney | {\"amount\":\"0.125\",\"currency\":\"BHD\"}",
        "Money | {\"amount\":\"0.00\",\"currency\":\"EUR\"}",
        "Money | {\"amount\":\"1500\",\"currency\":\"JPY\"}",
        "Money | {\"amount\":\"1.5\",\"currency\":\"ABC\"}",
        "Percentage | \"100\"",
        "Percentage | \"0.0001\"",
        "Percentage | \"33.3333\"",
        "Rate | \"0.9\"",
      })
  void whatTheMockAcceptsTheSchemaAccepts(String schema, String json) {
    assertThat(CONTRACT.validateSchema(schema, json)).isEmpty();
  }
}
