/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletKind;
import dev.walletsdk.model.WalletStatus;
import java.io.PrintStream;
import java.util.List;

/**
 * Run a payroll from a business wallet: three salaries in one batch, one to a closed wallet, which
 * fails while the others are paid; the batch re-sent with its key pays nothing again; a personal
 * wallet cannot pay a batch.
 */
public final class BatchPayoutsExample {
  private BatchPayoutsExample() {}

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
    MockWalletServer mock = MockWalletServer.inProcess();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet acme =
          wallet
              .wallets()
              .open(r -> r.displayName("Acme Ltd").currency("EUR").kind(WalletKind.BUSINESS));
      mock.control().fund(acme.id(), Money.of("10000.00", "EUR"));
      Wallet ann = wallet.wallets().open(r -> r.displayName("Ann").currency("EUR"));
      Wallet ben = wallet.wallets().open(r -> r.displayName("Ben").currency("EUR"));
      Wallet cat = wallet.wallets().open(r -> r.displayName("Cat").currency("EUR"));
      mock.control().setWalletStatus(ben.id(), WalletStatus.CLOSED);

      PayoutBatchRequest payroll =
          PayoutBatchRequest.builder()
              .wallet(acme.id())
              .currency(CurrencyCode.EUR)
              .reference("payroll-2026-12")
              .items(
                  List.of(
                      PayoutItem.of("ann-12", ann.id(), Money.of("2100.00", "EUR")),
                      PayoutItem.of("ben-12", ben.id(), Money.of("1950.00", "EUR")),
                      PayoutItem.of("cat-12", cat.id(), Money.of("2300.50", "EUR"))))
              .idempotencyKey(IdempotencyKey.of("payroll-2026-12"))
              .build();
      PayoutBatch batch = wallet.payoutBatches().submit(payroll);
      out.println(
          "Batch "
              + batch.status()
              + ": "
              + batch.paidCount()
              + " paid ("
              + batch.paidTotal()
              + "), "
              + batch.failedCount()
              + " failed ("
              + batch.failedTotal()
              + ")");
      for (PayoutBatchItem item : wallet.payoutBatches().items(batch.id())) {
        out.println(
            "  "
                + item.reference()
                + " "
                + item.amount()
                + " "
                + item.status()
                + " "
                + item.failureCode().orElse(item.transferId().isPresent() ? "transfer" : ""));
      }

      PayoutBatch again = wallet.payoutBatches().submit(payroll);
      out.println("Re-sent with the same key, same batch: " + again.equals(batch));
      out.println(
          "Acme holds "
              + mock.control().balance(acme.id(), CurrencyCode.EUR)
              + " after both sends");

      try {
        wallet
            .payoutBatches()
            .submit(
                r ->
                    r.wallet(ann.id())
                        .currency(CurrencyCode.EUR)
                        .items(List.of(PayoutItem.of("x", cat.id(), Money.of("1.00", "EUR")))));
      } catch (InvalidRequestException e) {
        out.println("Refused: " + e.code());
      }
      out.println("Audit clean: " + mock.ledger().audit().isClean());
    }
  }
}
