/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierChange;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Climb from standard to silver to gold by spending, see the points multiplier and the FX fee
 * discount at work, then fall back to standard as the spend rolls out of the 30-day window.
 */
public final class MembershipTiersExample {
  private MembershipTiersExample() {}

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
    // The bank's tiers: silver from 100.00 EUR or 1,000 points in 30 days, gold from 300.00 EUR or
    // 3,000 points; 1 point per euro; a 1% FX fee on EUR to USD at 1.10, no spread.
    mock.control().setMembershipTiers(mock.control().defaultPartner(), table());
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      for (MembershipTierDefinition tier : wallet.membership().tiers().tiers()) {
        out.println(
            "Tier "
                + name(tier.tier())
                + ": from "
                + tier.minSpend()
                + " or "
                + tier.minPoints()
                + " points, points x"
                + tier.benefits().pointsMultiplierPercent()
                + "%, FX fee -"
                + tier.benefits().fxFeeDiscountPercent()
                + "%");
      }
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("1000.00", "EUR"));

      out.println("Standard FX fee on 100.00 EUR: " + quote(wallet, alice).fee());
      pay(wallet, mock, alice, "60.00");
      pay(wallet, mock, alice, "50.00");
      print(out, wallet.membership().get(alice.id()));
      out.println("Silver FX fee on 100.00 EUR: " + quote(wallet, alice).fee());
      pay(wallet, mock, alice, "200.00"); // earns floor(200 x 1.25) = 250 points
      print(out, wallet.membership().get(alice.id()));
      out.println("Gold FX fee on 100.00 EUR: " + quote(wallet, alice).fee());

      mock.control().advanceClock(Duration.ofDays(30));
      print(out, wallet.async().membership().get(alice.id()).join());

      for (Event event : wallet.events().list(EventQuery.builder().build())) {
        if (event.type().equals(EventType.MEMBERSHIP_TIER_CHANGED)) {
          MembershipTierChange change = (MembershipTierChange) event.data();
          out.println(
              "  "
                  + name(change.from())
                  + " -> "
                  + name(change.to())
                  + " ("
                  + change.cause().name().toLowerCase(Locale.ROOT)
                  + ", spend "
                  + change.rollingSpend()
                  + ", points "
                  + change.pointsInWindow()
                  + ")");
        }
      }
      out.println(
          "Points "
              + wallet.rewards().account(alice.id()).points()
              + ", audit clean: "
              + mock.ledger().audit().isClean());
    }
  }

  private static MembershipTierTable table() {
    return new MembershipTierTable(
        CurrencyCode.EUR,
        30,
        List.of(
            tier(MembershipTier.STANDARD, "0.00", 0, 100, 0),
            tier(MembershipTier.SILVER, "100.00", 1_000, 125, 25),
            tier(MembershipTier.GOLD, "300.00", 3_000, 150, 50)));
  }

  private static MembershipTierDefinition tier(
      MembershipTier tier, String minSpend, long minPoints, int multiplier, int discount) {
    return new MembershipTierDefinition(
        tier, Money.of(minSpend, "EUR"), minPoints, new MembershipBenefits(multiplier, discount));
  }

  private static void print(PrintStream out, MembershipStatus status) {
    out.println(
        "Now "
            + name(status.tier())
            + ": spend "
            + status.rollingSpend()
            + ", points "
            + status.pointsInWindow()
            + status
                .next()
                .map(n -> "; " + name(n.tier()) + " needs " + n.spendNeeded() + " more")
                .orElse(""));
  }

  private static String name(MembershipTier tier) {
    return tier.name().toLowerCase(Locale.ROOT);
  }

  private static Quote quote(WalletClient wallet, Wallet payer) {
    return wallet
        .quotes()
        .create(r -> r.wallet(payer.id()).sell(Money.of("100.00", "EUR")).buy("USD"));
  }

  private static void pay(WalletClient wallet, MockWalletServer mock, Wallet payer, String amount) {
    wallet
        .payments()
        .create(
            r ->
                r.wallet(payer.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR")));
  }
}
