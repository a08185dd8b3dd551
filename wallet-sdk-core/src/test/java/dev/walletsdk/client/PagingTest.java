/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionId;
import dev.walletsdk.model.WalletId;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Auto-paging fetches each page only when the previous one is used up, following the cursor. */
class PagingTest {
  private static final WalletId A = WalletId.of("wal_a");

  private final MockWebServer server = Servers.startLoopback();
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl(Servers.baseUrl(server))
          .apiKey(ApiKey.of("sk_test_paging"))
          .build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void enqueueTwoTransactionPages() {
    server.enqueue(
        json(
            200,
            WireJson.page("c2", WireJson.transaction("txn_1"), WireJson.transaction("txn_2")),
            "req_1"));
    server.enqueue(json(200, WireJson.page(null, WireJson.transaction("txn_3")), "req_2"));
  }

  @Test
  void transactionsAreFetchedLazilyPageByPage() {
    enqueueTwoTransactionPages();

    PagedIterable<Transaction> transactions = client.transactions().list(q -> q.wallet(A));
    assertThat(server.getRequestCount()).isZero();

    Iterator<Transaction> iterator = transactions.iterator();
    assertThat(iterator.next().id()).isEqualTo(TransactionId.of("txn_1"));
    assertThat(iterator.next().id()).isEqualTo(TransactionId.of("txn_2"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(iterator.next().id()).isEqualTo(TransactionId.of("txn_3"));
    assertThat(iterator.hasNext()).isFalse();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(Servers.take(server).getTarget())
        .isEqualTo("/v1/wallets/wal_a/transactions?limit=25");
    assertThat(Servers.take(server).getTarget())
        .isEqualTo("/v1/wallets/wal_a/transactions?cursor=c2&limit=25");
  }

  @Test
  void transactionQueryParametersAreSentOnEveryPage() {
    enqueueTwoTransactionPages();

    List<Transaction> all =
        client
            .transactions()
            .list(q -> q.wallet(A).limit(2).since(Instant.parse("2026-11-01T00:00:00Z")))
            .stream()
            .toList();

    assertThat(all).extracting(t -> t.id().value()).containsExactly("txn_1", "txn_2", "txn_3");
    assertThat(Servers.take(server).getTarget())
        .isEqualTo("/v1/wallets/wal_a/transactions?limit=2&since=2026-11-01T00%3A00%3A00Z");
    assertThat(Servers.take(server).getTarget())
        .isEqualTo(
            "/v1/wallets/wal_a/transactions?cursor=c2&limit=2&since=2026-11-01T00%3A00%3A00Z");
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    server.enqueue(json(200, WireJson.page(null, WireJson.transaction("txn_1")), "req_1"));
    server.enqueue(json(200, WireJson.page(null, WireJson.transaction("txn_1")), "req_2"));
    PagedIterable<Transaction> transactions = client.transactions().list(q -> q.wallet(A));

    assertThat(transactions.stream().count()).isEqualTo(1);
    assertThat(transactions.stream().count()).isEqualTo(1);

    assertThat(Servers.take(server).getTarget())
        .isEqualTo("/v1/wallets/wal_a/transactions?limit=25");
    assertThat(Servers.take(server).getTarget())
        .isEqualTo("/v1/wallets/wal_a/transactions?limit=25");
  }

  @Test
  void eventsArePagedWithTheLastEventIdAsAfter() {
    server.enqueue(
        json(200, WireJson.page("evt_2", WireJson.event("evt_1"), WireJson.event("evt_2")), "r1"));
    server.enqueue(json(200, WireJson.page(null, WireJson.event("evt_3")), "r2"));

    List<Event> events = client.events().list(EventQuery.builder().build()).stream().toList();

    assertThat(events)
        .extracting(Event::id)
        .containsExactly(EventId.of("evt_1"), EventId.of("evt_2"), EventId.of("evt_3"));
    assertThat(Servers.take(server).getTarget()).isEqualTo("/v1/events?limit=25");
    assertThat(Servers.take(server).getTarget()).isEqualTo("/v1/events?after=evt_2&limit=25");
  }

  @Test
  void eventPollingResumesAfterTheGivenEvent() {
    server.enqueue(json(200, WireJson.page(null, WireJson.event("evt_8")), "r1"));

    client.events().page(EventQuery.builder().build().withAfter(EventId.of("evt_7")));

    assertThat(Servers.take(server).getTarget()).isEqualTo("/v1/events?after=evt_7&limit=25");
  }
}
