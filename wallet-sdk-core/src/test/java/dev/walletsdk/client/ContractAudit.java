/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.mock.WebhookDelivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks recorded exchanges and webhook deliveries against docs/openapi.yaml and counts what was
 * checked: the operations, the exchanges and the event types.
 */
final class ContractAudit {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ContractSchemas contract;
  private final ContractLinks links;
  private final Set<String> operations = ConcurrentHashMap.newKeySet();
  private final Set<String> eventTypes = ConcurrentHashMap.newKeySet();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final AtomicInteger deliveries = new AtomicInteger();
  private final AtomicInteger linksEvaluated = new AtomicInteger();

  ContractAudit(ContractSchemas contract) {
    this.contract = contract;
    this.links = new ContractLinks(contract);
  }

  /**
   * Validates exchanges and deliveries.
   *
   * @param recorded the exchanges of a client
   * @param delivered the webhook deliveries of a mock
   * @throws AssertionError naming every violation: operation, status, JSON pointer and message
   */
  void assertFollowsContract(
      List<RecordingTransport.Exchange> recorded, List<WebhookDelivery> delivered) {
    List<String> violations = new ArrayList<>();
    for (RecordingTransport.Exchange exchange : recorded) {
      violations.addAll(contract.validate(exchange.request(), exchange.response()));
      contract
          .route(exchange.request().method(), exchange.request().uri().getRawPath())
          .ifPresent(
              route -> {
                operations.add(route.operationId());
                violations.addAll(links.check(route, exchange.request(), exchange.response()));
                linksEvaluated.addAndGet(
                    contract.links(route, exchange.response().status()).size());
              });
      exchanges.incrementAndGet();
    }
    for (WebhookDelivery delivery : delivered) {
      violations.addAll(contract.validateWebhook(delivery.headers(), delivery.body()));
      eventTypes.add(type(delivery.body()));
      deliveries.incrementAndGet();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "the exchanges break docs/openapi.yaml:\n  " + String.join("\n  ", violations));
    }
  }

  private static String type(byte[] event) {
    try {
      return JSON.readTree(event).path("type").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the operation ids of the exchanges validated so far. */
  Set<String> operations() {
    return new TreeSet<>(operations);
  }

  /** Returns the event types of the deliveries validated so far. */
  Set<String> eventTypes() {
    return new TreeSet<>(eventTypes);
  }

  /** Returns the number of exchanges validated so far. */
  int exchanges() {
    return exchanges.get();
  }

  /** Returns the number of links evaluated on real responses so far. */
  int linksEvaluated() {
    return linksEvaluated.get();
  }

  /** Returns the number of webhook deliveries validated so far. */
  int deliveries() {
    return deliveries.get();
  }
}
