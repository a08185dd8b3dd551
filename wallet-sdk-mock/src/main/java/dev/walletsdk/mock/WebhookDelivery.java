/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.spi.Headers;
import java.util.Objects;

/**
 * One attempt to deliver an event, as a receiver gets it: the Standard Webhooks headers ({@code
 * webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}) and the event's JSON body.
 */
public final class WebhookDelivery {
  private final Headers headers;
  private final byte[] body;

  WebhookDelivery(Headers headers, byte[] body) {
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body.clone();
  }

  /**
   * Returns the headers of the delivery.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the event as JSON, exactly as signed
   */
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return "WebhookDelivery{"
        + headers.first("webhook-id").orElse("?")
        + ", "
        + body.length
        + " bytes}";
  }
}
