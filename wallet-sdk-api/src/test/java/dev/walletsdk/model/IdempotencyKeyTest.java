/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private static void assertInvalid(String value) {
    assertRejected(
        () -> IdempotencyKey.of(value),
        "idempotencyKey",
        "invalid_format",
        "idempotencyKey \"" + value + "\" must be 1 to 255 visible ASCII characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "order-42",
        "a",
        "~",
        "!",
        "ORDER_42:retry#1",
        "3f2b8c1e-9d4a-4f6b-8e2d-1a7c5b9e0f3d",
        "{\"json\":\"like\"}"
      })
  void visibleAsciiKeyIsAccepted(String value) {
    IdempotencyKey key = IdempotencyKey.of(value);

    assertThat(key.value()).isEqualTo(value);
    assertThat(key).hasToString(value);
  }

  @Test
  void keyOf255CharactersIsAccepted() {
    String value = "k".repeat(255);

    assertThat(IdempotencyKey.of(value).value()).isEqualTo(value);
  }

  @Test
  void keyOf256CharactersIsRejected() {
    assertInvalid("k".repeat(256));
  }

  @Test
  void emptyKeyIsRejected() {
    assertInvalid("");
  }

  @Test
  void nullKeyIsRejected() {
    assertRejected(
        () -> IdempotencyKey.of(null),
        "idempotencyKey",
        "invalid_format",
        "idempotencyKey null must be 1 to 255 visible ASCII characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"order 42", " order", "order ", "order\t42"})
  void keyWithWhitespaceIsRejected(String value) {
    assertInvalid(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"order\n42", "order\r42", "order\u000042", "order\u007f42", "\u0001"})
  void keyWithControlCharacterIsRejected(String value) {
    assertInvalid(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"commande-é", "订单42", "order\u00a042", "order\u200b42", "€"})
  void keyWithNonAsciiCharacterIsRejected(String value) {
    assertInvalid(value);
  }

  @Test
  void randomKeyIsAVersion4Uuid() {
    IdempotencyKey key = IdempotencyKey.random();

    assertThat(key.value()).matches(UUID_V4);
    assertThat(UUID.fromString(key.value()).version()).isEqualTo(4);
  }

  @Test
  void randomKeysAreDistinct() {
    Set<IdempotencyKey> keys = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      keys.add(IdempotencyKey.random());
    }

    assertThat(keys).hasSize(1_000);
  }

  @Test
  void randomKeyIsAValidKey() {
    IdempotencyKey key = IdempotencyKey.random();

    assertThat(IdempotencyKey.of(key.value())).isEqualTo(key);
  }

  @Test
  void keysAreEqualByValue() {
    assertThat(IdempotencyKey.of("order-42"))
        .isEqualTo(IdempotencyKey.of("order-42"))
        .hasSameHashCodeAs(IdempotencyKey.of("order-42"))
        .isNotEqualTo(IdempotencyKey.of("order-43"))
        .isNotEqualTo(IdempotencyKey.of("ORDER-42"))
        .isNotEqualTo(null);
  }
}
