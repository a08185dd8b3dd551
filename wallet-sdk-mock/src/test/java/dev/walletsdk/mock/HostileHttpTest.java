/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.internal.server.HttpBounds;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input over real loopback sockets: garbage request lines, header floods, oversized bodies
 * and slow clients. After each probe nothing has moved and the server still answers.
 */
@ExtendWith(MockWalletExtension.class)
class HostileHttpTest {
  private MockWalletServer mock;
  private WalletId alice;
  private WalletId bob;

  @BeforeEach
  void setUp(MockWalletServer mock) {
    this.mock = mock;
    alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET /v1/wallets HTTP/1.1 extra\r\nHost: x\r\n\r\n",
        "\u0001\u0002\u0003 / HTTP/1.1\r\n\r\n",
        "GET /v1/wallets\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /v1/wallets HTTP/1.1\r\nNo colon here\r\n\r\n"
      })
  void malformedRequestIsAnswered400ProblemAndChangesNothing(String request) throws Exception {
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp.Answer answer = new RawHttp(server).send(request);

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("status").asInt()).isEqualTo(400);
      assertThat(answer.json().get("code").asText()).isEqualTo("malformed_request");
      assertStillServing(server, before);
    }
  }

  @Test
  void thousandHeadersAreAnswered431Problem() throws Exception {
    StringBuilder flood = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      flood.append("X-Flood-").append(i).append(": ").append(i).append("\r\n");
    }
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp.Answer answer =
          new RawHttp(server).send(RawHttp.apiGet(mock, "/v1/wallets", flood.toString().strip()));

      assertThat(answer.status()).isEqualTo(431);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("headers_too_large");
      assertStillServing(server, before);
    }
  }

  @Test
  void oneHugeHeaderIsAnswered431Problem() throws Exception {
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp.Answer answer =
          new RawHttp(server)
              .send(RawHttp.apiGet(mock, "/v1/wallets", "X-Huge: " + "a".repeat(64 * 1024)));

      assertThat(answer.status()).isEqualTo(431);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("headers_too_large");
      assertStillServing(server, before);
    }
  }

  @Test
  void bodyDeclaredBeyondOneMebibyteIsAnswered413ProblemWithoutReadingIt() throws Exception {
    String head =
        "POST /v1/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + mock.apiKey().reveal()
            + "\r\nWallet-Api-Version: 2026-11-01\r\nIdempotency-Key: huge-1\r\n"
            + "Content-Type: application/json\r\nContent-Length: "
            + (1024 * 1024 + 1)
            + "\r\n\r\n{\"sourceWalletId\":";
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp.Answer answer = new RawHttp(server).send(head);

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("payload_too_large");
      assertStillServing(server, before);
    }
  }

  @Test
  void chunkedBodyBeyondOneMebibyteIsAnswered413Problem() throws Exception {
    String chunk = "a".repeat(64 * 1024);
    StringBuilder request =
        new StringBuilder(
            "POST /v1/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + mock.apiKey().reveal()
                + "\r\nWallet-Api-Version: 2026-11-01\r\nIdempotency-Key: huge-2\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 17; i++) {
      request
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    request.append("0\r\n\r\n");
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp.Answer answer = new RawHttp(server).send(request.toString());

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("payload_too_large");
      assertStillServing(server, before);
    }
  }

  @Test
  void normalCallIsServedWhileTwoHundredSlowClientsHoldTheirConnections() throws Exception {
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server = mock.start(0)) {
      RawHttp raw = new RawHttp(server);
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 200; i++) {
          Socket socket = raw.open();
          slow.add(socket);
          if (i % 2 == 0) {
            // half have started a request and stalled mid-header; half have sent nothing
            write(socket, "GET /v1/wallets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");
          }
        }
        long started = System.nanoTime();
        RawHttp.Answer answer =
            CompletableFuture.supplyAsync(() -> balances(raw)).get(5, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(millis).isLessThan(2_000);
        System.out.println("normal call served in " + millis + " ms beside 200 slow clients");
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
      assertStillServing(server, before);
    }
  }

  @Test
  void requestHeadThatStallsIsAnswered408AndClosedAtTheReadTime() throws Exception {
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server =
            startWith(HttpBounds.DEFAULTS.withRequestReadTime(Duration.ofMillis(300)));
        Socket socket = new RawHttp(server).open()) {
      long started = System.nanoTime();
      write(socket, "GET /v1/wallets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a");

      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("request_timeout");
      assertThat(answer.json().get("detail").asText())
          .isEqualTo("the request head did not arrive within 300 ms");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
      assertThat(millis).isBetween(300L, 3_000L);
      assertStillServing(server, before);
    }
  }

  @Test
  void requestHeadTrickledByteByByteIsCutOffAtTheReadTime() throws Exception {
    Books before = Books.of(mock, alice, bob);
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try (MockHttpServer server =
            startWith(HttpBounds.DEFAULTS.withRequestReadTime(Duration.ofMillis(300)));
        Socket socket = new RawHttp(server).open()) {
      write(socket, "GET /v1/wallets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
      // one byte every 20 ms: never silent long enough for an idle timeout
      trickle.scheduleAtFixedRate(() -> quietly(socket, "a"), 0, 20, TimeUnit.MILLISECONDS);

      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.json().get("code").asText()).isEqualTo("request_timeout");
      assertStillServing(server, before);
    } finally {
      trickle.shutdownNow();
    }
  }

  @Test
  void bodyThatStallsIsAnswered408AndClosedAtTheReadTime() throws Exception {
    Books before = Books.of(mock, alice, bob);
    try (MockHttpServer server =
            startWith(HttpBounds.DEFAULTS.withRequestReadTime(Duration.ofMillis(300)));
        Socket socket = new RawHttp(server).open()) {
      write(
          socket,
          "POST /v1/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + mock.apiKey().reveal()
              + "\r\nWallet-Api-Version: 2026-11-01\r\nIdempotency-Key: slow-1\r\n"
              + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"source");

      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(answer.json().get("detail").asText())
          .isEqualTo("the body did not arrive within 300 ms");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
      assertStillServing(server, before);
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitUntilOneCloses() throws Exception {
    try (MockHttpServer server = startWith(HttpBounds.DEFAULTS.withMaxConnections(3))) {
      RawHttp raw = new RawHttp(server);
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) {
          held.add(raw.open());
        }
        CompletableFuture<RawHttp.Answer> waiting =
            CompletableFuture.supplyAsync(() -> balances(raw));

        assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS))
            .isInstanceOf(TimeoutException.class);
        held.remove(0).close();
        assertThat(waiting.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
      } finally {
        for (Socket socket : held) {
          socket.close();
        }
      }
    }
  }

  @Test
  void delayedAnswerOutlastsTheReadAndIdleBounds() throws Exception {
    mock.control()
        .injectFault(Fault.delay(Duration.ofMillis(800)).on("GET", "/v1/wallets/*").times(1));
    HttpBounds bounds =
        HttpBounds.DEFAULTS
            .withRequestReadTime(Duration.ofMillis(200))
            .withIdleTime(Duration.ofMillis(200));
    try (MockHttpServer server = startWith(bounds)) {
      RawHttp.Answer answer = balances(new RawHttp(server));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(mock.control().firedFaults()).containsEntry(Fault.Kind.DELAY, 1);
    }
  }

  private MockHttpServer startWith(HttpBounds bounds) {
    return MockHttpServer.start(mock.runtime(), 0, bounds);
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static void quietly(Socket socket, String text) {
    try {
      write(socket, text);
    } catch (IOException e) {
      // the server has closed it: what the test waits for
    }
  }

  private RawHttp.Answer balances(RawHttp raw) {
    try {
      return raw.send(RawHttp.apiGet(mock, "/v1/wallets/" + alice + "/balances"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertStillServing(MockHttpServer server, Books before) throws IOException {
    RawHttp.Answer answer = balances(new RawHttp(server));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().at("/balances/0/available/amount").asText()).isEqualTo("100.00");
    assertThat(Books.of(mock, alice, bob)).isEqualTo(before);
  }
}
