/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import dev.walletsdk.WalletException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.PayoutItemStatus;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batch payouts for the chaos run: each batch is sent twice with its key while faults are on (the
 * second send is the client re-sending what may already have run), then once more without faults;
 * afterwards every answer of a batch must be the same, and the exported journal must show exactly
 * one movement for each item the batch reports paid and none for the others.
 */
final class BatchWorkload {
  private final List<WalletId> payers;
  private final List<WalletId> payees;
  private final int batches;
  private final int itemsPerBatch;
  private final String prefix;
  private final Map<Integer, List<PayoutBatch>> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final AtomicInteger sends = new AtomicInteger();

  BatchWorkload(
      List<WalletId> payers, List<WalletId> payees, int batches, int itemsPerBatch, String prefix) {
    this.payers = List.copyOf(payers);
    this.payees = List.copyOf(payees);
    this.batches = batches;
    this.itemsPerBatch = itemsPerBatch;
    this.prefix = prefix;
  }

  String key(int batch) {
    return prefix + "-batch-" + batch;
  }

  PayoutBatchRequest request(int batch) {
    List<PayoutItem> items = new ArrayList<>(itemsPerBatch);
    for (int i = 0; i < itemsPerBatch; i++) {
      WalletId payee = payees.get((batch * 7 + i) % payees.size());
      Money amount = Money.ofMinor(100 + (batch * 31L + i * 17L) % 900, CurrencyCode.EUR);
      items.add(PayoutItem.of("item-" + i, payee, amount));
    }
    return PayoutBatchRequest.builder()
        .wallet(payers.get(batch % payers.size()))
        .currency(CurrencyCode.EUR)
        .reference(key(batch))
        .items(items)
        .idempotencyKey(IdempotencyKey.of(key(batch)))
        .build();
  }

  /** Sends every batch {@code times} times from several threads, recording answers and failures. */
  void send(WalletClient client, int times, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int b = 0; b < batches; b++) {
        int batch = b;
        done.add(
            pool.submit(
                () -> {
                  for (int t = 0; t < times; t++) {
                    sendOnce(client, batch);
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void sendOnce(WalletClient client, int batch) {
    sends.incrementAndGet();
    try {
      PayoutBatch answer = client.payoutBatches().submit(request(batch));
      answers.computeIfAbsent(batch, k -> new CopyOnWriteArrayList<>()).add(answer);
    } catch (WalletException e) {
      failures.computeIfAbsent(e.code(), k -> new AtomicInteger()).incrementAndGet();
    }
  }

  int sends() {
    return sends.get();
  }

  Map<String, Integer> failuresByCode() {
    Map<String, Integer> counts = new HashMap<>();
    failures.forEach((code, count) -> counts.put(code, count.get()));
    return counts;
  }

  /** What the journal and the answers say about the batches. */
  record Verdict(
      int batchesAnswered,
      int batchesDiffering,
      int items,
      int paid,
      int failed,
      int duplicates,
      int lost,
      int phantom,
      long paidMinor) {}

  /**
   * Compares each batch's answers with each other and its items with the journal.
   *
   * @param client reads the items of each batch, without faults
   * @param journal the exported journal
   */
  Verdict verify(WalletClient client, JournalView journal) {
    int answered = 0;
    int differing = 0;
    int items = 0;
    int paid = 0;
    int failed = 0;
    int duplicates = 0;
    int lost = 0;
    int phantom = 0;
    long paidMinor = 0;
    for (int b = 0; b < batches; b++) {
      List<PayoutBatch> got = answers.getOrDefault(b, List.of());
      if (got.isEmpty()) {
        continue;
      }
      answered++;
      PayoutBatch first = got.get(0);
      differing += (int) got.stream().filter(a -> !Objects.equals(a, first)).count();
      for (PayoutBatchItem item : client.payoutBatches().items(first.id())) {
        items++;
        int movements = journal.movements(key(b) + "#" + item.index()).size();
        duplicates += Math.max(0, movements - 1);
        if (item.status() == PayoutItemStatus.PAID) {
          paid++;
          paidMinor += item.amount().minorUnits();
          lost += movements == 0 ? 1 : 0;
        } else {
          failed++;
          phantom += movements;
        }
      }
    }
    return new Verdict(
        answered, differing, items, paid, failed, duplicates, lost, phantom, paidMinor);
  }
}
