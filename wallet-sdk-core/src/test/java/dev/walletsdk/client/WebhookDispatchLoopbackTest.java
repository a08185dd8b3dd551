/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.support.Servers;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.Headers;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mock delivers signed webhooks over loopback HTTP to a receiver that verifies each delivery
 * with WebhookHandler and dispatches it with EventDispatcher, answering 204 when handled and 500
 * when a handler fails, so that the mock retries.
 */
class WebhookDispatchLoopbackTest {
  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();
  private final AtomicBoolean failNextRefund = new AtomicBoolean();
  private final AtomicReference<WebhookHandler> webhooks = new AtomicReference<>();
  private MockWalletServer mock;
  private MockWebServer server;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() {
    mock = MockWalletServer.inProcess();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (e, w) -> handled.add("opened " + name(w)))
            .on(
                EventType.WALLET_FUNDED,
                Transaction.class,
                (e, t) -> handled.add("funded " + t.amount()))
            .on(
                EventType.PAYMENT_SUCCEEDED,
                Payment.class,
                (e, p) -> handled.add("paid " + p.amount()))
            .on(
                EventType.REFUND_SUCCEEDED,
                Refund.class,
                (e, r) -> {
                  if (failNextRefund.getAndSet(false)) {
                    throw new IllegalStateException("refund store unavailable");
                  }
                  handled.add("refunded " + r.amount());
                })
            .on(
                EventType.TRANSFER_COMPLETED,
                Transfer.class,
                (e, t) -> handled.add("transferred " + t.sourceAmount()))
            .otherwise(e -> handled.add("other " + e.type()))
            .deduplicate(100)
            .build();
    server = Servers.startLoopback();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int status;
            try {
              dispatcher.dispatch(
                  webhooks.get().handle(headers(request), request.getBody().toByteArray()));
              status = 204;
            } catch (RuntimeException e) {
              status = 500;
            }
            statuses.add(status);
            return new MockResponse.Builder().code(status).build();
          }
        });
    endpoint = mock.webhooks().addEndpoint(URI.create(Servers.baseUrl(server) + "/webhooks"));
    webhooks.set(
        WebhookHandler.create(
            StandardWebhookVerifier.create(List.of(endpoint.secret()), mock.control().clock())));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private static String name(Wallet wallet) {
    return wallet.displayName();
  }

  private static Headers headers(RecordedRequest request) {
    Headers.Builder headers = Headers.builder();
    for (String name : request.getHeaders().names()) {
      for (String value : request.getHeaders().values(name)) {
        headers.add(name, value);
      }
    }
    return headers.build();
  }

  @Test
  void everyDeliveryIsVerifiedAndHandledOnceDespiteDuplicates() {
    mock.webhooks().setChaos(1.0, true);
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
      wallet
          .transfers()
          .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("25.00", "EUR")));
    }

    int attempted = mock.webhooks().deliverDue();

    assertThat(attempted).isEqualTo(4);
    assertThat(statuses).hasSize(8).containsOnly(204); // each event delivered twice
    assertThat(handled)
        .containsExactlyInAnyOrder(
            "opened Alice", "opened Bob", "funded 100.00 EUR", "transferred 25.00 EUR");
    assertThat(mock.webhooks().pending()).isZero();
  }

  @Test
  void aFailingHandlerMakesTheMockRetryAndTheRetryIsHandled() {
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("50.00", "EUR"));
      Payment payment =
          wallet
              .payments()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .merchant(mock.control().demoMerchant())
                          .amount(Money.of("20.00", "EUR")));
      wallet.payments().refund(r -> r.payment(payment.id()));
    }
    failNextRefund.set(true);

    mock.webhooks().deliverDue();

    assertThat(statuses).containsExactly(204, 204, 204, 500);
    assertThat(handled).containsExactly("opened Alice", "funded 50.00 EUR", "paid 20.00 EUR");
    assertThat(mock.webhooks().pending()).isEqualTo(1);

    mock.control().advanceClock(Duration.ofSeconds(5));
    mock.webhooks().deliverDue();

    assertThat(statuses).endsWith(500, 204);
    assertThat(handled).endsWith("refunded 20.00 EUR");
    assertThat(mock.webhooks().pending()).isZero();
  }
}
