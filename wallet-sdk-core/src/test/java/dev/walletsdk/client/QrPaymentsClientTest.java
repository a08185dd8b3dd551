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
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.PaymentTokenStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.QrFormatException;
import dev.walletsdk.qr.Tip;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** QR payments and payment tokens through the client, sync and async, against the mock. */
@ExtendWith(MockWalletExtension.class)
class QrPaymentsClientTest {
  private static MerchantQr.Builder shopQr(MockWalletServer mock) {
    return MerchantQr.builder()
        .merchantAccount(MerchantAccount.walletMerchant(mock.control().demoMerchant()))
        .merchantCategoryCode("5814")
        .currency(CurrencyCode.EUR)
        .countryCode("NL")
        .merchantName("Koffiebar")
        .merchantCity("Utrecht");
  }

  private static Wallet funded(MockWalletServer mock, WalletClient client) {
    Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("50.00", "EUR"));
    return alice;
  }

  @Test
  void scannedTextPaysWithTipAndReceipt(MockWalletServer mock, WalletClient client) {
    Wallet alice = funded(mock, client);
    String scanned = shopQr(mock).tip(Tip.prompt()).build().payload();

    Payment payment =
        client
            .payments()
            .payQr(
                r ->
                    r.wallet(alice.id())
                        .payload(scanned)
                        .amount(Money.of("4.20", "EUR"))
                        .tip(Money.of("0.80", "EUR")));

    assertThat(payment.amount()).isEqualTo(Money.of("5.00", "EUR"));
    assertThat(payment.tip()).contains(Money.of("0.80", "EUR"));
    assertThat(payment.convenienceFee()).isEmpty();
    assertThat(payment.merchantId()).isEqualTo(mock.control().demoMerchant());
    assertThat(payment.receipt()).isPresent();
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("45.00", "EUR"));
  }

  @Test
  void asyncPaymentOfAFixedFeeCode(MockWalletServer mock, WalletClient client) {
    Wallet alice = funded(mock, client);
    MerchantQr qr =
        shopQr(mock)
            .amount(Money.of("10.00", "EUR"))
            .tip(Tip.fixedFee(Money.of("0.25", "EUR")))
            .build();

    Payment payment = client.async().payments().payQr(r -> r.wallet(alice.id()).qr(qr)).join();

    assertThat(payment.amount()).isEqualTo(Money.of("10.25", "EUR"));
    assertThat(payment.convenienceFee()).contains(Money.of("0.25", "EUR"));
    assertThat(client.payments().get(payment.id())).isEqualTo(payment);
  }

  @Test
  void badInputFailsBeforeAnythingIsSent(MockWalletServer mock, WalletClient client) {
    Wallet alice = funded(mock, client);
    MerchantQr open = shopQr(mock).build();
    MerchantQr fixed = shopQr(mock).amount(Money.of("3.00", "EUR")).build();
    String damaged = fixed.payload().replace("5303978", "5303979");
    int journal = mock.ledger().journalSize();

    InvalidRequestException missing =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.payments().payQr(r -> r.wallet(alice.id()).qr(open)));
    InvalidRequestException mismatch =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .payments()
                    .payQr(r -> r.wallet(alice.id()).qr(fixed).amount(Money.of("4.00", "EUR"))));
    InvalidRequestException tip =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .payments()
                    .payQr(r -> r.wallet(alice.id()).qr(fixed).tip(Money.of("1.00", "EUR"))));
    InvalidRequestException currency =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .payments()
                    .payQr(r -> r.wallet(alice.id()).qr(open).amount(Money.of("4.00", "USD"))));
    QrFormatException crc =
        catchThrowableOfType(
            QrFormatException.class,
            () -> client.payments().payQr(r -> r.wallet(alice.id()).payload(damaged)));

    assertThat(missing.fieldErrors().get(0).code()).isEqualTo("required");
    assertThat(mismatch.fieldErrors().get(0).code()).isEqualTo("amount_mismatch");
    assertThat(tip.fieldErrors().get(0).code()).isEqualTo("tip_not_allowed");
    assertThat(currency.fieldErrors().get(0).code()).isEqualTo("currency_mismatch");
    assertThat(crc.tag()).isEqualTo("63");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }

  @Test
  void tokenRedeemsOnceThenConflicts(MockWalletServer mock, WalletClient client) {
    Wallet alice = funded(mock, client);
    PaymentToken token =
        client.payments().createToken(r -> r.wallet(alice.id()).lifetime(Duration.ofSeconds(30)));

    Payment payment =
        client
            .payments()
            .redeemToken(
                r ->
                    r.payload(token.payload())
                        .merchant(mock.control().demoMerchant())
                        .amount(Money.of("6.00", "EUR")));
    ConflictException again =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                client
                    .payments()
                    .redeemToken(
                        r ->
                            r.payload(token.payload())
                                .merchant(mock.control().demoMerchant())
                                .amount(Money.of("6.00", "EUR"))));

    assertThat(payment.amount()).isEqualTo(Money.of("6.00", "EUR"));
    assertThat(again.code()).isEqualTo(ErrorCode.PAYMENT_TOKEN_USED);
    assertThat(client.payments().getToken(token.id()).status())
        .isEqualTo(PaymentTokenStatus.REDEEMED);
    assertThat(token.toString()).doesNotContain(token.payload());
  }

  @Test
  void expiredTokenIsAConflict(MockWalletServer mock, WalletClient client) {
    Wallet alice = funded(mock, client);
    PaymentToken token = client.async().payments().createToken(r -> r.wallet(alice.id())).join();
    mock.control().advanceClock(Duration.ofSeconds(61));

    ConflictException late =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                client
                    .payments()
                    .redeemToken(
                        r ->
                            r.payload(token.payload())
                                .merchant(mock.control().demoMerchant())
                                .amount(Money.of("1.00", "EUR"))));

    assertThat(late.code()).isEqualTo(ErrorCode.PAYMENT_TOKEN_EXPIRED);
    assertThat(client.payments().getToken(token.id()).status())
        .isEqualTo(PaymentTokenStatus.EXPIRED);
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("50.00", "EUR"));
  }
}
