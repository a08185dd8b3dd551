/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookDelivery;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.Recurrence;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.SpendingPeriod;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.UnknownResource;
import dev.walletsdk.model.Wallet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the in-process mock through every feature that emits events, then reads the event feed:
 * every event must have a type this SDK knows and data read into that type's class. A feature that
 * starts emitting a new event type without a constant in {@link EventType} and a reader case in the
 * client fails here once this test drives it; a constant no feature emits fails here too.
 */
class EventFeedCoverageTest {
  private static final List<Event> events = new ArrayList<>();
  private static final List<WebhookDelivery> deliveries = new ArrayList<>();
  private static RecordingTransport recorder;

  @BeforeAll
  static void driveEveryFeature() {
    MockWalletServer mock =
        MockWalletServer.builder().startAt(Instant.parse("2026-01-15T10:00:00Z")).build();
    mock.webhooks().addReceiver(delivery -> deliveries.add(delivery) ? 200 : 500);
    recorder = new RecordingTransport(mock.transport());
    try (WalletClient wallet =
        WalletClient.builder().transport(recorder).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      Wallet carol = wallet.wallets().open(r -> r.displayName("Carol").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("5000.00", "EUR"));
      mock.control().fund(bob.id(), Money.of("100.00", "EUR"));
      mock.control().fund(carol.id(), Money.of("40.00", "EUR"));
      mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
      mock.control().setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));

      Payment payment =
          wallet
              .payments()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .merchant(mock.control().demoMerchant())
                          .amount(Money.of("42.00", "EUR")));
      wallet.payments().refund(r -> r.payment(payment.id()).amount(Money.of("12.00", "EUR")));
      wallet.rewards().redeem(r -> r.wallet(alice.id()).points(100).currency(CurrencyCode.EUR));

      wallet
          .transfers()
          .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("10.00", "EUR")));
      Transfer settled = payout(wallet, alice);
      mock.control().settlePayout(settled.id());
      Transfer returned = payout(wallet, alice);
      mock.control().failPayout(returned.id());

      mock.control().setStepUpThreshold(alice.id(), Money.of("1000.00", "EUR"));
      mock.control().enrollTotp(alice.id());
      try {
        wallet
            .transfers()
            .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("1500.00", "EUR")));
      } catch (StepUpRequiredException e) {
        wallet.challenges().confirm(e.challenge(), mock.control().currentTotp(alice.id()));
      }

      PaymentToken token = wallet.payments().createToken(r -> r.wallet(alice.id()));
      wallet
          .payments()
          .redeemToken(
              r ->
                  r.payload(token.payload())
                      .merchant(mock.control().demoMerchant())
                      .amount(Money.of("5.00", "EUR")));

      wallet
          .splitBills()
          .create(
              r ->
                  r.merchant(mock.control().demoMerchant())
                      .amount(Money.of("30.00", "EUR"))
                      .share(alice.id(), Money.of("20.00", "EUR"))
                      .share(bob.id(), Money.of("10.00", "EUR")));

      wallet
          .billPayments()
          .create(
              r ->
                  r.wallet(alice.id())
                      .biller(BillerId.of("blr_citypower"))
                      .customerReference("0012345678")
                      .amount(Money.of("64.20", "EUR")));
      BillPayment water =
          wallet
              .billPayments()
              .create(
                  r ->
                      r.wallet(carol.id())
                          .biller(BillerId.of("blr_metrowater"))
                          .customerReference("MW123456")
                          .amount(Money.of("30.00", "EUR"))
                          .scheduledFor(Instant.parse("2026-02-01T06:00:00Z"))
                          .recurrence(Recurrence.every(RecurrenceInterval.MONTHLY, 12)));
      mock.control().advanceClock(Duration.ofDays(50)); // one run paid, the next one fails
      wallet.billPayments().cancel(water.id());

      Wallet dave = wallet.wallets().open(r -> r.displayName("Dave").currency("EUR"));
      try (WalletClient encrypting =
          WalletClient.builder()
              .transport(recorder)
              .apiKey(mock.apiKey())
              .fieldEncryption(HpkeFieldEncryptor.forServerKeys(wallet.keys().list()))
              .build()) {
        encrypting
            .kyc()
            .upgrade(
                r ->
                    r.wallet(dave.id())
                        .level(KycLevel.BASIC)
                        .identity(
                            Identity.builder()
                                .fullName("Dave Example")
                                .dateOfBirth(LocalDate.of(1980, 5, 17))
                                .build()));
      }
      wallet.privacy().export(dave.id());
      wallet.privacy().erase(dave.id());

      wallet
          .budgets()
          .create(
              r ->
                  r.wallet(bob.id())
                      .category("5999")
                      .period(SpendingPeriod.WEEK)
                      .amount(Money.of("10.00", "EUR")));
      wallet
          .payments()
          .create(
              r ->
                  r.wallet(bob.id())
                      .merchant(mock.control().demoMerchant())
                      .amount(Money.of("11.00", "EUR"))); // 80 % reached and exceeded at once
      pots(wallet, mock, carol);
      offers(wallet, mock, alice);
      invoices(wallet, mock);
      payoutBatch(wallet, mock, carol);
      mock.control()
          .addRiskRule(
              mock.control().defaultPartner(),
              "new_payee",
              "hold",
              java.util.Map.of("currency", "EUR", "minAmount", "200.00"));
      mock.control().releaseRiskReview(heldForReview(wallet, alice, carol).id().value());
      Wallet erin = wallet.wallets().open(r -> r.displayName("Erin").currency("EUR"));
      mock.control().rejectRiskReview(heldForReview(wallet, alice, erin).id().value());
      membership(wallet, mock);

      for (Event event : wallet.events().list(EventQuery.builder().build())) {
        events.add(event);
      }
    }
    mock.webhooks().deliverDue();
  }

  /** A transfer to a new payee that the rule holds for review; each call is a new request. */
  private static dev.walletsdk.model.RiskReview heldForReview(
      WalletClient wallet, Wallet from, Wallet to) {
    try {
      wallet
          .transfers()
          .create(r -> r.from(from.id()).to(to.id()).amount(Money.of("250.00", "EUR")));
    } catch (dev.walletsdk.PendingReviewException e) {
      return e.review();
    }
    throw new AssertionError("the transfer was not held for review");
  }

  /** pot.created, pot.moved, pot.target_reached, pot.sweep_failed, pot.closed. */
  private static void pots(WalletClient wallet, MockWalletServer mock, Wallet owner) {
    dev.walletsdk.model.Pot pot =
        wallet
            .pots()
            .create(
                r ->
                    r.wallet(owner.id())
                        .name("Holiday")
                        .currency(CurrencyCode.EUR)
                        .target(Money.of("1.00", "EUR"))
                        .sweep(Money.of("9999.00", "EUR"), RecurrenceInterval.WEEKLY));
    wallet.pots().deposit(pot.id(), Money.of("1.00", "EUR"));
    mock.control().advanceClock(Duration.ofDays(7));
    wallet.pots().withdraw(pot.id(), Money.of("1.00", "EUR"));
    wallet.pots().close(pot.id());
  }

  /**
   * offer.created, voucher.issued, voucher.redeemed, voucher.restored (a full refund),
   * voucher.forfeited (a partial refund), voucher.expired (the clock passes the offer's end).
   */
  private static void offers(WalletClient wallet, MockWalletServer mock, Wallet holder) {
    dev.walletsdk.model.Offer offer =
        wallet
            .offers()
            .create(
                r ->
                    r.merchant(mock.control().demoMerchant())
                        .title("Spring deal")
                        .currency(CurrencyCode.EUR)
                        .percentOff(10)
                        .perHolderLimit(2)
                        .validUntil(mock.control().now().plus(Duration.ofDays(30))));
    dev.walletsdk.model.Voucher restored = wallet.offers().issue(offer.id(), holder.id());
    dev.walletsdk.model.Voucher forfeited = wallet.offers().issue(offer.id(), holder.id());
    for (dev.walletsdk.model.Voucher voucher : java.util.List.of(restored, forfeited)) {
      Payment paid =
          wallet
              .payments()
              .create(
                  r ->
                      r.wallet(holder.id())
                          .merchant(mock.control().demoMerchant())
                          .amount(Money.of("10.00", "EUR"))
                          .voucher(voucher.id()));
      wallet
          .payments()
          .refund(
              r ->
                  r.payment(paid.id())
                      .amount(voucher == restored ? null : Money.of("1.00", "EUR")));
    }
    mock.control().advanceClock(Duration.ofDays(31));
  }

  /**
   * invoice.issued, invoice.partially_paid, invoice.credited, invoice.paid, invoice.voided,
   * invoice.overdue.
   */
  private static void invoices(WalletClient wallet, MockWalletServer mock) {
    dev.walletsdk.model.WalletId business =
        mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    Wallet payer = wallet.wallets().open(r -> r.displayName("Frank").currency("EUR"));
    mock.control().fund(payer.id(), Money.of("50.00", "EUR"));
    dev.walletsdk.model.InvoiceRequest request =
        dev.walletsdk.model.InvoiceRequest.builder()
            .wallet(business)
            .currency(CurrencyCode.EUR)
            .line(
                dev.walletsdk.model.InvoiceLineRequest.of(
                    "Design", 2, Money.of("12.50", "EUR"), 1900))
            .dueDate(LocalDate.ofInstant(mock.control().now(), java.time.ZoneOffset.UTC))
            .allowPartialPayments(true)
            .build();
    dev.walletsdk.model.Invoice invoice = wallet.invoices().issue(request);
    wallet
        .invoices()
        .pay(
            dev.walletsdk.model.InvoicePaymentRequest.builder()
                .wallet(payer.id())
                .invoice(invoice.id())
                .amount(Money.of("10.00", "EUR"))
                .build());
    wallet
        .invoices()
        .creditNote(
            dev.walletsdk.model.CreditNoteRequest.of(invoice.id(), Money.of("0.75", "EUR")));
    wallet.invoices().pay(dev.walletsdk.model.InvoicePaymentRequest.of(payer.id(), invoice.id()));
    wallet.invoices().voidInvoice(wallet.invoices().issue(request).id());
    wallet.invoices().issue(request);
    mock.control().advanceClock(Duration.ofDays(1));
  }

  /** membership.tier_changed: a payment takes a new wallet to silver. */
  private static void membership(WalletClient wallet, MockWalletServer mock) {
    mock.control()
        .setMembershipTiers(
            mock.control().defaultPartner(),
            new dev.walletsdk.model.MembershipTierTable(
                CurrencyCode.EUR,
                30,
                java.util.List.of(
                    tier(dev.walletsdk.model.MembershipTier.STANDARD, "0.00", 0, 100, 0),
                    tier(dev.walletsdk.model.MembershipTier.SILVER, "10.00", 1_000, 125, 25),
                    tier(dev.walletsdk.model.MembershipTier.GOLD, "100.00", 10_000, 150, 50))));
    Wallet fay = wallet.wallets().open(r -> r.displayName("Fay").currency("EUR"));
    mock.control().fund(fay.id(), Money.of("20.00", "EUR"));
    wallet
        .payments()
        .create(
            r ->
                r.wallet(fay.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of("10.00", "EUR")));
  }

  private static dev.walletsdk.model.MembershipTierDefinition tier(
      dev.walletsdk.model.MembershipTier tier,
      String minSpend,
      long minPoints,
      int multiplier,
      int discount) {
    return new dev.walletsdk.model.MembershipTierDefinition(
        tier,
        Money.of(minSpend, "EUR"),
        minPoints,
        new dev.walletsdk.model.MembershipBenefits(multiplier, discount));
  }

  /** payout_batch.completed. */
  private static void payoutBatch(WalletClient wallet, MockWalletServer mock, Wallet payee) {
    dev.walletsdk.model.WalletId business =
        mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    mock.control().fund(business, Money.of("5.00", "EUR"));
    wallet
        .payoutBatches()
        .submit(
            r ->
                r.wallet(business)
                    .currency(CurrencyCode.EUR)
                    .items(
                        java.util.List.of(
                            dev.walletsdk.model.PayoutItem.of(
                                "salary-1", payee.id(), Money.of("1.00", "EUR")))));
  }

  private static Transfer payout(WalletClient wallet, Wallet from) {
    return wallet
        .transfers()
        .create(
            r ->
                r.from(from.id())
                    .toAccount(BankAccount.of("Bob Builder", "DE89370400440532013000", "COBADEFF"))
                    .amount(Money.of("20.00", "EUR")));
  }

  @Test
  void everyEventHasAKnownTypeAndDataOfThatTypesClass() {
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(EventType.known()).as("type of %s", event).contains(event.type());
              assertThat(event.data())
                  .as("data of %s", event)
                  .isNotInstanceOf(UnknownResource.class);
              assertThat(event.data())
                  .as("data of %s", event)
                  .isInstanceOf(event.type().dataType().orElseThrow());
            });
  }

  @Test
  void everyKnownTypeIsEmittedByTheMock() {
    Set<EventType> emitted = new LinkedHashSet<>();
    events.forEach(event -> emitted.add(event.type()));

    assertThat(emitted).containsExactlyInAnyOrderElementsOf(EventType.known());
  }

  @Test
  void everyExchangeAndEveryWebhookOfEveryEventTypeFollowsTheContract() {
    ContractAudit audit = new ContractAudit(ContractSchemas.shared());

    audit.assertFollowsContract(recorder.exchanges(), deliveries);

    Set<String> types = new TreeSet<>();
    EventType.known().forEach(type -> types.add(type.value()));
    assertThat(audit.eventTypes()).isEqualTo(types);
    System.out.printf(
        "contract validation of the event feed: %d operations, %d exchanges, %d webhook"
            + " deliveries of %d event types%n",
        audit.operations().size(),
        audit.exchanges(),
        audit.deliveries(),
        audit.eventTypes().size());
  }

  @Test
  void aDispatcherWithAHandlerPerKnownTypeHandlesTheWholeFeed() {
    List<String> handled = new ArrayList<>();
    EventDispatcher.Builder builder =
        EventDispatcher.builder()
            .otherwise(event -> handled.add("unhandled " + event.type()))
            .deduplicate(1000);
    for (EventType type : EventType.known()) {
      builder.on(type, type.dataType().orElseThrow(), (event, data) -> handled.add(type.value()));
    }
    EventDispatcher dispatcher = builder.build();

    for (Event event : events) {
      assertThat(dispatcher.dispatch(event)).isEqualTo(EventDispatcher.Outcome.HANDLED);
    }

    assertThat(handled).hasSize(events.size()).noneMatch(line -> line.startsWith("unhandled"));
  }
}
