/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The rendered events are part of the wire contract and of journal replay: one story that emits
 * every kind of event gives, byte for byte, the feed pinned in {@code events/feed.json}, and the
 * data export of its busiest wallet the document pinned in {@code events/export.json}.
 */
class EventWireFormatTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  /** The story's mock, a client of it and the id of the wallet that did the most. */
  private record Story(MockApi api, String alice) {}

  private static String pinned(String name) throws IOException {
    try (InputStream in = EventWireFormatTest.class.getResourceAsStream("/events/" + name)) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  /** Opens, funds, moves, pays, refunds, schedules, splits, steps up, verifies and erases. */
  private static Story story() {
    MockWalletServer mock = MockWalletServer.builder().seed(7).startAt(START).build();
    MockApi api = new MockApi(mock);
    Identities identities = new Identities(api);
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("1000.00", "EUR"));
    api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "20.00", "EUR")).text("/id");
    api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("5.00", "EUR"));
    String payout = api.post("/v1/transfers", Bodies.payout(alice, "7.00", "EUR")).text("/id");
    mock.control().settlePayout(TransferId.of(payout));
    String failed = api.post("/v1/transfers", Bodies.payout(alice, "3.00", "EUR")).text("/id");
    mock.control().failPayout(TransferId.of(failed));
    api.post("/v1/bill-payments", bill(alice, ",\"scheduledFor\":\"2026-06-02T09:00:00Z\""));
    String cancelled =
        api.post("/v1/bill-payments", bill(alice, ",\"scheduledFor\":\"2026-06-05T09:00:00Z\""))
            .text("/id");
    api.post("/v1/bill-payments/" + cancelled + "/cancel", "{}");
    mock.control().advanceClock(Duration.ofDays(2));
    api.post(
        "/v1/split-bills",
        "{\"merchantId\":\"mer_demo\",\"amount\":"
            + MockApi.money("20.00", "EUR")
            + ",\"participants\":[{\"walletId\":\""
            + alice
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + "},{\"walletId\":\""
            + bob
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + "}]}");
    api.post("/v1/qr/tokens", "{\"walletId\":\"" + alice + "\"}");
    mock.control().setStepUpThreshold(WalletId.of(alice), Money.of("500.00", "EUR"));
    TotpSecret secret = mock.control().enrollTotp(WalletId.of(alice));
    String challenge =
        api.post("/v1/transfers", Bodies.transfer(alice, bob, "600.00", "EUR"))
            .text("/challenge/id");
    api.post(
        "/v1/challenges/" + challenge + "/confirm",
        "{\"otp\":\"" + Totp.defaults().generate(secret, mock.control().now()) + "\"}");
    api.post(
        "/v1/wallets/" + bob + "/kyc",
        Identities.with("{\"level\":\"basic\"}", identities.basic("Bob Builder", "1990-01-01")));
    String carol = api.openWallet("Carol", "EUR");
    api.post("/v1/wallets/" + carol + "/data-export", "{}");
    api.post("/v1/wallets/" + carol + "/erasure", "{}");
    pots(mock, api, alice);
    offers(mock, api, alice);
    invoices(mock, api, alice);
    membership(mock, api, alice);
    return new Story(api, alice);
  }

  /**
   * An offer's vouchers: one redeemed and fully refunded (restored), one redeemed and partly
   * refunded (forfeited), and the issued ones expire with the offer.
   */
  private static void offers(MockWalletServer mock, MockApi api, String wallet) {
    String shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
    String offer =
        api.post(
                "/v1/offers",
                "{\"merchantId\":\""
                    + shop
                    + "\",\"title\":\"Summer deal\",\"currency\":\"EUR\",\"percentOff\":10,"
                    + "\"validUntil\":\"2026-07-01T00:00:00Z\",\"perHolderLimit\":3}")
            .text("/id");
    String issue = "{\"walletId\":\"" + wallet + "\"}";
    for (String refund : List.of("{}", Bodies.refund("10.00", "EUR"))) {
      String voucher = api.post("/v1/offers/" + offer + "/vouchers", issue).text("/id");
      String payment =
          api.post(
                  "/v1/payments",
                  "{\"walletId\":\""
                      + wallet
                      + "\",\"merchantId\":\""
                      + shop
                      + "\",\"amount\":"
                      + MockApi.money("30.00", "EUR")
                      + ",\"voucherId\":\""
                      + voucher
                      + "\"}")
              .text("/id");
      api.post("/v1/payments/" + payment + "/refunds", refund);
    }
    mock.control().advanceClock(Duration.ofDays(30));
  }

  /** A pot reaches its target, skips a sweep it cannot cover, is emptied and closed. */
  private static void pots(MockWalletServer mock, MockApi api, String wallet) {
    String pot =
        api.post(
                "/v1/wallets/" + wallet + "/pots",
                "{\"name\":\"Holiday\",\"currency\":\"EUR\",\"target\":"
                    + MockApi.money("5.00", "EUR")
                    + ",\"sweep\":{\"amount\":"
                    + MockApi.money("9000.00", "EUR")
                    + ",\"interval\":\"weekly\"}}")
            .text("/id");
    String amount = "{\"amount\":" + MockApi.money("5.00", "EUR") + "}";
    api.post("/v1/pots/" + pot + "/deposits", amount);
    mock.control().advanceClock(Duration.ofDays(7));
    api.post("/v1/pots/" + pot + "/withdrawals", amount);
    api.post("/v1/pots/" + pot + "/close", "{}");
  }

  /**
   * A business issues two invoices: one paid in part, credited and paid off, the other voided; a
   * third falls overdue.
   */
  private static void invoices(MockWalletServer mock, MockApi api, String payer) {
    String business = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
    String due =
        java.time.LocalDate.ofInstant(mock.control().now(), java.time.ZoneOffset.UTC).toString();
    String issue =
        "{\"currency\":\"EUR\",\"dueDate\":\""
            + due
            + "\",\"allowPartialPayments\":true,\"lines\":[{\"description\":\"Design\","
            + "\"quantity\":2,\"unitPrice\":"
            + MockApi.money("12.50", "EUR")
            + ",\"taxRateBasisPoints\":1900}]}";
    String invoice = api.post("/v1/wallets/" + business + "/invoices", issue).text("/id");
    String pay = "{\"walletId\":\"" + payer + "\",\"invoiceId\":\"" + invoice + "\",\"amount\":";
    api.post("/v1/invoice-payments", pay + MockApi.money("10.00", "EUR") + "}");
    api.post(
        "/v1/invoices/" + invoice + "/credit-notes",
        "{\"amount\":" + MockApi.money("0.75", "EUR") + ",\"reason\":\"Discount\"}");
    api.post("/v1/invoice-payments", pay + MockApi.money("19.00", "EUR") + "}");
    String voided = api.post("/v1/wallets/" + business + "/invoices", issue).text("/id");
    api.post("/v1/invoices/" + voided + "/void", "{}");
    api.post("/v1/wallets/" + business + "/invoices", issue);
    mock.control().advanceClock(Duration.ofDays(1));
  }

  /** A tier table is set and a payment takes the wallet to silver. */
  private static void membership(MockWalletServer mock, MockApi api, String wallet) {
    mock.control().setMembershipTiers(mock.control().defaultPartner(), MembershipTiersTest.table());
    api.post("/v1/payments", Bodies.payment(wallet, "mer_demo", "100.00", "EUR"));
  }

  private static String bill(String wallet, String extra) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"billerId\":\"blr_citypower\",\"customerReference\":\"0012345678\",\"amount\":"
        + MockApi.money("12.00", "EUR")
        + extra
        + "}";
  }

  @Test
  void everyKindOfEventRendersAsPinned() throws IOException {
    MockApi api = story().api();

    String feed = api.get("/v1/events?limit=100").body().toString();

    assertThat(feed).isEqualTo(pinned("feed.json"));
  }

  @Test
  void dataExportOfEveryKindOfRecordRendersAsPinned() throws IOException {
    Story story = story();

    String export =
        story.api().post("/v1/wallets/" + story.alice() + "/data-export", "{}").body().toString();

    assertThat(export).isEqualTo(pinned("export.json"));
  }
}
