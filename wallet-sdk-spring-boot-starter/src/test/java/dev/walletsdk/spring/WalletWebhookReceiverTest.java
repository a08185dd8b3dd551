/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.crypto.server.WebhookSigner;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookDelivery;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spring.WalletWebhookReceiver.Reception;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The receiver alone, with a genuine delivery the mock made. */
class WalletWebhookReceiverTest {
  static MockWalletServer mock;
  static WebhookSecret secret;
  static WebhookDelivery delivery;

  private final List<String> handled = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void captureADelivery() {
    mock = MockWalletServer.inProcess();
    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    WebhookEndpoint endpoint =
        mock.webhooks()
            .addReceiver(
                d -> {
                  deliveries.add(d);
                  return 204;
                });
    secret = endpoint.secret();
    try (WalletClient client =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    }
    mock.webhooks().deliverDue();
    delivery = deliveries.get(0);
  }

  private WalletWebhookReceiver receiver(EventDispatcher... dispatchers) {
    WebhookHandler handler =
        WebhookHandler.create(
            StandardWebhookVerifier.create(List.of(secret), mock.control().clock()));
    return WalletWebhookReceiver.create(handler, List.of(dispatchers));
  }

  private EventDispatcher dispatcher(String name) {
    return EventDispatcher.builder()
        .on(
            EventType.WALLET_CREATED,
            Wallet.class,
            (event, wallet) -> handled.add(name + ":" + wallet.displayName()))
        .deduplicate(100)
        .build();
  }

  @Test
  void aGenuineDeliveryReachesEveryDispatcherInOrder() {
    Reception reception =
        receiver(dispatcher("a"), dispatcher("b")).receive(delivery.headers(), delivery.body());

    assertThat(reception).isEqualTo(Reception.ACCEPTED);
    assertThat(reception.httpStatus()).isEqualTo(204);
    assertThat(handled).containsExactly("a:Alice", "b:Alice");
  }

  @Test
  void aTamperedBodyIsRejectedWith401AndDispatchesNothing() {
    byte[] tampered =
        new String(delivery.body(), StandardCharsets.UTF_8)
            .replace("Alice", "Mallory")
            .getBytes(StandardCharsets.UTF_8);

    Reception reception = receiver(dispatcher("a")).receive(delivery.headers(), tampered);

    assertThat(reception).isEqualTo(Reception.REJECTED_SIGNATURE);
    assertThat(reception.httpStatus()).isEqualTo(401);
    assertThat(handled).isEmpty();
  }

  @Test
  void aDeliveryWithoutSignatureHeadersIsRejectedWith401() {
    Reception reception = receiver(dispatcher("a")).receive(Headers.empty(), delivery.body());

    assertThat(reception).isEqualTo(Reception.REJECTED_SIGNATURE);
    assertThat(handled).isEmpty();
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsRejectedWith400() {
    byte[] body = "{\"object\":\"event\"}".getBytes(StandardCharsets.UTF_8);
    String id = delivery.headers().first("webhook-id").orElseThrow();
    Headers headers =
        Headers.builder()
            .add("webhook-id", id)
            .add("webhook-timestamp", delivery.headers().first("webhook-timestamp").orElseThrow())
            .add(
                "webhook-signature",
                WebhookSigner.of(List.of(secret)).sign(id, mock.control().now(), body))
            .build();

    Reception reception = receiver(dispatcher("a")).receive(headers, body);

    assertThat(reception).isEqualTo(Reception.REJECTED_EVENT);
    assertThat(reception.httpStatus()).isEqualTo(400);
    assertThat(handled).isEmpty();
  }

  @Test
  void aRedeliveredEventIsAnsweredAsADuplicateAndHandledOnce() {
    WalletWebhookReceiver receiver = receiver(dispatcher("a"));

    Reception first = receiver.receive(delivery.headers(), delivery.body());
    Reception second = receiver.receive(delivery.headers(), delivery.body());

    assertThat(first).isEqualTo(Reception.ACCEPTED);
    assertThat(second).isEqualTo(Reception.DUPLICATE);
    assertThat(second.httpStatus()).isEqualTo(204);
    assertThat(handled).containsExactly("a:Alice");
  }

  @Test
  void aFailingHandlerIsAnswered500AndTheEventIsHandledOnRedelivery() {
    List<String> attempts = new CopyOnWriteArrayList<>();
    EventDispatcher flaky =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> {
                  attempts.add(wallet.displayName());
                  if (attempts.size() == 1) {
                    throw new IllegalStateException("database down");
                  }
                })
            .deduplicate(100)
            .build();
    WalletWebhookReceiver receiver = receiver(flaky, dispatcher("after"));

    Reception failed = receiver.receive(delivery.headers(), delivery.body());
    Reception retried = receiver.receive(delivery.headers(), delivery.body());

    assertThat(failed).isEqualTo(Reception.FAILED);
    assertThat(failed.httpStatus()).isEqualTo(500);
    assertThat(retried).isEqualTo(Reception.ACCEPTED);
    assertThat(attempts).containsExactly("Alice", "Alice");
    assertThat(handled).containsExactly("after:Alice");
  }
}
