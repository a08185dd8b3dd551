/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutBatchRequestTest {
  private static final WalletId PAYER = WalletId.of("wal_payer");
  private static final WalletId PAYEE = WalletId.of("wal_payee");

  private static List<PayoutItem> items(int count) {
    List<PayoutItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(PayoutItem.of("ref-" + i, PAYEE, Money.of("1.00", "EUR")));
    }
    return items;
  }

  @Test
  void aThousandItemsAreAccepted() {
    PayoutBatchRequest request =
        PayoutBatchRequest.builder()
            .wallet(PAYER)
            .currency(CurrencyCode.EUR)
            .reference("payroll-12")
            .items(items(1000))
            .build();

    assertThat(request.items()).hasSize(1000);
    assertThat(request.reference()).contains("payroll-12");
    assertThat(request.toString())
        .isEqualTo(
            "PayoutBatchRequest{walletId=wal_payer, currency=EUR, reference=payroll-12,"
                + " items=1000, idempotencyKey=null}");
  }

  @Test
  void aThousandAndOneItemsAreRefused() {
    assertRejected(
        () -> PayoutBatchRequest.builder().items(items(1001)),
        "items",
        "too_many_items",
        "items must hold 1 to 1000 items but has 1001");
  }

  @Test
  void noItemsAreRefused() {
    assertRejected(
        () -> PayoutBatchRequest.builder().items(List.of()),
        "items",
        "invalid_length",
        "items must hold 1 to 1000 items but has 0");
  }

  @Test
  void aRepeatedReferenceIsNamedByItsIndex() {
    List<PayoutItem> items = items(20);
    items.set(17, PayoutItem.of("ref-3", PAYEE, Money.of("2.00", "EUR")));

    assertRejected(
        () -> PayoutBatchRequest.builder().items(items),
        "items[17].reference",
        "duplicate_reference",
        "items[17].reference ref-3 is used by another item");
  }

  @Test
  void anItemInAnotherCurrencyIsNamedByItsIndex() {
    List<PayoutItem> items = items(3);
    items.set(2, PayoutItem.of("usd", PAYEE, Money.of("2.00", "USD")));

    assertRejected(
        () ->
            PayoutBatchRequest.builder()
                .wallet(PAYER)
                .currency(CurrencyCode.EUR)
                .items(items)
                .build(),
        "items[2].amount",
        "currency_mismatch",
        "items[2].amount 2.00 USD must be in the batch's currency, EUR");
  }

  @Test
  void aNullItemIsNamedByItsIndex() {
    List<PayoutItem> items = items(3);
    items.set(1, null);

    assertRejected(
        () -> PayoutBatchRequest.builder().items(items),
        "items[1]",
        "required",
        "items[1] is required");
  }

  @Test
  void anItemAmountMustBePositive() {
    assertRejected(
        () -> PayoutItem.builder().amount(Money.of("0.00", "EUR")),
        "amount",
        "zero_amount",
        "amount must be greater than zero but was 0.00 EUR");
  }

  @Test
  void anItemReferenceIsRequired() {
    assertRejected(
        () -> PayoutItem.builder().destination(PAYEE).amount(Money.of("1.00", "EUR")).build(),
        "reference",
        "required",
        "reference is required");
  }
}
