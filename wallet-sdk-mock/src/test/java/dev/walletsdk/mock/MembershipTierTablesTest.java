/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.Money;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Membership tier tables the control plane refuses: each names what is wrong, none changes. */
@ExtendWith(MockWalletExtension.class)
class MembershipTierTablesTest {

  private static final String SILVER =
      "{\"minSpend\":\"100.00\",\"minPoints\":1000,\"pointsMultiplierPercent\":125,"
          + "\"fxFeeDiscountPercent\":25}";
  private static final String GOLD =
      "{\"minSpend\":\"300.00\",\"minPoints\":3000,\"pointsMultiplierPercent\":150,"
          + "\"fxFeeDiscountPercent\":50}";

  static Stream<Arguments> badTables() {
    String ok = ",\"currency\":\"EUR\",\"windowDays\":30";
    return Stream.of(
        Arguments.of(
            ",\"currency\":\"EUR\",\"windowDays\":0,\"silver\":" + SILVER + ",\"gold\":" + GOLD,
            "membership.tiers needs windowDays as a whole number from 1 to 366"),
        Arguments.of(ok + ",\"gold\":" + GOLD, "membership.tiers needs silver as an object"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER + ",\"gold\":" + GOLD.replace("50}", "101}"),
            "membership.tiers gold needs fxFeeDiscountPercent as a whole number from 0 to 100"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER.replace("100.00", "-1.00") + ",\"gold\":" + GOLD,
            "membership.tiers silver needs minSpend of zero or more"),
        Arguments.of(
            ok
                + ",\"standard\":"
                + SILVER.replace("100.00", "0.00")
                + ",\"silver\":"
                + SILVER
                + ",\"gold\":"
                + GOLD,
            "membership.tiers: standard needs minSpend 0, minPoints 0, pointsMultiplierPercent 100"
                + " and fxFeeDiscountPercent 0"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER.replace("125", "0") + ",\"gold\":" + GOLD,
            "membership.tiers silver needs pointsMultiplierPercent as a whole number from 100 to"
                + " 1000"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER + ",\"gold\":" + GOLD.replace("150", "1000000000000"),
            "membership.tiers gold needs pointsMultiplierPercent as a whole number from 100 to"
                + " 1000"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER + ",\"gold\":" + GOLD.replace("150", "120"),
            "membership.tiers: gold may not give less than silver"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER + ",\"gold\":" + GOLD.replace("50}", "20}"),
            "membership.tiers: gold may not give less than silver"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER + ",\"gold\":" + GOLD.replace("3000", "500"),
            "membership.tiers: gold needs more minSpend and more minPoints than silver"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER.replace("100.00", "100.001") + ",\"gold\":" + GOLD,
            "membership.tiers silver minSpend: amount \"100.001\" has 3 decimal places but EUR"
                + " allows at most 2"),
        Arguments.of(
            ok + ",\"silver\":" + SILVER.replace("1000,", "-1,") + ",\"gold\":" + GOLD,
            "membership.tiers silver needs minPoints as a whole number of zero or more"));
  }

  @ParameterizedTest
  @MethodSource("badTables")
  void badTableIsRefusedNamingWhatIsWrongAndChangesNothing(String members, String detail) {
    try (MockWalletServer mock = MockWalletServer.builder().build()) {
      MockApi api = new MockApi(mock);
      String body =
          "{\"partnerId\":\"" + mock.control().defaultPartner().id() + "\"" + members + "}";

      Reply reply =
          api.send(
              TransportRequest.builder()
                  .method("POST")
                  .uri(URI.create("http://localhost/_mock/membership/tiers"))
                  .header("Content-Type", "application/json")
                  .body(body.getBytes(StandardCharsets.UTF_8))
                  .build());

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.code()).isEqualTo("invalid_control_request");
      assertThat(reply.text("/detail")).isEqualTo(detail);
      assertThat(api.get("/v1/membership/tiers").text("/currency")).isEqualTo("USD");
    }
  }

  @Test
  void tableNamingSilverTwiceIsRefusedAndChangesNothing(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String body =
        "{\"partnerId\":\""
            + mock.control().defaultPartner().id()
            + "\",\"currency\":\"EUR\",\"windowDays\":30,\"silver\":"
            + SILVER
            + ",\"silver\":"
            + SILVER.replace("125", "1000")
            + ",\"gold\":"
            + GOLD
            + "}";

    Reply reply =
        api.send(
            TransportRequest.builder()
                .method("POST")
                .uri(URI.create("http://localhost/_mock/membership/tiers"))
                .header("Content-Type", "application/json")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .build());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/detail"))
        .isEqualTo("the body is not valid JSON: Duplicate field 'silver'");
    assertThat(api.get("/v1/membership/tiers").text("/currency")).isEqualTo("USD");
  }

  @Test
  void tableOfAnUnknownPartnerIsRefused(MockWalletServer mock) {
    MockPartner ghost = new MockPartner("ptn_ghost", ApiKey.of("sk_test_ghost"));

    assertThatThrownBy(() -> mock.control().setMembershipTiers(ghost, MembershipTiersTest.table()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner ptn_ghost does not exist");
  }

  @Test
  void tableWhoseGoldNeedsNoMoreThanSilverIsRefusedAndChangesNothing(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    List<MembershipTierDefinition> tiers = new ArrayList<>(MembershipTiersTest.table().tiers());
    tiers.set(
        2,
        new MembershipTierDefinition(
            MembershipTier.GOLD,
            Money.of("100.00", "EUR"),
            3_000,
            new MembershipBenefits(150, 50)));
    MembershipTierTable bad = new MembershipTierTable(CurrencyCode.EUR, 30, tiers);

    assertThatThrownBy(
            () -> mock.control().setMembershipTiers(mock.control().defaultPartner(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("membership.tiers: gold needs more minSpend and more minPoints than silver");
    assertThat(api.get("/v1/membership/tiers").text("/currency")).isEqualTo("USD");
  }

  @Test
  void tableWithoutGoldIsRefused(MockWalletServer mock) {
    MembershipTierTable bad =
        new MembershipTierTable(
            CurrencyCode.EUR, 30, MembershipTiersTest.table().tiers().subList(0, 2));

    assertThatThrownBy(
            () -> mock.control().setMembershipTiers(mock.control().defaultPartner(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "membership tiers must be [STANDARD, SILVER, GOLD] in that order, not [STANDARD, SILVER]");
  }
}
