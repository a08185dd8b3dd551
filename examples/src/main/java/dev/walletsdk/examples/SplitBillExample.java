/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillRequest;
import dev.walletsdk.model.SplitShare;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * Three friends split a dinner bill: by percentages (the leftover cent goes by largest remainder),
 * then by exact shares, and a split that one wallet cannot cover moves nothing at all.
 */
public final class SplitBillExample {
  private SplitBillExample() {}

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
      Wallet ana = open(mock, wallet, "Ana", "60.00");
      Wallet ben = open(mock, wallet, "Ben", "60.00");
      Wallet cai = open(mock, wallet, "Cai", "10.00");

      SplitBillRequest dinner =
          SplitBillRequest.builder()
              .merchant(mock.control().demoMerchant())
              .amount(Money.of("100.00", "EUR"))
              .percentage(ana.id(), new BigDecimal("33.3333"))
              .percentage(ben.id(), new BigDecimal("33.3333"))
              .percentage(cai.id(), new BigDecimal("33.3334"))
              .description("Dinner at the demo merchant")
              .build();
      out.println("Preview: " + dinner.allocation());
      try {
        wallet.splitBills().create(dinner);
      } catch (InsufficientFundsException e) {
        out.println("Cai cannot cover 33.34 EUR: " + e.code() + ", nobody paid anything");
      }

      mock.control().fund(cai.id(), Money.of("30.00", "EUR"));
      SplitBill paid = wallet.splitBills().create(dinner);
      for (SplitShare share : paid.participants()) {
        out.println(
            name(share, ana, ben)
                + " paid "
                + share.amount().orElseThrow()
                + " ("
                + share.percentage().orElseThrow().toPlainString()
                + " %)");
      }

      SplitBill taxi =
          wallet
              .splitBills()
              .create(
                  r ->
                      r.merchant(mock.control().demoMerchant())
                          .amount(Money.of("18.50", "EUR"))
                          .share(ana.id(), Money.of("12.00", "EUR"))
                          .share(ben.id(), Money.of("6.50", "EUR")));
      out.println("Taxi split " + taxi.method().name().toLowerCase() + ": " + taxi.amount());
      out.println(
          "Left: Ana "
              + balance(wallet, ana)
              + ", Ben "
              + balance(wallet, ben)
              + ", Cai "
              + balance(wallet, cai));
    }
  }

  private static Wallet open(MockWalletServer mock, WalletClient wallet, String name, String fund) {
    Wallet opened = wallet.wallets().open(r -> r.displayName(name).currency("EUR"));
    mock.control().fund(opened.id(), Money.of(fund, "EUR"));
    return opened;
  }

  private static String name(SplitShare share, Wallet ana, Wallet ben) {
    if (share.walletId().equals(ana.id())) {
      return "Ana";
    }
    return share.walletId().equals(ben.id()) ? "Ben" : "Cai";
  }

  private static Money balance(WalletClient wallet, Wallet holder) {
    return wallet.balances().get(holder.id(), CurrencyCode.EUR).available();
  }
}
