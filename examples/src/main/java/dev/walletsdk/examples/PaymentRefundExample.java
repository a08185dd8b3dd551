/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;

/** Pay a merchant, refund part of it, then the rest. */
public final class PaymentRefundExample {
  private PaymentRefundExample() {}

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
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("80.00", "EUR"));

      Payment payment =
          wallet
              .payments()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .merchant(mock.control().demoMerchant())
                          .amount(Money.of("42.00", "EUR"))
                          .description("Two coffees and a cake")
                          .reference("order-1001"));
      out.println(
          "Paid " + payment.amount() + " to " + payment.merchantId() + ": " + status(payment));

      Refund partial =
          wallet
              .payments()
              .refund(
                  r ->
                      r.payment(payment.id())
                          .amount(Money.of("12.00", "EUR"))
                          .reason("Cake was sold out"));
      out.println(
          "Refunded " + partial.amount() + ": " + status(wallet.payments().get(payment.id())));

      Refund rest = wallet.payments().refund(r -> r.payment(payment.id()));
      out.println(
          "Refunded the remaining "
              + rest.amount()
              + ": "
              + status(wallet.payments().get(payment.id())));
      out.println("Balance: " + wallet.balances().get(alice.id(), CurrencyCode.EUR).available());
    }
  }

  private static String status(Payment payment) {
    return payment.status().name().toLowerCase();
  }
}
