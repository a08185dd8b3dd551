/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookDelivery;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The mock's signed deliveries become typed events through WebhookHandler and crypto's verifier.
 */
class WebhookEndToEndTest {
  @Test
  void deliveriesVerifyAndParseIntoTypedEvents() {
    MockWalletServer mock = MockWalletServer.inProcess();
    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    WebhookEndpoint endpoint =
        mock.webhooks().addReceiver(delivery -> deliveries.add(delivery) ? 200 : 500);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("7.50", "EUR"));
    mock.webhooks().deliverDue();
    WebhookHandler handler =
        WebhookHandler.create(
            StandardWebhookVerifier.create(
                List.of(endpoint.secret()), Clock.fixed(mock.control().now(), ZoneOffset.UTC)));

    List<Event> events = new ArrayList<>();
    for (WebhookDelivery delivery : deliveries) {
      events.add(handler.handle(delivery.headers(), delivery.body()));
    }

    assertThat(events)
        .extracting(Event::type)
        .containsExactly(EventType.WALLET_CREATED, EventType.WALLET_FUNDED);
    assertThat(events.get(0).dataAs(Wallet.class).orElseThrow().id()).isEqualTo(alice);
    assertThat(events.get(1).dataAs(Transaction.class).orElseThrow().amount())
        .isEqualTo(Money.of("7.50", "EUR"));
  }

  @Test
  void deliveryWithAnAlteredBodyIsRejected() {
    MockWalletServer mock = MockWalletServer.inProcess();
    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    WebhookEndpoint endpoint =
        mock.webhooks().addReceiver(delivery -> deliveries.add(delivery) ? 200 : 500);
    mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.webhooks().deliverDue();
    WebhookHandler handler =
        WebhookHandler.create(
            StandardWebhookVerifier.create(
                List.of(endpoint.secret()), Clock.fixed(mock.control().now(), ZoneOffset.UTC)));
    byte[] body = deliveries.get(0).body();
    body[body.length - 2] ^= 1;

    assertThatThrownBy(() -> handler.handle(deliveries.get(0).headers(), body))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
