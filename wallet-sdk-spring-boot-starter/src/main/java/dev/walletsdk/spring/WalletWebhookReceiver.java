/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.model.Event;
import dev.walletsdk.spi.Headers;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one webhook delivery: verifies its Standard Webhooks signature over the raw body with a
 * {@link WebhookHandler}, reads the typed {@link Event}, and dispatches it to every {@link
 * EventDispatcher} in order. Independent of the web framework; the starter's endpoint ({@code POST
 * wallet.webhook.path}) calls it and answers with {@link Reception#httpStatus()}.
 *
 * <p>A delivery that does not verify, or is not a valid event, reaches no dispatcher. Duplicates
 * are handled as {@link EventDispatcher} does: a dispatcher built with {@code deduplicate(n)} skips
 * an event id it has handled; the delivery is still answered 2xx so the platform stops sending it.
 * If a dispatcher throws, the delivery is answered 500 so the platform delivers it again, and the
 * dispatchers after it are not called for this attempt. Thread-safe if the dispatchers are (the
 * SDK's are).
 */
public final class WalletWebhookReceiver {
  private static final Logger log = LoggerFactory.getLogger(WalletWebhookReceiver.class);

  private final WebhookHandler handler;
  private final List<EventDispatcher> dispatchers;

  private WalletWebhookReceiver(WebhookHandler handler, List<EventDispatcher> dispatchers) {
    this.handler = handler;
    this.dispatchers = dispatchers;
  }

  /**
   * Creates a receiver.
   *
   * @param handler verifies and reads deliveries
   * @param dispatchers receive each event, in this order; may be empty
   * @return the receiver
   */
  public static WalletWebhookReceiver create(
      WebhookHandler handler, List<EventDispatcher> dispatchers) {
    return new WalletWebhookReceiver(
        Objects.requireNonNull(handler, "handler"), List.copyOf(dispatchers));
  }

  /**
   * Receives one delivery.
   *
   * @param headers the request's headers (names in any case)
   * @param body the raw request body, exactly as received
   * @return what happened, and the HTTP status to answer with
   */
  public Reception receive(Headers headers, byte[] body) {
    Event event;
    try {
      event = handler.handle(headers, body);
    } catch (SignatureVerificationException e) {
      log.warn("Rejected a webhook delivery: {}", e.getMessage());
      return Reception.REJECTED_SIGNATURE;
    } catch (InvalidResponseException e) {
      log.warn("Rejected a webhook delivery: {}", e.getMessage());
      return Reception.REJECTED_EVENT;
    }
    return dispatch(event);
  }

  private Reception dispatch(Event event) {
    boolean duplicate = !dispatchers.isEmpty();
    for (EventDispatcher dispatcher : dispatchers) {
      try {
        duplicate &= dispatcher.dispatch(event) == EventDispatcher.Outcome.DUPLICATE;
      } catch (RuntimeException e) {
        log.error(
            "Handling event {} ({}) failed; answering 500 so it is delivered again",
            event.id(),
            event.type(),
            e);
        return Reception.FAILED;
      }
    }
    return duplicate ? Reception.DUPLICATE : Reception.ACCEPTED;
  }

  @Override
  public String toString() {
    return "WalletWebhookReceiver{dispatchers=" + dispatchers.size() + "}";
  }

  /** What became of a delivery, and the HTTP status that tells the platform. */
  public enum Reception {
    /** Verified and dispatched (handled, or passed to {@code otherwise}): 204. */
    ACCEPTED(204),
    /** Verified; every dispatcher had already handled the event: 204. */
    DUPLICATE(204),
    /** The signature, a {@code webhook-*} header or the timestamp did not verify: 401. */
    REJECTED_SIGNATURE(401),
    /** Verified, but the body is not a valid Wallet API v1 event: 400. */
    REJECTED_EVENT(400),
    /** A dispatcher's handler threw: 500, so the platform delivers the event again. */
    FAILED(500);

    private final int httpStatus;

    Reception(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /**
     * Returns the status to answer the delivery with.
     *
     * @return 204, 400, 401 or 500
     */
    public int httpStatus() {
      return httpStatus;
    }
  }
}
