/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.mock.internal.runtime.WebhookDispatcher;
import dev.walletsdk.spi.Headers;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The mock's webhooks: endpoints that receive a partner's events per the Standard Webhooks
 * specification, signed with a per-endpoint {@code whsec_} secret.
 *
 * <p>Deliveries are attempted by {@link #deliverDue()}: the standalone server calls it several
 * times a second; in-process, a test calls it when it wants deliveries to happen, so nothing runs
 * in the background. A failed attempt (not 2xx) is retried after 5 s, 30 s, 2 min, 10 min and 1 h
 * of virtual time. Endpoints are not journaled: register them again after a restart.
 *
 * <p>Thread-safe.
 */
public final class MockWebhooks {
  private final MockRuntime runtime;

  MockWebhooks(MockRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Sends the default partner's events to an HTTP endpoint.
   *
   * @param url the receiver's URL
   * @return the endpoint and its secret
   */
  public WebhookEndpoint addEndpoint(URI url) {
    return addEndpoint(defaultPartner(), url);
  }

  /**
   * Sends a partner's events to an HTTP endpoint.
   *
   * @param partner the partner
   * @param url the receiver's URL
   * @return the endpoint and its secret
   */
  public WebhookEndpoint addEndpoint(MockPartner partner, URI url) {
    Objects.requireNonNull(url, "url");
    WebhookDispatcher dispatcher = runtime.webhooks();
    return register(partner, dispatcher, dispatcher.httpSender(url));
  }

  /**
   * Sends the default partner's events to an in-process receiver.
   *
   * @param receiver the receiver
   * @return the endpoint and its secret
   */
  public WebhookEndpoint addReceiver(WebhookReceiver receiver) {
    return addReceiver(defaultPartner(), receiver);
  }

  /**
   * Sends a partner's events to an in-process receiver.
   *
   * @param partner the partner
   * @param receiver the receiver
   * @return the endpoint and its secret
   */
  public WebhookEndpoint addReceiver(MockPartner partner, WebhookReceiver receiver) {
    Objects.requireNonNull(receiver, "receiver");
    return register(
        partner,
        runtime.webhooks(),
        (headers, body) -> receiver.receive(new WebhookDelivery(headers, body)));
  }

  private static WebhookEndpoint register(
      MockPartner partner,
      WebhookDispatcher dispatcher,
      BiFunction<Headers, byte[], Integer> send) {
    WebhookSecret secret = WebhookSecret.random();
    return new WebhookEndpoint(dispatcher.register(partner.id(), secret, send), secret);
  }

  private MockPartner defaultPartner() {
    return new MockControl(runtime).defaultPartner();
  }

  /**
   * Makes deliveries misbehave the way real networks do, to test consumers: an event delivered
   * twice, and events delivered out of order.
   *
   * @param duplicateProbability the chance, 0 to 1, that a delivered event is delivered again
   * @param reorder whether due deliveries are shuffled
   * @throws IllegalArgumentException if the probability is out of range
   */
  public void setChaos(double duplicateProbability, boolean reorder) {
    if (!(duplicateProbability >= 0 && duplicateProbability <= 1)) {
      throw new IllegalArgumentException(
          "duplicateProbability must be between 0 and 1 but was " + duplicateProbability);
    }
    runtime.webhooks().setChaos(duplicateProbability, reorder);
  }

  /**
   * Attempts every delivery that is due at the virtual time.
   *
   * @return the number of deliveries attempted (not counting duplicates)
   */
  public int deliverDue() {
    return runtime.webhooks().deliverDue();
  }

  /**
   * Returns the deliveries waiting, due or not.
   *
   * @return the count
   */
  public int pending() {
    return runtime.webhooks().pending();
  }

  /**
   * Returns every attempt so far, as {@code endpointId eventId #attempt status}.
   *
   * @return one line per attempt, oldest first
   */
  public List<String> attempts() {
    return runtime.webhooks().attempts().stream()
        .map(a -> a.endpointId() + " " + a.eventId() + " #" + a.attempt() + " " + a.status())
        .toList();
  }
}
