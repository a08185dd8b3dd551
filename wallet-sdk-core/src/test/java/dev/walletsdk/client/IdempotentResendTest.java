/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A caller that does not know whether a write happened sends it again with the same idempotency key
 * and learns the outcome: also when the request carries freshly encrypted fields, and also when its
 * first attempt was held for step-up and the challenge lapsed before anyone confirmed it.
 */
class IdempotentResendTest {
  private static final BankAccount PAYEE = BankAccount.of("Bob", "DE89370400440532013000", null);

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("http://localhost")
          .transport(mock.transport())
          .apiKey(mock.apiKey())
          .retries(RetryPolicy.none())
          .build();
  private final WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
  private final WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);

  @AfterEach
  void auditIsClean() {
    assertThat(mock.ledger().audit().violations()).isEmpty();
    client.close();
  }

  private WalletClient encryptingClient() {
    return WalletClient.builder()
        .baseUrl("http://localhost")
        .transport(mock.transport())
        .apiKey(mock.apiKey())
        .retries(RetryPolicy.none())
        .fieldEncryption(HpkeFieldEncryptor.forServerKeys(client.keys().list()))
        .build();
  }

  private Transfer payout(WalletClient encrypting, IdempotencyKey key) {
    return encrypting
        .transfers()
        .create(
            r ->
                r.from(alice)
                    .toAccount(PAYEE)
                    .amount(Money.of("25.00", "EUR"))
                    .idempotencyKey(key));
  }

  @Test
  void payoutResentWithItsKeyAndNewCiphertextReplaysTheFirstPayout() {
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    WalletClient encrypting = encryptingClient();
    IdempotencyKey key = IdempotencyKey.of("payout-resent");

    Transfer first = payout(encrypting, key);
    Transfer again = payout(encrypting, key);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(client.balances().get(alice, CurrencyCode.EUR).pending())
        .isEqualTo(Money.of("25.00", "EUR"));
  }

  @Test
  void payoutResentWithItsKeyToAnotherAccountIsStillRefused() {
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    WalletClient encrypting = encryptingClient();
    IdempotencyKey key = IdempotencyKey.of("payout-changed");
    payout(encrypting, key);

    assertThatThrownBy(
            () ->
                encrypting
                    .transfers()
                    .create(
                        r ->
                            r.from(alice)
                                .toAccount(BankAccount.of("Bob", "DE02120300000000202051", null))
                                .amount(Money.of("25.00", "EUR"))
                                .idempotencyKey(key)))
        .isInstanceOf(dev.walletsdk.IdempotencyConflictException.class)
        .hasMessageStartingWith("Idempotency-Key payout-changed was used with a different request");
  }

  private Challenge heldTransfer(IdempotencyKey key) {
    try {
      client
          .transfers()
          .create(r -> r.from(alice).to(bob).amount(Money.of("80.00", "EUR")).idempotencyKey(key));
    } catch (StepUpRequiredException e) {
      return e.challenge();
    }
    throw new AssertionError("the transfer was not held for step-up");
  }

  @Test
  void heldWriteResentWhileItsChallengeIsPendingGetsTheSameChallenge() {
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    mock.control().setStepUpThreshold(alice, Money.of("50.00", "EUR"));
    IdempotencyKey key = IdempotencyKey.of("held-pending");

    Challenge first = heldTransfer(key);
    mock.control().advanceClock(Duration.ofMinutes(4));

    assertThat(heldTransfer(key).id()).isEqualTo(first.id());
  }

  @Test
  void heldWriteResentAfterItsChallengeLapsedIsHeldAfreshAndRunsOnceWhenConfirmed() {
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    mock.control().setStepUpThreshold(alice, Money.of("50.00", "EUR"));
    TotpSecret secret = mock.control().enrollTotp(alice);
    IdempotencyKey key = IdempotencyKey.of("held-lapsed");

    Challenge first = heldTransfer(key);
    mock.control().advanceClock(Duration.ofMinutes(6));
    Challenge second = heldTransfer(key);
    client.challenges().confirm(second, Totp.defaults().generate(secret, mock.control().now()));
    Transfer replayed =
        client
            .transfers()
            .create(
                r -> r.from(alice).to(bob).amount(Money.of("80.00", "EUR")).idempotencyKey(key));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(mock.control().balance(bob, CurrencyCode.EUR)).isEqualTo(Money.of("80.00", "EUR"));
    assertThat(mock.control().balance(alice, CurrencyCode.EUR)).isEqualTo(Money.of("20.00", "EUR"));
    assertThat(client.transfers().get(replayed.id()).sourceAmount())
        .isEqualTo(Money.of("80.00", "EUR"));
  }
}
