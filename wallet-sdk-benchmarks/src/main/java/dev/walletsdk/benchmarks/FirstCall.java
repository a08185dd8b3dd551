/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a partner app does first: start the in-process mock, build a client and complete one
 * transfer. Prints {@code first call done} when it has; {@link StartupProbe} times it from the
 * outside, from process start. Then prints how long the client's part took (building the client and
 * the call, after the mock was ready) and the CPU time the process used up to that point.
 */
public final class FirstCall {
  private FirstCall() {}

  /**
   * Makes the first call.
   *
   * @param args ignored
   * @throws IOException if {@code /proc/self/stat} exists but cannot be read
   */
  public static void main(String[] args) throws IOException {
    long clientStart;
    long clientEnd;
    try (MockWalletServer mock = MockWalletServer.inProcess()) {
      WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
      WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
      mock.control().fund(alice, Money.of("100.00", "EUR"));
      clientStart = System.nanoTime();
      try (WalletClient wallet =
          WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
        wallet.transfers().create(r -> r.from(alice).to(bob).amount(Money.of("1.00", "EUR")));
      }
      clientEnd = System.nanoTime();
    }
    System.out.println("first call done");
    System.out.flush();
    // After the timed line, so that measuring costs the measured start nothing.
    System.out.printf(Locale.ROOT, "client millis %.1f%n", (clientEnd - clientStart) / 1e6);
    System.out.printf(Locale.ROOT, "cpu millis %d%n", cpuMillis());
  }

  /**
   * The CPU time this process used so far (user and system), from {@code /proc/self/stat}.
   *
   * @return milliseconds, or -1 where {@code /proc} is not there
   */
  private static long cpuMillis() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.exists(stat)) {
      return -1;
    }
    String text = Files.readString(stat);
    // Fields after the command name (which may hold spaces) start after its closing parenthesis;
    // utime and stime are fields 14 and 15, in clock ticks of (almost always) 100 Hz.
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 10;
  }
}
