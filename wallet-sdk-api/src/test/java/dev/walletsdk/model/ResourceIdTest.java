/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceIdTest {
  /** One id class: its prefix, the field named in errors, and its factory. */
  private record IdType(String prefix, String field, Function<String, ResourceId> factory) {
    ResourceId of(String value) {
      return factory.apply(value);
    }

    @Override
    public String toString() {
      return field;
    }
  }

  private static final List<IdType> TYPES =
      List.of(
          new IdType("wal_", "walletId", WalletId::of),
          new IdType("quo_", "quoteId", QuoteId::of),
          new IdType("pay_", "paymentId", PaymentId::of),
          new IdType("rfd_", "refundId", RefundId::of),
          new IdType("trf_", "transferId", TransferId::of),
          new IdType("txn_", "transactionId", TransactionId::of),
          new IdType("evt_", "eventId", EventId::of),
          new IdType("chl_", "challengeId", ChallengeId::of),
          new IdType("mer_", "merchantId", MerchantId::of),
          new IdType("rrv_", "reviewId", RiskReviewId::of));

  static Stream<IdType> types() {
    return TYPES.stream();
  }

  /** Bodies that are not 1 to 64 ASCII letters or digits. */
  private static final List<String> INVALID_BODIES =
      List.of("", "a".repeat(65), "ab-c", "ab c", "ab_c", "é", "ab.c", "ab/c", "ab\nc", "١٢");

  static Stream<Arguments> typesAndInvalidBodies() {
    return TYPES.stream()
        .flatMap(type -> INVALID_BODIES.stream().map(body -> Arguments.of(type, body)));
  }

  private static String expectedMessage(IdType type, String quotedValue) {
    return type.field()
        + " "
        + quotedValue
        + " is not a valid id: expected \""
        + type.prefix()
        + "\" followed by 1 to 64 letters or digits";
  }

  private static void assertInvalid(IdType type, String value) {
    assertRejected(
        () -> type.of(value),
        type.field(),
        "invalid_id",
        expectedMessage(type, "\"" + value + "\""));
  }

  @ParameterizedTest
  @MethodSource("types")
  void validIdKeepsItsValue(IdType type) {
    String value = type.prefix() + "8f3KQ2";
    ResourceId id = type.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value);
    assertThat(type.of(id.value())).isEqualTo(id);
  }

  @ParameterizedTest
  @MethodSource("types")
  void bodyOf64CharactersIsAccepted(IdType type) {
    String value = type.prefix() + "Z9".repeat(32);

    assertThat(type.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @MethodSource("types")
  void bodyOfOneCharacterIsAccepted(IdType type) {
    assertThat(type.of(type.prefix() + "0").value()).isEqualTo(type.prefix() + "0");
  }

  @ParameterizedTest
  @MethodSource("typesAndInvalidBodies")
  void invalidBodyIsRejected(IdType type, String body) {
    assertInvalid(type, type.prefix() + body);
  }

  @ParameterizedTest
  @MethodSource("types")
  void prefixOfAnotherTypeIsRejected(IdType type) {
    for (IdType other : TYPES) {
      if (other != type) {
        assertInvalid(type, other.prefix() + "abc");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void prefixIsCaseSensitive(IdType type) {
    assertInvalid(type, type.prefix().toUpperCase(Locale.ROOT) + "abc");
  }

  @ParameterizedTest
  @MethodSource("types")
  void valueWithoutPrefixIsRejected(IdType type) {
    assertInvalid(type, "abc");
    assertInvalid(type, "");
    assertInvalid(type, " " + type.prefix() + "abc");
    assertInvalid(type, type.prefix().substring(0, 3) + "abc");
  }

  @ParameterizedTest
  @MethodSource("types")
  void nullIsRejected(IdType type) {
    assertRejected(() -> type.of(null), type.field(), "invalid_id", expectedMessage(type, "null"));
  }

  @ParameterizedTest
  @MethodSource("types")
  void idsOfOneTypeAreEqualByValue(IdType type) {
    ResourceId id = type.of(type.prefix() + "abc");

    assertThat(id).isEqualTo(type.of(type.prefix() + "abc")).hasSameHashCodeAs(id);
    assertThat(id).isNotEqualTo(type.of(type.prefix() + "abd"));
    assertThat(id).isNotEqualTo(type.of(type.prefix() + "ABC"));
    assertThat(id).isNotEqualTo(null);
    assertThat(id.equals(id.value())).isFalse();
  }

  @Test
  void idsOfDifferentTypesWithTheSameBodyAreNeverEqual() {
    List<ResourceId> ids = TYPES.stream().map(type -> type.of(type.prefix() + "abc")).toList();

    for (ResourceId id : ids) {
      assertThat(ids.stream().filter(id::equals)).containsExactly(id);
    }
  }

  @Test
  void walletIdAndQuoteIdWithTheSameBodyAreNotEqual() {
    WalletId wallet = WalletId.of("wal_8f3KQ2");
    QuoteId quote = QuoteId.of("quo_8f3KQ2");

    assertThat(wallet.equals(quote)).isFalse();
    assertThat(quote.equals(wallet)).isFalse();
  }

  @Test
  void idsWorkAsHashSetElements() {
    assertThat(Set.of(WalletId.of("wal_a"), WalletId.of("wal_b")))
        .contains(WalletId.of("wal_a"))
        .doesNotContain(WalletId.of("wal_c"));
  }
}
