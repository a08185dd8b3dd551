/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The request journal under erasure of a holder's personal data, and under concurrent requests. */
class RequestJournalErasureTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final MockApi api = new MockApi(mock);

  private List<RecordedRequest> concerning(String text) {
    return mock.requests().list().stream()
        .filter(r -> r.path().contains(text) || r.bodyText().contains(text))
        .toList();
  }

  private String bodyOf(long sequence) {
    return mock.requests().list().stream()
        .filter(r -> r.sequence() == sequence)
        .findFirst()
        .orElseThrow()
        .bodyText();
  }

  @Test
  void erasureDropsTheBodiesOfTheHoldersRequestsAndKeepsOthers() {
    String bob = api.openWallet("Bob Other", "EUR");
    String zelda = api.openWallet("Zelda Holder", "EUR");
    mock.control().fund(WalletId.of(zelda), Money.of("10.00", "EUR"));
    api.post("/v1/transfers", Bodies.transfer(zelda, bob, "10.00", "EUR"));
    assertThat(concerning("Zelda Holder")).hasSize(1);

    assertThat(api.post("/v1/wallets/" + zelda + "/erasure", "{}").status()).isEqualTo(200);
    api.post("/v1/transfers", Bodies.transfer(zelda, bob, "1.00", "EUR"));

    List<RecordedRequest> requests = mock.requests().list();
    assertThat(requests)
        .extracting(RecordedRequest::path, RecordedRequest::bodyErased)
        .containsExactly(
            tuple("/v1/wallets", false),
            tuple("/v1/wallets", true),
            tuple("/v1/transfers", true),
            tuple("/v1/wallets/" + zelda + "/erasure", true),
            tuple("/v1/transfers", true));
    assertThat(concerning("Zelda Holder")).isEmpty();
    assertThat(bodyOf(1)).isEqualTo("{\"displayName\":\"Bob Other\",\"currencies\":[\"EUR\"]}");
    assertThat(bodyOf(2)).isEmpty();
    assertThat(requests.get(1).bodyLength()).isEqualTo(51);
  }

  @Test
  void erasedBodiesAreGoneFromTheControlPlaneListToo() {
    String zelda = api.openWallet("Zelda Holder", "EUR");

    api.post("/v1/wallets/" + zelda + "/erasure", "{}");

    String listed =
        new MockApi(mock)
            .send(
                TransportRequest.builder()
                    .method("GET")
                    .uri(URI.create("http://localhost/_mock/requests"))
                    .build())
            .body()
            .toString();
    assertThat(listed).doesNotContain("Zelda Holder").contains("\"bodyErased\":true");
  }

  @Test
  void concurrentRequestsAreEachRecordedOnceWithDistinctNumbers() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done =
          IntStream.range(0, threads)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < perThread; i++) {
                              api.get("/v1/wallets?limit=" + (t * perThread + i + 1));
                            }
                          }))
              .<Future<?>>map(f -> f)
              .toList();
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<RecordedRequest> requests = mock.requests().list();
    assertThat(requests).hasSize(threads * perThread);
    assertThat(requests)
        .extracting(RecordedRequest::sequence)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, threads * perThread).mapToObj(Long::valueOf).toList());
    assertThat(requests)
        .extracting(r -> r.query().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, threads * perThread).mapToObj(i -> "limit=" + i).toList());
  }
}
