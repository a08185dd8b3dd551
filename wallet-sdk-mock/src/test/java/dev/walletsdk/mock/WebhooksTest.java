/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events reach webhook receivers signed per Standard Webhooks, retried until accepted. */
@ExtendWith(MockWalletExtension.class)
class WebhooksTest {
  private static String eventId(WebhookDelivery delivery) {
    return delivery.headers().first("webhook-id").orElseThrow();
  }

  @Test
  void eachEventIsDeliveredSignedWithTheEndpointSecret(MockWalletServer mock) {
    List<WebhookDelivery> received = new CopyOnWriteArrayList<>();
    WebhookEndpoint endpoint =
        mock.webhooks()
            .addReceiver(
                delivery -> {
                  received.add(delivery);
                  return 204;
                });
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("5.00", "EUR"));

    int attempted = mock.webhooks().deliverDue();

    assertThat(attempted).isEqualTo(2);
    StandardWebhookVerifier verifier =
        StandardWebhookVerifier.create(
            List.of(endpoint.secret()), Clock.fixed(mock.control().now(), ZoneOffset.UTC));
    for (WebhookDelivery delivery : received) {
      verifier.verify(
          eventId(delivery),
          delivery.headers().first("webhook-timestamp").orElseThrow(),
          delivery.headers().first("webhook-signature").orElseThrow(),
          delivery.body());
    }
    assertThat(new String(received.get(0).body(), StandardCharsets.UTF_8))
        .startsWith(
            "{\"object\":\"event\",\"id\":\""
                + eventId(received.get(0))
                + "\",\"type\":\"wallet.created\"");
    assertThat(mock.webhooks().pending()).isZero();
  }

  @Test
  void failedDeliveryIsRetriedWithBackoffOnTheVirtualClock(MockWalletServer mock) {
    List<Integer> answers = new ArrayList<>(List.of(500, 503, 200));
    mock.webhooks().addReceiver(delivery -> answers.remove(0));
    mock.control().openWallet("Alice", CurrencyCode.EUR);

    mock.webhooks().deliverDue();
    assertThat(mock.webhooks().deliverDue()).isZero();
    mock.control().advanceClock(Duration.ofSeconds(5));
    mock.webhooks().deliverDue();
    mock.control().advanceClock(Duration.ofSeconds(29));
    assertThat(mock.webhooks().deliverDue()).isZero();
    mock.control().advanceClock(Duration.ofSeconds(1));
    mock.webhooks().deliverDue();

    assertThat(mock.webhooks().attempts())
        .extracting(line -> line.substring(line.indexOf('#')))
        .containsExactly("#1 500", "#2 503", "#3 200");
    assertThat(mock.webhooks().pending()).isZero();
  }

  @Test
  void chaosDeliversDuplicatesAndShufflesOrder(MockWalletServer mock) {
    List<String> received = new CopyOnWriteArrayList<>();
    mock.webhooks()
        .addReceiver(
            delivery -> {
              received.add(eventId(delivery));
              return 200;
            });
    mock.webhooks().setChaos(1.0, true);
    for (int i = 0; i < 6; i++) {
      mock.control().openWallet("W" + i, CurrencyCode.EUR);
    }

    mock.webhooks().deliverDue();

    assertThat(received).hasSize(12);
    assertThat(received.stream().distinct()).hasSize(6);
  }

  @Test
  void partnersOnlyReceiveTheirOwnEvents(MockWalletServer mock) {
    MockPartner other = mock.control().newPartner("other");
    List<String> mine = new CopyOnWriteArrayList<>();
    List<String> theirs = new CopyOnWriteArrayList<>();
    mock.webhooks().addReceiver(delivery -> mine.add(eventId(delivery)) ? 200 : 500);
    mock.webhooks().addReceiver(other, delivery -> theirs.add(eventId(delivery)) ? 200 : 500);
    mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().openWallet(other, "Zed", CurrencyCode.EUR);

    mock.webhooks().deliverDue();

    assertThat(mine).hasSize(1);
    assertThat(theirs).hasSize(1).doesNotContainAnyElementsOf(mine);
  }
}
