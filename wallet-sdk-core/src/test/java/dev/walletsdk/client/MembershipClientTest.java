/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.PermissionException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipNextTier;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierChange;
import dev.walletsdk.model.MembershipTierChangeCause;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.Wallet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Membership tiers through the client, sync and async, against the mock. */
class MembershipClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

  MembershipClientTest() {
    mock.control().fund(alice.id(), Money.of("1000.00", "EUR"));
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    mock.control().setMembershipTiers(mock.control().defaultPartner(), table());
  }

  private static MembershipTierDefinition tier(
      MembershipTier tier, String minSpend, long minPoints, int multiplier, int discount) {
    return new MembershipTierDefinition(
        tier, Money.of(minSpend, "EUR"), minPoints, new MembershipBenefits(multiplier, discount));
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

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private void pay(String amount) {
    client
        .payments()
        .create(
            r ->
                r.wallet(alice.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR")));
  }

  @Test
  void tiersReadBackAsTheyWereSet() {
    assertThat(client.membership().tiers()).isEqualTo(table());
    assertThat(client.async().membership().tiers().join()).isEqualTo(table());
  }

  @Test
  void statusShowsTierSinceProgressBenefitsAndTheNextTier() {
    pay("60.00");
    mock.control().advanceClock(Duration.ofDays(1));
    pay("50.00");
    pay("33.00");

    MembershipStatus status = client.membership().get(alice.id());

    assertThat(status)
        .isEqualTo(
            new MembershipStatus(
                alice.id(),
                MembershipTier.SILVER,
                mock.control().now(),
                30,
                Money.of("143.00", "EUR"),
                151, // 60 + 50 at standard, floor(33 x 1.25) = 41 at silver
                new MembershipBenefits(125, 25),
                new MembershipNextTier(MembershipTier.GOLD, Money.of("157.00", "EUR"), 2_849)));
    assertThat(client.async().membership().get(alice.id()).join()).isEqualTo(status);
  }

  @Test
  void tierChangeIsATypedEvent() {
    pay("150.00");

    Event event =
        client.events().list(EventQuery.builder().build()).stream()
            .filter(e -> e.type().equals(EventType.MEMBERSHIP_TIER_CHANGED))
            .findFirst()
            .orElseThrow();

    MembershipTierChange change = (MembershipTierChange) event.data();
    assertThat(change.walletId()).isEqualTo(alice.id());
    assertThat(change.from()).isEqualTo(MembershipTier.STANDARD);
    assertThat(change.to()).isEqualTo(MembershipTier.SILVER);
    assertThat(change.cause()).isEqualTo(MembershipTierChangeCause.PAYMENT);
    assertThat(change.rollingSpend()).isEqualTo(Money.of("150.00", "EUR"));
    assertThat(change.pointsInWindow()).isEqualTo(150);
  }

  @Test
  void goldQuoteShowsTheFeeAfterItsDiscount() {
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    pay("300.00");

    Quote quote =
        client
            .quotes()
            .create(r -> r.wallet(alice.id()).sell(Money.of("100.00", "EUR")).buy("USD"));

    // 1% x 50% = 0.5%: principal round(100 / 1.005) = 99.50, fee 0.50, buy round(109.45)
    assertThat(quote.fee()).isEqualTo(Money.of("0.50", "EUR"));
    assertThat(quote.buyAmount()).isEqualTo(Money.of("109.45", "USD"));
  }

  @Test
  void anotherPartnersWalletIsRefused() {
    try (WalletClient other =
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(mock.control().newPartner("Other").apiKey())
            .build()) {
      assertThatThrownBy(() -> other.membership().get(alice.id()))
          .isInstanceOf(PermissionException.class);
    }
  }

  @Test
  void benefitsOutOfRangeAreRefusedNamingTheMember() {
    assertThatThrownBy(() -> new MembershipBenefits(99, 0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("pointsMultiplierPercent must be between 100 and 1000 but was 99");
    assertThatThrownBy(() -> new MembershipBenefits(100, 101))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("fxFeeDiscountPercent must be between 0 and 100 but was 101");
  }

  @Test
  void tableWithASpendInAnotherCurrencyIsRefused() {
    assertThatThrownBy(
            () ->
                new MembershipTierTable(
                    CurrencyCode.USD,
                    30,
                    List.of(tier(MembershipTier.STANDARD, "0.00", 0, 100, 0))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("minSpend of STANDARD is in EUR, not the table's currency USD");
  }

  @Test
  void windowOfZeroDaysIsRefused() {
    assertThatThrownBy(() -> new MembershipTierTable(CurrencyCode.EUR, 0, List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("windowDays must be between 1 and 366 but was 0");
  }

  @Test
  void negativeMinPointsAreRefused() {
    assertThatThrownBy(() -> tier(MembershipTier.SILVER, "1.00", -1, 100, 0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("minPoints must be zero or more but was -1");
  }
}
