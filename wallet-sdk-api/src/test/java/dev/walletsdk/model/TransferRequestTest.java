/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferRequestTest {
  private static final WalletId ALICE = WalletId.of("wal_alice");
  private static final WalletId BOB = WalletId.of("wal_bob");
  private static final Money TEN_EUR = Money.of("10.00", "EUR");
  private static final BankAccount ACCOUNT =
      BankAccount.of("Ada Lovelace", "DE89370400440532013000", "COBADEFFXXX");

  @Test
  void transferBetweenWalletsKeepsEveryField() {
    TransferRequest request =
        TransferRequest.builder()
            .from(ALICE)
            .to(BOB)
            .amount(TEN_EUR)
            .reference("invoice-42")
            .description("Dinner")
            .idempotencyKey(IdempotencyKey.of("order-42"))
            .build();

    assertThat(request.from()).isEqualTo(ALICE);
    assertThat(request.to()).contains(BOB);
    assertThat(request.toAccount()).isEmpty();
    assertThat(request.amount()).contains(TEN_EUR);
    assertThat(request.quoteId()).isEmpty();
    assertThat(request.reference()).contains("invoice-42");
    assertThat(request.description()).contains("Dinner");
    assertThat(request.idempotencyKey()).contains(IdempotencyKey.of("order-42"));
  }

  @Test
  void quoteIsReferencedByItsId() {
    Quote quote =
        Quote.builder()
            .id(QuoteId.of("quo_q1"))
            .walletId(ALICE)
            .sellAmount(Money.of("100.00", "EUR"))
            .buyAmount(Money.of("107.50", "USD"))
            .rate(new BigDecimal("1.0857"))
            .fee(Money.of("1.00", "EUR"))
            .fixedSide(FixedSide.SELL)
            .status(QuoteStatus.OPEN)
            .createdAt(Instant.parse("2026-11-01T10:00:00Z"))
            .expiresAt(Instant.parse("2026-11-01T10:00:30Z"))
            .build();

    TransferRequest request = TransferRequest.builder().from(ALICE).to(BOB).quote(quote).build();

    assertThat(request.quoteId()).contains(QuoteId.of("quo_q1"));
    assertThat(request.amount()).isEmpty();
  }

  @Test
  void missingSourceIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().to(BOB).amount(TEN_EUR).build(),
        "from",
        "required",
        "from is required");
  }

  @Test
  void transferWithoutDestinationIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().from(ALICE).amount(TEN_EUR).build(),
        "to",
        "required",
        "exactly one of to and toAccount must be set but neither was");
  }

  @Test
  void transferToBothAWalletAndAnAccountIsRejected() {
    assertRejected(
        () ->
            TransferRequest.builder()
                .from(ALICE)
                .to(BOB)
                .toAccount(ACCOUNT)
                .amount(TEN_EUR)
                .build(),
        "toAccount",
        "mutually_exclusive",
        "exactly one of to and toAccount must be set but both were");
  }

  @Test
  void transferToTheSourceWalletIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().from(ALICE).to(ALICE).amount(TEN_EUR).build(),
        "to",
        "same_wallet",
        "to must differ from from but both are wal_alice");
  }

  @Test
  void transferWithoutAmountOrQuoteIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().from(ALICE).to(BOB).build(),
        "amount",
        "required",
        "exactly one of amount and quote must be set but neither was");
  }

  @Test
  void transferWithBothAmountAndQuoteIsRejected() {
    assertRejected(
        () ->
            TransferRequest.builder()
                .from(ALICE)
                .to(BOB)
                .amount(TEN_EUR)
                .quote(QuoteId.of("quo_q1"))
                .build(),
        "quote",
        "mutually_exclusive",
        "exactly one of amount and quote must be set but both were");
  }

  @Test
  void zeroAmountIsRejectedWhenSet() {
    assertRejected(
        () -> TransferRequest.builder().amount(Money.of("0", "EUR")),
        "amount",
        "zero_amount",
        "amount must be greater than zero but was 0.00 EUR");
  }

  @Test
  void negativeAmountIsRejectedWhenSet() {
    assertRejected(
        () -> TransferRequest.builder().amount(Money.of("-0.01", "EUR")),
        "amount",
        "negative_amount",
        "amount must not be negative but was -0.01 EUR");
  }

  @Test
  void referenceLongerThan64CharactersIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().reference("r".repeat(65)),
        "reference",
        "invalid_length",
        "reference must be 1 to 64 characters but has 65");
  }

  @Test
  void descriptionLongerThan140CharactersIsRejected() {
    assertRejected(
        () -> TransferRequest.builder().description("d".repeat(141)),
        "description",
        "invalid_length",
        "description must be 1 to 140 characters but has 141");
  }

  @Test
  void toStringMasksThePayoutAccountNumber() {
    TransferRequest request =
        TransferRequest.builder().from(ALICE).toAccount(ACCOUNT).amount(TEN_EUR).build();

    assertThat(request.toString())
        .doesNotContain("DE89370400440532013000")
        .contains("accountNumber=••••3000");
  }
}
