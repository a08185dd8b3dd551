/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Part 4 of docs/performance.md: transfers per second through the mock's engine in-process — the
 * request bytes parsed and authenticated, the idempotency key recorded, the double-entry movement
 * posted, the command appended to a journal file and the receipt signed — with one and two threads.
 * Each thread moves money between its own pair of wallets, so threads meet only at the engine's
 * lock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerBenchmark {
  private static final int MAX_THREADS = 2;

  private Path journal;
  private MockWalletServer mock;
  private Transport transport;
  private URI transfers;
  private String authorization;
  private WalletId[] wallets;
  private final AtomicInteger threads = new AtomicInteger();

  /** Starts a mock with a journal file and funds a pair of wallets per thread. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    journal = Files.createTempFile("ledger-benchmark", ".journal");
    Files.delete(journal);
    mock = MockWalletServer.builder().seed(1).journal(journal).build();
    transport = mock.transport();
    transfers = transport.defaultBaseUri().orElseThrow().resolve("/v1/transfers");
    authorization = "Bearer " + mock.apiKey().reveal();
    wallets = new WalletId[MAX_THREADS * 2];
    for (int i = 0; i < wallets.length; i++) {
      wallets[i] = mock.control().openWallet("Wallet " + i, CurrencyCode.EUR);
      mock.control().fund(wallets[i], Money.of("100000000.00", "EUR"));
    }
  }

  /** Stops the mock, checks the ledger and deletes the journal. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    boolean clean = mock.ledger().audit().isClean();
    mock.close();
    Files.deleteIfExists(journal);
    if (!clean) {
      throw new IllegalStateException("the ledger audit failed after the benchmark");
    }
  }

  /** One caller: its pair of wallets, its request body and a counter for idempotency keys. */
  @State(Scope.Thread)
  public static class Caller {
    private byte[] body;
    private String keyPrefix;
    private long sequence;

    /**
     * Picks the next free pair of wallets.
     *
     * @param ledger the shared engine
     */
    @Setup(Level.Trial)
    public void setUp(LedgerBenchmark ledger) {
      int index = ledger.threads.getAndIncrement() % MAX_THREADS;
      body =
          ("{\"sourceWalletId\":\""
                  + ledger.wallets[2 * index].value()
                  + "\",\"destinationWalletId\":\""
                  + ledger.wallets[2 * index + 1].value()
                  + "\",\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"}}")
              .getBytes(StandardCharsets.UTF_8);
      keyPrefix = "ledger-" + index + "-" + System.nanoTime() + "-";
    }
  }

  /**
   * One transfer, one thread.
   *
   * @param caller the thread's caller
   * @param clock the thread's CPU time and calls
   * @return the response status
   */
  @Benchmark
  @Threads(1)
  public int transfersOneThread(Caller caller, CpuClock clock) {
    clock.calls++;
    return transfer(caller);
  }

  /**
   * One transfer, two threads.
   *
   * @param caller the thread's caller
   * @param clock the thread's CPU time and calls
   * @return the response status
   */
  @Benchmark
  @Threads(2)
  public int transfersTwoThreads(Caller caller, CpuClock clock) {
    clock.calls++;
    return transfer(caller);
  }

  private int transfer(Caller caller) {
    TransportRequest request =
        TransportRequest.builder()
            .method("POST")
            .uri(transfers)
            .header("Authorization", authorization)
            .header("Wallet-Api-Version", "2026-11-01")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", caller.keyPrefix + caller.sequence++)
            .body(caller.body)
            .build();
    TransportResponse response = transport.execute(request);
    if (response.status() != 201) {
      throw new UncheckedIOException(
          new IOException("transfer failed: " + response.status() + " " + response.bodyText()));
    }
    return response.status();
  }
}
