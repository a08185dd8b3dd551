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

class OpenWalletRequestTest {
  @Test
  void firstCurrencyAddedIsTheMainOneAndDuplicatesAreIgnored() {
    OpenWalletRequest request =
        OpenWalletRequest.builder()
            .displayName("Alice")
            .currency("EUR")
            .currency(CurrencyCode.USD)
            .currency("EUR")
            .reference("cust-42")
            .build();

    assertThat(request.currencies()).containsExactly(CurrencyCode.EUR, CurrencyCode.USD);
    assertThat(request.reference()).contains("cust-42");
    assertThat(request.idempotencyKey()).isEmpty();
  }

  @Test
  void walletIsPersonalUnlessSetOtherwise() {
    OpenWalletRequest personal =
        OpenWalletRequest.builder().displayName("Alice").currency("EUR").build();
    OpenWalletRequest business =
        OpenWalletRequest.builder()
            .displayName("Acme Ltd")
            .currency("EUR")
            .kind(WalletKind.BUSINESS)
            .build();

    assertThat(personal.kind()).isEqualTo(WalletKind.PERSONAL);
    assertThat(business.kind()).isEqualTo(WalletKind.BUSINESS);
    assertThat(business).isNotEqualTo(personal.toString());
    assertThat(business.toString()).contains("kind=BUSINESS");
  }

  @Test
  void unknownKindIsRejected() {
    assertRejected(
        () -> OpenWalletRequest.builder().kind(WalletKind.UNKNOWN),
        "kind",
        "invalid",
        "kind must be PERSONAL or BUSINESS, not UNKNOWN");
  }

  @Test
  void displayNameIsRequired() {
    assertRejected(
        () -> OpenWalletRequest.builder().currency("EUR").build(),
        "displayName",
        "required",
        "displayName is required");
  }

  @Test
  void atLeastOneCurrencyIsRequired() {
    assertRejected(
        () -> OpenWalletRequest.builder().displayName("Alice").build(),
        "currencies",
        "required",
        "currencies must name at least one currency");
  }

  @Test
  void displayNameLongerThan100CharactersIsRejected() {
    assertRejected(
        () -> OpenWalletRequest.builder().displayName("x".repeat(101)),
        "displayName",
        "invalid_length",
        "displayName must be 1 to 100 characters but has 101");
  }

  @Test
  void referenceWithAControlCharacterIsRejected() {
    assertRejected(
        () -> OpenWalletRequest.builder().reference("a\nb"),
        "reference",
        "invalid_character",
        "reference must not contain control characters (found U+000A at index 1)");
  }

  @Test
  void unknownCurrencyCodeIsRejected() {
    assertRejected(
        () -> OpenWalletRequest.builder().currency("EUX"),
        "currency",
        "unknown_currency",
        "currency \"EUX\" is not a known ISO 4217 currency code");
  }

  @Test
  void moreThanTwentyCurrenciesAreRejectedAndLeaveTheBuilderUnchanged() {
    List<CurrencyCode> many = new ArrayList<>(CurrencyCode.all()).subList(0, 21);
    OpenWalletRequest.Builder builder =
        OpenWalletRequest.builder().displayName("Alice").currency("EUR");

    assertRejected(
        () -> builder.currencies(many),
        "currencies",
        "too_many",
        "currencies must not name more than 20 currencies");
    assertThat(builder.build().currencies()).containsExactly(CurrencyCode.EUR);
  }
}
