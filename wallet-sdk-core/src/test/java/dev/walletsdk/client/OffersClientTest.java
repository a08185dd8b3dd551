/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentRequest;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.VoucherStatus;
import dev.walletsdk.model.Wallet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Offers and vouchers through the client, sync and async, against the mock's ledger. */
class OffersClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final MerchantId grocer = mock.control().registerMerchant("Corner Grocer", "5411");
  private final Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

  OffersClientTest() {
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
  }

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private OfferRequest fixedOffer() {
    return OfferRequest.builder()
        .merchant(grocer)
        .title("5 off 25")
        .currency(CurrencyCode.EUR)
        .amountOff(Money.of("5.00", "EUR"))
        .minimumSpend(Money.of("25.00", "EUR"))
        .validUntil(mock.control().now().plus(Duration.ofDays(10)))
        .build();
  }

  private Payment pay(VoucherId voucher, String amount) {
    return client
        .payments()
        .create(
            r ->
                r.wallet(alice.id())
                    .merchant(grocer)
                    .amount(Money.of(amount, "EUR"))
                    .voucher(voucher));
  }

  @Test
  void fixedVoucherPaymentShowsTheDiscountApartAndAPartialRefundForfeitsIt() {
    Offer offer = client.offers().create(fixedOffer());
    Voucher voucher = client.offers().issue(offer.id(), alice.id());

    Payment paid = pay(voucher.id(), "30.00");
    Refund refund =
        client.payments().refund(r -> r.payment(paid.id()).amount(Money.of("6.00", "EUR")));

    assertThat(paid.amount()).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(paid.discount()).contains(Money.of("5.00", "EUR"));
    assertThat(paid.debitedAmount()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(paid.voucherId()).contains(voucher.id());
    assertThat(paid.receipt()).isPresent();
    // 6.00 of 30.00 refunds 6 x 25 / 30 = 5.00 of what the holder paid.
    assertThat(refund.creditedAmount()).isEqualTo(Money.of("5.00", "EUR"));
    assertThat(client.vouchers().get(voucher.id()).status()).isEqualTo(VoucherStatus.VOID);
    assertThat(client.balances().get(alice.id(), CurrencyCode.EUR).available())
        .isEqualTo(Money.of("80.00", "EUR"));
  }

  @Test
  void asyncClientCreatesIssuesListsAndReads() {
    Offer offer = client.async().offers().create(fixedOffer()).join();
    Voucher voucher = client.async().offers().issue(offer.id(), alice.id()).join();

    assertThat(client.async().offers().get(offer.id()).join()).isEqualTo(offer);
    assertThat(client.async().vouchers().get(voucher.id()).join()).isEqualTo(voucher);
    assertThat(client.async().vouchers().list(alice.id(), null, 10).join().data())
        .containsExactly(voucher);
    assertThat(voucher.merchantId()).isEqualTo(grocer);
    assertThat(voucher.validUntil()).isEqualTo(offer.validUntil());
  }

  @Test
  void refusalsAreTypedAndNameTheVoucher() {
    Voucher voucher = client.offers().issue(client.offers().create(fixedOffer()).id(), alice.id());

    InvalidRequestException below =
        catchThrowableOfType(InvalidRequestException.class, () -> pay(voucher.id(), "24.99"));
    pay(voucher.id(), "25.00");
    ConflictException again =
        catchThrowableOfType(ConflictException.class, () -> pay(voucher.id(), "25.00"));
    NotFoundException unknown =
        catchThrowableOfType(
            NotFoundException.class, () -> client.vouchers().get(VoucherId.of("vch_nothing1")));

    assertThat(below.code()).isEqualTo(ErrorCode.VOUCHER_NOT_APPLICABLE);
    assertThat(below.getMessage())
        .contains("voucher " + voucher.id() + " needs a payment of at least 25.00 EUR");
    assertThat(again.code()).isEqualTo(ErrorCode.VOUCHER_NOT_REDEEMABLE);
    assertThat(again.getMessage()).contains("voucher " + voucher.id() + " is redeemed");
    assertThat(unknown.code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void voucherEventsArriveTyped() {
    Voucher voucher = client.offers().issue(client.offers().create(fixedOffer()).id(), alice.id());
    mock.control().advanceClock(Duration.ofDays(10));

    List<Event> events = client.events().list(EventQuery.builder().build()).stream().toList();

    assertThat(events)
        .extracting(Event::type)
        .containsSubsequence(
            EventType.OFFER_CREATED, EventType.VOUCHER_ISSUED, EventType.VOUCHER_EXPIRED);
    Event expired = events.get(events.size() - 1);
    assertThat(expired.dataAs(Voucher.class).orElseThrow().status())
        .isEqualTo(VoucherStatus.EXPIRED);
    assertThat(expired.dataAs(Voucher.class).orElseThrow().id()).isEqualTo(voucher.id());
  }

  @Test
  void paymentRequestCarriesTheVoucher() {
    PaymentRequest request =
        PaymentRequest.builder()
            .wallet(alice.id())
            .merchant(grocer)
            .amount(Money.of("1.00", "EUR"))
            .voucher(VoucherId.of("vch_v1"))
            .build();

    assertThat(request.voucherId()).contains(VoucherId.of("vch_v1"));
  }
}
