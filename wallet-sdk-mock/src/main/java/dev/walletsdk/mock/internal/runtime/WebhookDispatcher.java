/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.crypto.server.WebhookSigner;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.spi.Headers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Delivers each partner's events to its webhook endpoints per the Standard Webhooks specification,
 * retrying failures with backoff on the virtual clock (5 s, 30 s, 2 min, 10 min, 1 h; six attempts
 * in all). To test consumers it can deliver duplicates and shuffle the order, drawing from the
 * mock's seeded source. Deliveries happen outside the engine's lock.
 *
 * <p>Thread-safe.
 */
public final class WebhookDispatcher {
  private static final Duration[] BACKOFF = {
    Duration.ofSeconds(5),
    Duration.ofSeconds(30),
    Duration.ofMinutes(2),
    Duration.ofMinutes(10),
    Duration.ofHours(1)
  };

  /**
   * A registered endpoint.
   *
   * @param id the endpoint id
   * @param partnerId whose events it receives
   * @param secret signs its deliveries
   * @param send delivers headers and body, returning the HTTP status
   */
  public record Endpoint(
      String id,
      String partnerId,
      WebhookSecret secret,
      BiFunction<Headers, byte[], Integer> send) {}

  /**
   * One attempt, for assertions.
   *
   * @param endpointId the endpoint
   * @param eventId the event
   * @param attempt the attempt's number, from 1
   * @param status the status answered, or 0 on a failure to connect
   * @param at when, in server time
   * @param signature the {@code webhook-signature} header it carried
   */
  public record Attempt(
      String endpointId, String eventId, int attempt, int status, Instant at, String signature) {}

  private static final class Pending {
    private final Endpoint endpoint;
    private EventRecord event;
    private int attempts;
    private Instant due;

    Pending(Endpoint endpoint, EventRecord event) {
      this.endpoint = endpoint;
      this.event = event;
      this.due = event.createdAt();
    }
  }

  private final Supplier<Instant> now;
  private final Random random;
  private final List<Endpoint> endpoints = new ArrayList<>();
  private final List<Pending> queue = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final List<Attempt> abandoned = new ArrayList<>();
  private @Nullable HttpClient http;
  private double duplicateProbability;
  private boolean reorder;

  /**
   * Creates a dispatcher.
   *
   * @param now the virtual time
   * @param seed the mock's seed
   */
  public WebhookDispatcher(Supplier<Instant> now, long seed) {
    this.now = now;
    this.random = new Random(seed ^ 0x5EED_0F_4EB400L);
  }

  /**
   * Registers an endpoint.
   *
   * @param partnerId whose events it receives
   * @param secret signs its deliveries
   * @param send delivers, returning the HTTP status
   * @return the endpoint id
   */
  public synchronized String register(
      String partnerId, WebhookSecret secret, BiFunction<Headers, byte[], Integer> send) {
    String id = "whe_" + (endpoints.size() + 1);
    endpoints.add(new Endpoint(id, partnerId, secret, send));
    return id;
  }

  /**
   * Returns a sender that posts to an HTTP endpoint with the JDK client.
   *
   * @param url the endpoint
   * @return the sender
   */
  public synchronized BiFunction<Headers, byte[], Integer> httpSender(URI url) {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
    HttpClient client = http;
    return (headers, body) -> post(client, url, headers, body);
  }

  private static int post(HttpClient client, URI url, Headers headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.size(); i++) {
      request.header(headers.name(i), headers.value(i));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /**
   * Sets how deliveries misbehave.
   *
   * @param duplicateProbability the chance a delivered event is delivered again
   * @param reorder whether due deliveries are shuffled
   */
  public synchronized void setChaos(double duplicateProbability, boolean reorder) {
    this.duplicateProbability = duplicateProbability;
    this.reorder = reorder;
  }

  /**
   * Queues an event for the partner's endpoints; called under the engine's lock.
   *
   * @param event the new event
   */
  public synchronized void enqueue(EventRecord event) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.partnerId().equals(event.partnerId())) {
        queue.add(new Pending(endpoint, event));
      }
    }
  }

  /**
   * Rewrites the events of every queued delivery, as erasure scrubs a holder's personal data from
   * them: a delivery not yet made sends what the platform holds now.
   *
   * @param rewrite gives the event to send instead
   */
  public synchronized void rewritePending(UnaryOperator<EventRecord> rewrite) {
    for (Pending pending : queue) {
      pending.event = rewrite.apply(pending.event);
    }
  }

  /**
   * Attempts every delivery that is due.
   *
   * @return the number of attempts made
   */
  public int deliverDue() {
    List<Pending> due = takeDue();
    for (Pending pending : due) {
      boolean delivered = attempt(pending);
      if (delivered && random(duplicateProbability)) {
        attempt(pending);
      }
      if (!delivered) {
        reschedule(pending);
      }
    }
    return due.size();
  }

  private synchronized List<Pending> takeDue() {
    Instant at = now.get();
    List<Pending> due = new ArrayList<>();
    queue.removeIf(
        pending -> {
          boolean ready = !pending.due.isAfter(at);
          if (ready) {
            due.add(pending);
          }
          return ready;
        });
    if (reorder) {
      Collections.shuffle(due, random);
    }
    return due;
  }

  private synchronized boolean random(double probability) {
    return probability > 0 && random.nextDouble() < probability;
  }

  private boolean attempt(Pending pending) {
    Instant at = now.get();
    byte[] body = MockJson.write(Views.event(pending.event));
    String signature =
        WebhookSigner.of(List.of(pending.endpoint.secret())).sign(pending.event.id(), at, body);
    Headers headers =
        Headers.of(
            "webhook-id",
            pending.event.id(),
            "webhook-timestamp",
            Long.toString(at.getEpochSecond()),
            "webhook-signature",
            signature,
            "content-type",
            "application/json");
    int status;
    try {
      status = pending.endpoint.send().apply(headers, body);
    } catch (RuntimeException e) {
      status = 0;
    }
    synchronized (this) {
      pending.attempts++;
      attempts.add(
          new Attempt(
              pending.endpoint.id(), pending.event.id(), pending.attempts, status, at, signature));
    }
    return status >= 200 && status < 300;
  }

  private synchronized void reschedule(Pending pending) {
    if (pending.attempts > BACKOFF.length) {
      abandoned.add(attempts.get(attempts.size() - 1));
      return;
    }
    pending.due = now.get().plus(BACKOFF[pending.attempts - 1]);
    queue.add(pending);
  }

  /**
   * Returns every attempt so far.
   *
   * @return the attempts, oldest first
   */
  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /**
   * Returns the registered endpoints.
   *
   * @return the endpoints, oldest first
   */
  public synchronized List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /**
   * Returns the deliveries that are waiting, due or not.
   *
   * @return the count
   */
  public synchronized int pending() {
    return queue.size();
  }

  /**
   * Returns the last attempts of deliveries given up after six failures.
   *
   * @return the attempts
   */
  public synchronized List<Attempt> abandoned() {
    return List.copyOf(abandoned);
  }
}
