/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier changes decided on the clock survive a restart from the journal file: each is rebuilt at the
 * instant and with the id it had, none is announced twice, and none falls due again.
 */
class MembershipTierRestartTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private static List<String> tierEvents(MockWalletServer mock) {
    List<String> changes = new ArrayList<>();
    for (JsonNode event : new MockApi(mock).get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().equals("membership.tier_changed")) {
        JsonNode data = event.get("data");
        changes.add(
            event.get("id").asText()
                + " "
                + data.get("id").asText()
                + " "
                + data.get("from").asText()
                + ">"
                + data.get("to").asText()
                + " "
                + data.get("cause").asText()
                + " "
                + data.get("changedAt").asText());
      }
    }
    return changes;
  }

  private static void pay(MockWalletServer mock, String wallet, String amount) {
    assertThat(
            new MockApi(mock)
                .post(
                    "/v1/payments",
                    Bodies.payment(wallet, mock.control().demoMerchant().value(), amount, "EUR"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void windowRollsReplayAtTheirInstantOnceAfterARestart() {
    Path journal = dir.resolve("tiers.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    first
        .control()
        .setMembershipTiers(first.control().defaultPartner(), MembershipTiersTest.table());
    first.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    String wallet = new MockApi(first).openWallet("Alice", "EUR");
    first.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
    pay(first, wallet, "60.00");
    first.control().advanceClock(Duration.ofDays(10));
    pay(first, wallet, "250.00");
    // day 30: the 60.00 leaves the window (gold to silver); day 45: the 250.00 (to standard)
    first.control().advanceClock(Duration.ofDays(20));
    first.control().advanceClock(Duration.ofDays(15));
    List<String> before = tierEvents(first);
    String ledger = first.ledger().exportJournal();
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    List<String> after = tierEvents(second);
    second.control().advanceClock(Duration.ofDays(40));

    assertThat(before).hasSize(3);
    assertThat(before.get(1)).endsWith("gold>silver window_rolled 2026-04-01T09:00:00Z");
    assertThat(before.get(2)).endsWith("silver>standard window_rolled 2026-04-16T09:00:00Z");
    assertThat(after).isEqualTo(before);
    assertThat(tierEvents(second)).isEqualTo(before);
    assertThat(second.ledger().exportJournal()).isEqualTo(ledger);
    assertThat(second.control().rewardsPoints(WalletId.of(wallet))).isEqualTo(60 + 250);
    second.close();
  }
}
