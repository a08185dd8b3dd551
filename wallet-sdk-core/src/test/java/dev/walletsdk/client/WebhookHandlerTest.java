/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WebhookHandler verifies first, then parses into a typed Event. */
class WebhookHandlerTest {
  private static final byte[] BODY = WireJson.event("evt_1").getBytes(StandardCharsets.UTF_8);

  private final List<String> verified = new ArrayList<>();
  private final WebhookVerifier acceptingVerifier =
      (id, timestamp, signature, body) ->
          verified.add(id + " " + timestamp + " " + signature + " " + body.length);
  private final WebhookHandler handler = WebhookHandler.create(acceptingVerifier);

  private static Headers deliveryHeaders() {
    return Headers.of(
        "Webhook-Id", "msg_1", "Webhook-Timestamp", "1795600000", "Webhook-Signature", "v1,c2ln");
  }

  @Test
  void verifiedDeliveryBecomesATypedEvent() {
    Event event = handler.handle(deliveryHeaders(), BODY);

    assertThat(event.id()).isEqualTo(EventId.of("evt_1"));
    assertThat(event.type()).isEqualTo(EventType.of("transfer.completed"));
    assertThat(event.data()).isInstanceOf(Transfer.class);
    assertThat(verified).containsExactly("msg_1 1795600000 v1,c2ln " + BODY.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
  void missingHeaderFailsVerificationWithoutCallingTheVerifier(String header) {
    Headers headers = deliveryHeaders().without(header);

    assertThatThrownBy(() -> handler.handle(headers, BODY))
        .isInstanceOfSatisfying(
            SignatureVerificationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_VERIFICATION_FAILED))
        .hasMessage("webhook delivery has no " + header + " header");
    assertThat(verified).isEmpty();
  }

  @Test
  void blankHeaderCountsAsMissing() {
    Headers headers = deliveryHeaders().withReplaced("webhook-signature", " ");

    assertThatThrownBy(() -> handler.handle(headers, BODY))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("webhook delivery has no webhook-signature header");
  }

  @Test
  void rejectedSignatureIsThrownAndTheBodyIsNotParsed() {
    WebhookHandler rejecting =
        WebhookHandler.create(
            (id, timestamp, signature, body) -> {
              throw new SignatureVerificationException(
                  "no signature matches", 0, ErrorCode.SIGNATURE_VERIFICATION_FAILED, null, null);
            });
    byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> rejecting.handle(deliveryHeaders(), notJson))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("no signature matches");
  }

  @Test
  void verifiedBodyThatIsNotJsonFailsAsInvalidResponse() {
    byte[] notJson = "<html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> handler.handle(deliveryHeaders(), notJson))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RESPONSE);
              assertThat(e.httpStatus()).isZero();
            })
        .hasMessageStartingWith(
            "webhook msg_1 is not a valid event: response body is not valid JSON");
  }

  @Test
  void verifiedEventWithoutIdFailsNamingTheMember() {
    byte[] noId =
        "{\"object\":\"event\",\"type\":\"wallet.created\",\"createdAt\":\"2026-11-24T10:00:00Z\"}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> handler.handle(deliveryHeaders(), noId))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage("webhook msg_1 is not a valid event: response member event.id is missing");
  }
}
