/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Part 4 of docs/performance.md, second half: the retained heap of the mock's engine per 100,000
 * wallets, each opened and funded once through the control plane (so each has an account, a funding
 * movement in the journal and its events). Heap in use is read after full collections before and
 * after, in a fresh mock each repetition. Writes {@code wallet-heap.json}.
 */
public final class WalletHeap {
  private static final int WALLETS = 100_000;

  private WalletHeap() {}

  /**
   * Measures.
   *
   * @param args the results directory, the number of repetitions
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws IOException {
    int repetitions = Integer.parseInt(args[1]);
    ObjectNode report = new ObjectMapper().createObjectNode();
    report.put("wallets", WALLETS);
    ArrayNode runs = report.putArray("bytesRetained");
    ArrayNode seconds = report.putArray("secondsToOpenAndFund");
    for (int i = 0; i < repetitions; i++) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      try (MockWalletServer mock = MockWalletServer.builder().seed(i).build()) {
        for (int w = 0; w < WALLETS; w++) {
          WalletId wallet = mock.control().openWallet("Wallet " + w, CurrencyCode.EUR);
          mock.control().fund(wallet, Money.of("10.00", "EUR"));
        }
        seconds.add((System.nanoTime() - start) / 1e9);
        long retained = usedAfterGc() - before;
        runs.add(retained);
        System.out.printf("run %d: %.1f MB for %d wallets%n", i, retained / 1e6, WALLETS);
      }
    }
    Path results = Path.of(args[0]);
    Files.createDirectories(results);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve("wallet-heap.json").toFile(), report);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
