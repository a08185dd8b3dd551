/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.SplitBillRequest;
import dev.walletsdk.model.SplitBillStatus;
import dev.walletsdk.model.SplitMethod;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Wallet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Split bills through the client, sync and async, against the mock. */
@ExtendWith(MockWalletExtension.class)
class SplitBillsClientTest {
  private static Wallet funded(MockWalletServer mock, WalletClient client, String amount) {
    Wallet wallet = client.wallets().open(r -> r.displayName("Friend").currency("EUR"));
    mock.control().fund(wallet.id(), Money.of(amount, "EUR"));
    return wallet;
  }

  @Test
  void percentagesAreBookedAsThePreviewSays(MockWalletServer mock, WalletClient client) {
    Wallet a = funded(mock, client, "40.00");
    Wallet b = funded(mock, client, "40.00");
    Wallet c = funded(mock, client, "40.00");
    SplitBillRequest request =
        SplitBillRequest.builder()
            .merchant(mock.control().demoMerchant())
            .amount(Money.of("95.00", "EUR"))
            .percentage(a.id(), new BigDecimal("33.3333"))
            .percentage(b.id(), new BigDecimal("33.3333"))
            .percentage(c.id(), new BigDecimal("33.3334"))
            .reference("team-lunch")
            .build();

    SplitBill bill = client.splitBills().create(request);

    assertThat(bill.method()).isEqualTo(SplitMethod.PERCENTAGE);
    assertThat(bill.status()).isEqualTo(SplitBillStatus.SUCCEEDED);
    assertThat(bill.participants())
        .extracting(share -> share.amount().orElseThrow())
        .containsExactlyElementsOf(request.allocation())
        .containsExactly(
            Money.of("31.67", "EUR"), Money.of("31.66", "EUR"), Money.of("31.67", "EUR"));
    assertThat(bill.participants().get(2).percentage()).hasValue(new BigDecimal("33.3334"));
    assertThat(client.transactions().list(q -> q.wallet(a.id())).stream())
        .extracting(t -> t.type())
        .contains(TransactionType.SPLIT_BILL);
  }

  @Test
  void asyncExactSharesAndGet(MockWalletServer mock, WalletClient client) {
    Wallet a = funded(mock, client, "40.00");
    Wallet b = funded(mock, client, "40.00");

    SplitBill bill =
        client
            .async()
            .splitBills()
            .create(
                r ->
                    r.merchant(mock.control().demoMerchant())
                        .amount(Money.of("25.00", "EUR"))
                        .share(a.id(), Money.of("5.00", "EUR"))
                        .share(b.id(), Money.of("20.00", "EUR")))
            .join();

    assertThat(client.async().splitBills().get(bill.id()).join()).isEqualTo(bill);
    assertThat(mock.control().balance(b.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("20.00", "EUR"));
  }

  @Test
  void oneShortWalletMovesNothing(MockWalletServer mock, WalletClient client) {
    Wallet a = funded(mock, client, "40.00");
    Wallet b = funded(mock, client, "1.00");

    InsufficientFundsException e =
        catchThrowableOfType(
            InsufficientFundsException.class,
            () ->
                client
                    .splitBills()
                    .create(
                        r ->
                            r.merchant(mock.control().demoMerchant())
                                .amount(Money.of("10.00", "EUR"))
                                .share(a.id(), Money.of("5.00", "EUR"))
                                .share(b.id(), Money.of("5.00", "EUR"))));

    assertThat(e.code()).isEqualTo("insufficient_funds");
    assertThat(mock.control().balance(a.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("40.00", "EUR"));
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void invalidSplitIsRefusedBeforeSending(MockWalletServer mock, WalletClient client) {
    Wallet a = funded(mock, client, "40.00");
    Wallet b = funded(mock, client, "40.00");
    int journal = mock.ledger().journalSize();

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .splitBills()
                    .create(
                        r ->
                            r.merchant(mock.control().demoMerchant())
                                .amount(Money.of("10.00", "EUR"))
                                .percentage(a.id(), new BigDecimal("60"))
                                .percentage(b.id(), new BigDecimal("30"))));

    assertThat(e.fieldErrors().get(0).code()).isEqualTo("percentages_mismatch");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }
}
