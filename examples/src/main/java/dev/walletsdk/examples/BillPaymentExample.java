/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentRun;
import dev.walletsdk.model.Biller;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Recurrence;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Pay the electricity bill now, set up a monthly water bill, let the mock's clock run through three
 * months (one run fails for lack of funds), then cancel the rest.
 */
public final class BillPaymentExample {
  private BillPaymentExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    MockWalletServer mock =
        MockWalletServer.builder().startAt(Instant.parse("2026-01-15T10:00:00Z")).build();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("120.00", "EUR"));

      for (Biller biller : wallet.billPayments().billers()) {
        out.println(biller.name() + " (" + biller.id() + "): " + biller.customerReferenceFormat());
      }

      BillPayment power =
          wallet
              .billPayments()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .biller(BillerId.of("blr_citypower"))
                          .customerReference("0012345678")
                          .amount(Money.of("64.20", "EUR")));
      out.println("City Power paid now: " + power.status().name().toLowerCase());

      BillPayment water =
          wallet
              .billPayments()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .biller(BillerId.of("blr_metrowater"))
                          .customerReference("MW123456")
                          .amount(Money.of("30.00", "EUR"))
                          .scheduledFor(Instant.parse("2026-02-01T06:00:00Z"))
                          .recurrence(Recurrence.every(RecurrenceInterval.MONTHLY, 12)));
      out.println("Metro Water scheduled, first run " + water.nextRunAt().orElseThrow());

      mock.control().advanceClock(Duration.ofDays(80));
      for (BillPaymentRun run : wallet.billPayments().get(water.id()).runs()) {
        out.println(
            "  run due "
                + run.dueAt()
                + ": "
                + (run.succeeded() ? "paid" : "failed, " + run.failureCode().orElseThrow()));
      }

      BillPayment cancelled = wallet.billPayments().cancel(water.id());
      out.println(
          "Cancelled after "
              + cancelled.runs().size()
              + " runs; balance "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available());
    }
  }
}
