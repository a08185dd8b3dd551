/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.client.EventDispatcher.Outcome;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Resource;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.UnknownResource;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** EventDispatcher routes by type, checks payload classes, and deduplicates within a bound. */
class EventDispatcherTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private static Wallet wallet(String id) {
    return Wallet.builder()
        .id(WalletId.of(id))
        .displayName("Alice")
        .status(WalletStatus.ACTIVE)
        .currencies(List.of(CurrencyCode.of("EUR")))
        .createdAt(AT)
        .build();
  }

  private static Event event(String id, EventType type, Resource data) {
    return Event.builder().id(EventId.of(id)).type(type).createdAt(AT).data(data).build();
  }

  private static Event walletCreated(String id) {
    return event(id, EventType.WALLET_CREATED, wallet("wal_" + id.substring(4)));
  }

  @Test
  void routesEachTypeToItsHandlerWithTheTypedData() {
    List<String> seen = new ArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> seen.add("created " + wallet.id().value()))
            .on(EventType.PAYMENT_SUCCEEDED, Payment.class, (event, payment) -> seen.add("paid"))
            .build();

    Outcome outcome = dispatcher.dispatch(walletCreated("evt_1"));

    assertThat(outcome).isEqualTo(Outcome.HANDLED);
    assertThat(seen).containsExactly("created wal_1");
  }

  @Test
  void resourceClassAcceptsAnyData() {
    List<Resource> seen = new ArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Resource.class, (event, data) -> seen.add(data))
            .on(EventType.of("dispute.opened"), Resource.class, (event, data) -> seen.add(data))
            .build();
    UnknownResource dispute = UnknownResource.of("dispute", "{\"object\":\"dispute\"}");

    dispatcher.dispatch(walletCreated("evt_1"));
    dispatcher.dispatch(event("evt_2", EventType.of("dispute.opened"), dispute));

    assertThat(seen).containsExactly(wallet("wal_1"), dispute);
  }

  @Test
  void handlerForAClassTheTypeNeverCarriesIsRejectedWhenRegistered() {
    EventDispatcher.Builder builder = EventDispatcher.builder();

    assertThatThrownBy(
            () -> builder.on(EventType.TRANSFER_COMPLETED, Payment.class, (event, payment) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "events of type transfer.completed carry dev.walletsdk.model.Transfer, so a handler"
                + " for dev.walletsdk.model.Payment would never match");
    assertThatThrownBy(
            () -> builder.on(EventType.WALLET_FUNDED, Wallet.class, (event, wallet) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("wallet.funded carry dev.walletsdk.model.Transaction");
  }

  @Test
  void everyKnownTypeAcceptsItsOwnDataClass() {
    EventDispatcher.Builder builder = EventDispatcher.builder();
    for (EventType type : EventType.known()) {
      builder.on(type, type.dataType().orElseThrow(), (event, data) -> {});
    }

    assertThat(builder.build().toString()).contains("transfer.completed", "bill_payment.failed");
  }

  @Test
  void secondHandlerForATypeIsRejected() {
    EventDispatcher.Builder builder =
        EventDispatcher.builder().on(EventType.WALLET_CREATED, Wallet.class, (event, w) -> {});

    assertThatThrownBy(() -> builder.on(EventType.WALLET_CREATED, Resource.class, (e, r) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("event type wallet.created already has a handler");
  }

  @Test
  void dataOfAnotherClassAtDispatchIsAnInvalidResponseAndTheHandlerDoesNotRun() {
    AtomicInteger calls = new AtomicInteger();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (event, wallet) -> calls.incrementAndGet())
            .on(
                EventType.of("dispute.opened"),
                Transfer.class,
                (event, transfer) -> calls.incrementAndGet())
            .build();
    Event unreadable =
        event("evt_7", EventType.WALLET_CREATED, UnknownResource.of("wallet_v2", "{}"));
    Event wrongClass = event("evt_8", EventType.of("dispute.opened"), wallet("wal_8"));

    assertThatThrownBy(() -> dispatcher.dispatch(unreadable))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "event evt_7 of type wallet.created carries data of the unknown object type"
                + " \"wallet_v2\", but its handler expects dev.walletsdk.model.Wallet")
        .extracting(e -> ((InvalidResponseException) e).code())
        .isEqualTo(ErrorCode.INVALID_RESPONSE);
    assertThatThrownBy(() -> dispatcher.dispatch(wrongClass))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "event evt_8 of type dispute.opened carries dev.walletsdk.model.Wallet, but its"
                + " handler expects dev.walletsdk.model.Transfer");
    assertThat(calls).hasValue(0);
  }

  @Test
  void eventsWithoutAHandlerGoToOtherwise() {
    List<EventType> otherwise = new ArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.PAYMENT_SUCCEEDED, Payment.class, (event, payment) -> {})
            .otherwise(event -> otherwise.add(event.type()))
            .build();

    Outcome known = dispatcher.dispatch(walletCreated("evt_1"));
    Outcome unknown =
        dispatcher.dispatch(
            event("evt_2", EventType.of("dispute.opened"), UnknownResource.of("dispute", "{}")));

    assertThat(known).isEqualTo(Outcome.OTHERWISE);
    assertThat(unknown).isEqualTo(Outcome.OTHERWISE);
    assertThat(otherwise).containsExactly(EventType.WALLET_CREATED, EventType.of("dispute.opened"));
  }

  @Test
  void byDefaultUnhandledEventsAreIgnored() {
    EventDispatcher dispatcher = EventDispatcher.builder().build();

    assertThat(dispatcher.dispatch(walletCreated("evt_1"))).isEqualTo(Outcome.OTHERWISE);
  }

  @Test
  void handlerExceptionsPropagateUnchanged() {
    IllegalStateException failure = new IllegalStateException("database down");
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> {
                  throw failure;
                })
            .build();

    assertThatThrownBy(() -> dispatcher.dispatch(walletCreated("evt_1"))).isSameAs(failure);
  }

  @Test
  void withoutDeduplicationEveryCopyIsHandled() {
    AtomicInteger calls = new AtomicInteger();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (event, wallet) -> calls.incrementAndGet())
            .build();

    dispatcher.dispatch(walletCreated("evt_1"));
    dispatcher.dispatch(walletCreated("evt_1"));

    assertThat(calls).hasValue(2);
  }

  @Test
  void deduplicationSkipsARepeatedId() {
    List<String> seen = new ArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (event, w) -> seen.add(event.id().value()))
            .otherwise(event -> seen.add("otherwise " + event.id().value()))
            .deduplicate(10)
            .build();
    Event unhandled =
        event("evt_9", EventType.of("dispute.opened"), UnknownResource.of("dispute", "{}"));

    assertThat(dispatcher.dispatch(walletCreated("evt_1"))).isEqualTo(Outcome.HANDLED);
    assertThat(dispatcher.dispatch(walletCreated("evt_1"))).isEqualTo(Outcome.DUPLICATE);
    assertThat(dispatcher.dispatch(unhandled)).isEqualTo(Outcome.OTHERWISE);
    assertThat(dispatcher.dispatch(unhandled)).isEqualTo(Outcome.DUPLICATE);
    assertThat(seen).containsExactly("evt_1", "otherwise evt_9");
  }

  @Test
  void deduplicationForgetsTheOldestIdBeyondItsBound() {
    List<String> seen = new ArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (event, w) -> seen.add(event.id().value()))
            .deduplicate(2)
            .build();

    dispatcher.dispatch(walletCreated("evt_1"));
    dispatcher.dispatch(walletCreated("evt_2"));
    dispatcher.dispatch(walletCreated("evt_3")); // evt_1 is forgotten now
    Outcome second = dispatcher.dispatch(walletCreated("evt_3"));
    Outcome third = dispatcher.dispatch(walletCreated("evt_2"));
    Outcome first = dispatcher.dispatch(walletCreated("evt_1"));

    assertThat(List.of(second, third, first))
        .containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.HANDLED);
    assertThat(seen).containsExactly("evt_1", "evt_2", "evt_3", "evt_1");
  }

  @Test
  void anEventWhoseHandlerFailedIsHandledAgainWhenRedelivered() {
    AtomicInteger attempts = new AtomicInteger();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("first attempt fails");
                  }
                })
            .deduplicate(10)
            .build();

    assertThatThrownBy(() -> dispatcher.dispatch(walletCreated("evt_1")))
        .hasMessage("first attempt fails");
    assertThat(dispatcher.dispatch(walletCreated("evt_1"))).isEqualTo(Outcome.HANDLED);
    assertThat(dispatcher.dispatch(walletCreated("evt_1"))).isEqualTo(Outcome.DUPLICATE);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aRepeatArrivingWhileTheFirstCopyIsBeingHandledIsSkipped() throws Exception {
    CountDownLatch inHandler = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> {
                  calls.incrementAndGet();
                  inHandler.countDown();
                  try {
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                })
            .deduplicate(10)
            .build();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Outcome> first = pool.submit(() -> dispatcher.dispatch(walletCreated("evt_1")));
      assertThat(inHandler.await(10, TimeUnit.SECONDS)).isTrue();

      Outcome repeat = dispatcher.dispatch(walletCreated("evt_1"));
      release.countDown();

      assertThat(repeat).isEqualTo(Outcome.DUPLICATE);
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.HANDLED);
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentDispatchHandlesEachIdExactlyOnce() throws Exception {
    int threads = 8;
    int events = 500;
    List<String> handled = new CopyOnWriteArrayList<>();
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> handled.add(event.id().value()))
            .on(EventType.WALLET_FUNDED, Transaction.class, (event, transaction) -> {})
            .deduplicate(events)
            .build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  int mine = 0;
                  for (int i = 1; i <= events; i++) {
                    if (dispatcher.dispatch(walletCreated("evt_" + i)) == Outcome.HANDLED) {
                      mine++;
                    }
                  }
                  return mine;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(30, TimeUnit.SECONDS);
      }

      assertThat(total).isEqualTo(events);
      assertThat(handled).hasSize(events).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deduplicateNeedsAPositiveBound() {
    assertThatThrownBy(() -> EventDispatcher.builder().deduplicate(0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("maxRemembered must be at least 1 but was 0");
  }

  @Test
  void toStringNamesTypesAndDeduplicationButNoData() {
    EventDispatcher dispatcher =
        EventDispatcher.builder()
            .on(EventType.WALLET_CREATED, Wallet.class, (event, wallet) -> {})
            .on(EventType.PAYMENT_SUCCEEDED, Payment.class, (event, payment) -> {})
            .deduplicate(100)
            .build();

    assertThat(dispatcher)
        .hasToString("EventDispatcher{types=[payment.succeeded, wallet.created], deduplicate=100}");
  }
}
