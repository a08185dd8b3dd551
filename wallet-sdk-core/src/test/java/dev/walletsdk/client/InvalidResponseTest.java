/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.model.TransferId;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A 2xx body that is not a valid v1 resource fails with InvalidResponseException. */
class InvalidResponseTest {
  private final MockWebServer server = Servers.startLoopback();
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl(Servers.baseUrl(server))
          .apiKey(ApiKey.of("sk_test_x"))
          .build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void transferWithoutIdNamesTheMissingMember() {
    server.enqueue(json(200, "{\"object\":\"transfer\"}", "req_1"));

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to transfers.get: response member transfer.id is missing"
                + " [HTTP 200, code invalid_response, request req_1]");
  }

  @Test
  void nonJsonSuccessBodyIsAnInvalidResponse() {
    server.enqueue(json(200, "<html>ok</html>", "req_2"));

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith(
            "invalid response to transfers.get: response body is not valid JSON")
        .hasMessageEndingWith("[HTTP 200, code invalid_response, request req_2]");
  }

  @Test
  void serverTextInAParserComplaintIsEscapedAndCut() {
    server.enqueue(
        json(
            200,
            "{\"object\":\"list\",\"hasMore\":false,\"data\":[{\"object\":\"wal\\u001b[31m"
                + "q".repeat(5000)
                + "\"}]}",
            "req_3"));

    assertThatThrownBy(() -> client.wallets().page(null, 10))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to wallets.list: response member list.data[0].object must be"
                + " \"wallet\" but is \"wal\\u001b[31m"
                + "q".repeat(187)
                + "... [5008 chars in all]\" [HTTP 200, code invalid_response, request req_3]");
  }
}
