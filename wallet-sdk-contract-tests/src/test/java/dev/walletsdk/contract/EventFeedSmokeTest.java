/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import static dev.walletsdk.contract.GeneratedClientFixture.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.contract.GeneratedClientFixture.Client;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.model.BillPayment;
import dev.walletsdk.generated.model.BudgetAlert;
import dev.walletsdk.generated.model.Challenge;
import dev.walletsdk.generated.model.DataExportSummary;
import dev.walletsdk.generated.model.Erasure;
import dev.walletsdk.generated.model.Event;
import dev.walletsdk.generated.model.EventPage;
import dev.walletsdk.generated.model.KycVerification;
import dev.walletsdk.generated.model.Payment;
import dev.walletsdk.generated.model.PaymentToken;
import dev.walletsdk.generated.model.PayoutBatch;
import dev.walletsdk.generated.model.Pot;
import dev.walletsdk.generated.model.PotMove;
import dev.walletsdk.generated.model.Refund;
import dev.walletsdk.generated.model.RewardsEntry;
import dev.walletsdk.generated.model.SplitBill;
import dev.walletsdk.generated.model.Transaction;
import dev.walletsdk.generated.model.Transfer;
import dev.walletsdk.generated.model.Wallet;
import dev.walletsdk.mock.MockPartner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/events} through the generated client: a feed holding every event type the contract
 * lists in {@code x-event-types}, each event's {@code data} decoded to the generated class of the
 * object the contract names for its type.
 */
class EventFeedSmokeTest {
  /** The generated class of each {@code object} an event's data can be. */
  private static final Map<String, Class<?>> MEMBERS =
      Map.ofEntries(
          Map.entry("wallet", Wallet.class),
          Map.entry("transaction", Transaction.class),
          Map.entry("payment", Payment.class),
          Map.entry("refund", Refund.class),
          Map.entry("transfer", Transfer.class),
          Map.entry("challenge", Challenge.class),
          Map.entry("payment_token", PaymentToken.class),
          Map.entry("split_bill", SplitBill.class),
          Map.entry("bill_payment", BillPayment.class),
          Map.entry("rewards_entry", RewardsEntry.class),
          Map.entry("kyc_verification", KycVerification.class),
          Map.entry("data_export_summary", DataExportSummary.class),
          Map.entry("erasure", Erasure.class),
          Map.entry("budget_alert", BudgetAlert.class),
          Map.entry("risk_flag", dev.walletsdk.generated.model.RiskFlag.class),
          Map.entry("risk_review", dev.walletsdk.generated.model.RiskReview.class),
          Map.entry("pot", Pot.class),
          Map.entry("pot_move", PotMove.class),
          Map.entry("offer", dev.walletsdk.generated.model.Offer.class),
          Map.entry("voucher", dev.walletsdk.generated.model.Voucher.class),
          Map.entry("invoice", dev.walletsdk.generated.model.Invoice.class),
          Map.entry(
              "membership_tier_change", dev.walletsdk.generated.model.MembershipTierChange.class),
          Map.entry("payout_batch", PayoutBatch.class));

  private static GeneratedClientFixture fixture;

  @BeforeAll
  static void start() {
    fixture = GeneratedClientFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  /**
   * {@code Event.type}'s {@code x-event-types} in the contract the client was generated from (the
   * system property {@code contract.spec}): event type to the {@code object} of its data.
   */
  static Map<String, String> contractEventTypes() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("contract.spec")));
    Pattern entry = Pattern.compile("^(\\s+)([a-z_]+\\.[a-z_.]+): ([a-z_]+)$");
    Map<String, String> types = new LinkedHashMap<>();
    int start =
        lines.indexOf(
            lines.stream().filter(l -> l.endsWith("x-event-types:")).findFirst().orElseThrow());
    for (String line : lines.subList(start + 1, lines.size())) {
      Matcher m = entry.matcher(line);
      if (!m.matches()) {
        break;
      }
      types.put(m.group(2), m.group(3));
    }
    return types;
  }

  private static List<Event> readFeed(Client client) throws ApiException {
    List<Event> events = new ArrayList<>();
    String after = null;
    EventPage page;
    do {
      page = client.events.listEvents(VERSION, after, 10);
      events.addAll(page.getData());
      if (!page.getData().isEmpty()) {
        after = page.getData().get(page.getData().size() - 1).getId();
      }
    } while (page.getHasMore());
    return events;
  }

  @Test
  void contractListsFortySixEventTypesOverTwentyThreeObjects() throws IOException {
    Map<String, String> types = contractEventTypes();

    assertThat(types).hasSize(46);
    assertThat(new TreeSet<>(types.values())).isEqualTo(new TreeSet<>(MEMBERS.keySet()));
  }

  @Test
  void feedHoldsEveryContractEventTypeEachDecodedToItsTypedMember() throws Exception {
    MockPartner partner = fixture.control().newPartner("Feed");
    Client client = fixture.client(partner.apiKey());
    new EveryEvent(fixture, client, partner).provoke();

    List<Event> events = readFeed(client);

    Map<String, String> contract = contractEventTypes();
    assertThat(events.stream().map(Event::getType).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(contract.keySet());
    for (Event event : events) {
      Class<?> member = MEMBERS.get(contract.get(event.getType()));
      assertThat(event.getData().getActualInstance())
          .as("data of %s %s", event.getType(), event.getId())
          .isExactlyInstanceOf(member);
    }
  }
}
