/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

/**
 * Receives webhook deliveries in-process, as an HTTP endpoint would: the status it returns decides
 * whether the mock retries (anything but 2xx, or an exception, is a failed attempt).
 */
@FunctionalInterface
public interface WebhookReceiver {
  /**
   * Handles one delivery.
   *
   * @param delivery the headers and body
   * @return the HTTP status the receiver answers with
   */
  int receive(WebhookDelivery delivery);
}
