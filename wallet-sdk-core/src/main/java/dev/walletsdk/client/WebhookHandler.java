/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.model.Event;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.WebhookVerifier;
import java.util.Objects;

/**
 * Turns a webhook delivery into a typed {@link Event}, after checking that it comes from the wallet
 * platform (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}).
 *
 * <pre>{@code
 * WebhookHandler webhooks = WebhookHandler.create(verifier); // e.g. from wallet-sdk-crypto
 * Event event = webhooks.handle(headers, rawBody);           // verify, then parse
 * dispatcher.dispatch(event);                                // typed handlers, see EventDispatcher
 * }</pre>
 *
 * <p>Pass the body exactly as received, before any JSON parsing: the signature covers its bytes.
 * Deduplicate on {@link Event#id()}, since the platform may deliver an event more than once ({@link
 * EventDispatcher.Builder#deduplicate(int)} does that in memory). Immutable and thread-safe if the
 * verifier is.
 */
public final class WebhookHandler {
  private final WebhookVerifier verifier;

  private WebhookHandler(WebhookVerifier verifier) {
    this.verifier = verifier;
  }

  /**
   * Creates a handler.
   *
   * @param verifier checks signatures and timestamps
   * @return the handler
   * @throws NullPointerException if {@code verifier} is null
   */
  public static WebhookHandler create(WebhookVerifier verifier) {
    return new WebhookHandler(Objects.requireNonNull(verifier, "verifier"));
  }

  /**
   * Verifies a delivery, then parses it.
   *
   * @param headers the delivery's headers (names in any case)
   * @param body the raw body
   * @return the event
   * @throws SignatureVerificationException if a {@code webhook-*} header is missing or empty, or
   *     the verifier rejects the delivery; nothing is parsed then
   * @throws InvalidResponseException (code {@code invalid_response}) if a verified body is not a
   *     valid Wallet API v1 event: the platform sent something this SDK cannot read, so treat it as
   *     a failed delivery (answer with a 4xx or 5xx) and do not act on it
   */
  public Event handle(Headers headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    String id = required(headers, "webhook-id");
    String timestamp = required(headers, "webhook-timestamp");
    String signature = required(headers, "webhook-signature");
    verifier.verify(id, timestamp, signature, body);
    try {
      return ModelReaders.event(JsonRead.root(Json.parse(body), "event"));
    } catch (ResponseFormatException | InvalidRequestException e) {
      throw new InvalidResponseException(
          "webhook "
              + ServerText.of(id)
              + " is not a valid event: "
              + ServerText.message(String.valueOf(e.getMessage())),
          0,
          ErrorCode.INVALID_RESPONSE,
          null,
          null);
    }
  }

  private static String required(Headers headers, String name) {
    return headers
        .first(name)
        .filter(value -> !value.isBlank())
        .orElseThrow(
            () ->
                new SignatureVerificationException(
                    "webhook delivery has no " + name + " header",
                    0,
                    ErrorCode.SIGNATURE_VERIFICATION_FAILED,
                    null,
                    null));
  }

  @Override
  public String toString() {
    return "WebhookHandler{verifier=" + verifier.getClass().getName() + "}";
  }
}
