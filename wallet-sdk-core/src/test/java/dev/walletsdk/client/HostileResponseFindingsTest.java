package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Responses the response fuzzing (client.fuzz.OperationResponseFuzzTest) found the client
 * mishandling, each answered by a fake transport that gives the same response to every request.
 */
class HostileResponseFindingsTest {
  private static final int MAX_REQUESTS = 10;

  private final AtomicInteger requests = new AtomicInteger();
  private String body = "";
  private final Transport transport =
      request -> {
        if (requests.incrementAndGet() > MAX_REQUESTS) {
          throw new AssertionError("more than " + MAX_REQUESTS + " requests");
        }
        return TransportResponse.of(
            200,
            Headers.of("Content-Type", "application/json", "Request-Id", "req_1"),
            body.getBytes(StandardCharsets.UTF_8));
      };
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("https://wallet.example")
          .apiKey(ApiKey.of("sk_test_findings"))
          .transport(transport)
          .retries(RetryPolicy.none())
          .build();

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aPageWhoseNextCursorIsTheCursorItWasFetchedWithIsAnInvalidResponse() {
    body = "{\"object\":\"list\",\"data\":[],\"hasMore\":true,\"nextCursor\":\"cur_1\"}";

    assertThatThrownBy(() -> client.wallets().list().iterator().hasNext())
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to a list: the page after cursor \"cur_1\" names \"cur_1\" as the"
                + " next cursor again, so the list would never end");
    assertThat(requests).hasValue(2);
  }
}
