/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Ledger;
import dev.walletsdk.mock.internal.ledger.Leg;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Part 4 of docs/performance.md, the ledger core: postings per second on the mock's double-entry
 * {@code Ledger} itself, one thread, no HTTP, JSON, idempotency, receipt or journal file. Each
 * posting is one journal entry of two legs (a transfer between two wallets and its fee to a
 * platform account), checked against funds and limits, applied, and hash-chained (SHA-256 over the
 * previous hash and the entry). The journal stays in memory, as in the mock; a fresh ledger starts
 * each iteration and its audit (balances re-folded, every hash recomputed) must be clean at the end
 * of it. {@link CpuClock} gives the thread's CPU time per posting beside the wall-clock rate.
 *
 * <p>The mock's ledger is not part of its exported API; this module runs on the class path (the
 * shaded jar drops module descriptors), where the public class is reachable.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LedgerCoreBenchmark {
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

  /** No idempotency scope: the audit allows one movement per scope, and idempotency is not here. */
  private static final Memo MEMO = new Memo("trf_8dT2kQ0vXcZ4nB7mL1pA", "transfer", null);

  private Ledger ledger;
  private String source;
  private String target;
  private String fees;
  private long micros;

  /** A fresh ledger with a funded source wallet, a target wallet and a fee account. */
  @Setup(Level.Iteration)
  public void setUp() {
    ledger = new Ledger();
    String funding = ledger.account("system:funding:EUR", "EUR", true).key();
    source = ledger.account("wallet:wal_wz6s3yXpiG7f5UMMCbjn:EUR", "EUR", false).key();
    target = ledger.account("wallet:wal_pYMB3B7dmuiC0C6YEbJI:EUR", "EUR", false).key();
    fees = ledger.account("system:fees:EUR", "EUR", true).key();
    micros = 0;
    ledger.post(
        List.of(new Leg(funding, source, "EUR", 100_000_000_000_000L)),
        START,
        new Memo("fnd_1", "funding", null));
  }

  /**
   * Checks the last iteration's ledger: balances equal the fold of the journal and the hash chain
   * is intact. Once, at the end, so that the audit's work is not counted as the postings' CPU time.
   */
  @TearDown(Level.Trial)
  public void audit() {
    List<String> violations = ledger.audit().violations();
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "the ledger audit failed with "
              + violations.size()
              + " violations, the first: "
              + violations.get(0));
    }
  }

  /**
   * One posting of two legs, one microsecond of server time after the one before.
   *
   * @param clock counts the thread's CPU time and the postings
   * @return the journal entry
   */
  @Benchmark
  @Threads(1)
  public JournalEntry post(CpuClock clock) {
    clock.calls++;
    micros++;
    List<Leg> legs =
        List.of(new Leg(source, target, "EUR", 1_000), new Leg(source, fees, "EUR", 3));
    return ledger.post(legs, START.plusNanos(micros * 1_000), MEMO);
  }
}
