/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Wallet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A real application on an embedded web server (loopback, ephemeral port) with the embedded mock:
 * the mock delivers its webhooks over HTTP to the application's endpoint, and the application's
 * {@link EventDispatcher} bean receives typed events. Deliveries are synchronous: {@code
 * deliverDue()} returns once every due delivery was answered, so nothing waits on the clock.
 */
class WebhookEndpointServerTest {
  static final List<String> received = new CopyOnWriteArrayList<>();
  static ConfigurableApplicationContext app;
  static MockWalletServer mock;
  static WalletClient client;
  static int port;

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    EventDispatcher walletEvents() {
      return EventDispatcher.builder()
          .on(
              EventType.WALLET_CREATED,
              Wallet.class,
              (event, wallet) -> received.add(event.type().value() + " " + wallet.displayName()))
          .deduplicate(1000)
          .build();
    }
  }

  @BeforeAll
  static void startTheApplication() {
    app =
        new SpringApplicationBuilder(App.class)
            .properties(
                "server.address=127.0.0.1",
                "server.port=0",
                "spring.main.banner-mode=off",
                "wallet.mock.enabled=true")
            .run();
    mock = app.getBean(MockWalletServer.class);
    client = app.getBean(WalletClient.class);
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stopTheApplication() {
    app.close();
  }

  @BeforeEach
  void forgetEarlierEvents() {
    received.clear();
  }

  @AfterEach
  void deliverOnce() {
    mock.webhooks().setChaos(0, false);
  }

  @Test
  void theMocksWebhookReachesTheApplicationsDispatcherAsATypedEvent() {
    client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

    int delivered = mock.webhooks().deliverDue();

    assertThat(delivered).isEqualTo(1);
    assertThat(received).containsExactly("wallet.created Alice");
    assertThat(mock.webhooks().pending()).isZero();
    assertThat(mock.webhooks().attempts()).last().asString().endsWith(" #1 204");
  }

  @Test
  void aDuplicateDeliveryIsAnsweredWithoutHandlingTheEventTwice() {
    mock.webhooks().setChaos(1.0, false);
    client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    int attemptsBefore = mock.webhooks().attempts().size();

    mock.webhooks().deliverDue();

    List<String> attempts = mock.webhooks().attempts();
    assertThat(attempts.subList(attemptsBefore, attempts.size()))
        .hasSize(2)
        .allSatisfy(attempt -> assertThat(attempt).endsWith(" 204"));
    assertThat(received).containsExactly("wallet.created Bob");
  }

  @Test
  void aDeliveryOverOneMebibyteIsRefusedWith413BeforeVerification() throws Exception {
    HttpRequest oversized =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wallet/webhooks"))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1]))
            .build();

    HttpResponse<Void> response =
        HttpClient.newHttpClient().send(oversized, HttpResponse.BodyHandlers.discarding());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  @Test
  void aForgedDeliveryIsRefusedWith401AndDispatchesNothing() throws Exception {
    HttpRequest forged =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wallet/webhooks"))
            .timeout(Duration.ofSeconds(10))
            .header("webhook-id", "evt_forged")
            .header("webhook-timestamp", Long.toString(mock.control().now().getEpochSecond()))
            .header("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            .POST(HttpRequest.BodyPublishers.ofString("{\"object\":\"event\"}"))
            .build();

    HttpResponse<Void> response =
        HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.discarding());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(received).isEmpty();
  }
}
