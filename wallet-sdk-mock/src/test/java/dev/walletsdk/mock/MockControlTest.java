/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java control plane: invalid arguments throw IllegalArgumentException and change nothing. */
@ExtendWith(MockWalletExtension.class)
class MockControlTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;

  @Test
  void advancingTheClockMovesEveryTimestamp(MockWalletServer mock) {
    Instant start = mock.control().now();

    Instant later = mock.control().advanceClock(Duration.ofMinutes(5));

    assertThat(later).isEqualTo(start.plus(Duration.ofMinutes(5)));
    assertThat(mock.control().now()).isEqualTo(later);
    assertThat(new MockApi(mock).openWallet("Alice", "EUR")).isNotNull();
    assertThat(new MockApi(mock).get("/v1/wallets").text("/data/0/createdAt"))
        .isEqualTo(later.toString());
  }

  @Test
  void clockCannotGoBack(MockWalletServer mock) {
    Instant now = mock.control().now();

    assertThatThrownBy(() -> mock.control().advanceClock(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clock cannot go back (advance by PT-1S)");
    assertThatThrownBy(() -> mock.control().setClock(now.minusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clock cannot go back from " + now + " to " + now.minusMillis(1));
    assertThat(mock.control().now()).isEqualTo(now);
  }

  @Test
  void settingTheClockToNowChangesNothing(MockWalletServer mock) {
    Instant now = mock.control().now();

    assertThat(mock.control().setClock(now)).isEqualTo(now);
  }

  @Test
  void advancingTheClockByNothingChangesNothing(MockWalletServer mock) {
    Instant now = mock.control().now();

    assertThat(mock.control().advanceClock(Duration.ZERO)).isEqualTo(now);
  }

  @Test
  void walletCannotHoldACurrencyTwice(MockWalletServer mock) {
    MockSnapshot before = mock.control().snapshot();

    assertThatThrownBy(() -> mock.control().openWallet("Alice", EUR, EUR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.control().snapshot()).isEqualTo(before);
    assertThat(new MockApi(mock).get("/v1/wallets").body().get("data").size()).isZero();
  }

  @Test
  void walletNeedsACurrency(MockWalletServer mock) {
    assertThatThrownBy(() -> mock.control().openWallet("Alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet.open needs at least one currency");
  }

  @Test
  void fundingMustBePositive(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    assertThatThrownBy(() -> mock.control().fund(alice, Money.of("0.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet.fund needs amount greater than zero");
    assertThatThrownBy(() -> mock.control().fund(alice, Money.of("-1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet.fund needs amount greater than zero");
    assertThatThrownBy(() -> mock.control().fund(WalletId.of("wal_nope"), Money.of("1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet wal_nope does not exist");
    assertThat(mock.ledger().journalSize()).isZero();
  }

  @Test
  void fundingAFrozenWalletIsAnIllegalArgument(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);
    mock.control().setWalletStatus(alice, WalletStatus.FROZEN);

    assertThatThrownBy(() -> mock.control().fund(alice, Money.of("1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet " + alice.value() + " is frozen");
    assertThat(mock.ledger().journalSize()).isZero();
  }

  @Test
  void fundingInANewCurrencyAddsItToTheWallet(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    mock.control().fund(alice, Money.of("5.00", "CHF"));

    assertThat(new MockApi(mock).get("/v1/wallets/" + alice.value()).body().get("currencies"))
        .hasToString("[\"EUR\",\"CHF\"]");
    assertThat(mock.control().balance(alice, CurrencyCode.CHF)).isEqualTo(Money.of("5.00", "CHF"));
  }

  @Test
  void balanceOfACurrencyNotHeldIsZero(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    assertThat(mock.control().balance(alice, CurrencyCode.JPY)).isEqualTo(Money.of("0", "JPY"));
    assertThatThrownBy(() -> mock.control().balance(WalletId.of("wal_nope"), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet wal_nope does not exist");
  }

  @Test
  void limitMustBeInItsCurrency(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    assertThatThrownBy(() -> mock.control().setLimits(alice, EUR, Money.of("10.00", "USD"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("10.00 USD is not in EUR");
  }

  @Test
  void unknownWalletStatusIsRefused(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    assertThatThrownBy(() -> mock.control().setWalletStatus(alice, WalletStatus.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be ACTIVE, FROZEN or CLOSED");
  }

  @Test
  void fxArgumentsAreChecked(MockWalletServer mock) {
    assertThatThrownBy(() -> mock.control().setRate(EUR, EUR, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate needs two different currencies, not EUR twice");
    assertThatThrownBy(() -> mock.control().setRate(EUR, CurrencyCode.USD, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate 0 must be greater than zero");
    assertThatThrownBy(() -> mock.control().setFx(10_001, 0, Duration.ofSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fx.settings needs spreadBasisPoints between 0 and 10000");
  }

  @Test
  void totpOfAWalletWithoutASecretIsRefused(MockWalletServer mock) {
    WalletId alice = mock.control().openWallet("Alice", EUR);

    assertThatThrownBy(() -> mock.control().currentTotp(alice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wallet " + alice.value() + " has no TOTP secret");
  }

  @Test
  void partnersAreIndependent(MockWalletServer mock) {
    MockPartner first = mock.control().newPartner("First");
    MockPartner second = mock.control().newPartner("Second");

    assertThat(first.id()).isNotEqualTo(second.id()).startsWith("ptn_");
    assertThat(first.apiKey()).isNotEqualTo(second.apiKey());
    assertThat(first.toString()).isEqualTo("MockPartner{" + first.id() + "}");
    assertThat(first.toString()).doesNotContain(first.apiKey().reveal());
  }

  @Test
  void restoringASnapshotUndoesLaterApiWrites(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));
    MockSnapshot snapshot = mock.control().snapshot();
    String bob = api.openWallet("Bob", "EUR");
    api.post("/v1/transfers", Bodies.transfer(alice, bob, "4.00", "EUR"));

    mock.control().restore(snapshot);

    Reply wallets = api.get("/v1/wallets");
    assertThat(wallets.body().get("data").size()).isEqualTo(1);
    assertThat(mock.control().balance(WalletId.of(alice), EUR)).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(api.get("/v1/wallets/" + bob).status()).isEqualTo(404);
  }

  @Test
  void resetKeepsOnlyTheDefaultPartnerAndTheDemoMerchant(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other");
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));

    mock.control().reset();

    assertThat(api.get("/v1/wallets").body().get("data").size()).isZero();
    assertThat(api.as(other.apiKey()).get("/v1/wallets").status()).isEqualTo(401);
    assertThat(mock.ledger().journalSize()).isZero();
    WalletId fresh = mock.control().openWallet("Carol", EUR);
    mock.control().fund(fresh, Money.of("1.00", "EUR"));
    assertThat(
            api.post("/v1/payments", Bodies.payment(fresh.value(), "mer_demo", "1.00", "EUR"))
                .status())
        .isEqualTo(201);
  }
}
