/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
  private static final String SECRET = "sk_test_abc";

  private static void assertRejected(String value, String code, String message) {
    assertThatThrownBy(() -> ApiKey.of(value))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).fieldErrors())
                    .containsExactly(FieldError.of("apiKey", code, message)));
  }

  @Test
  void revealReturnsTheKey() {
    assertThat(ApiKey.of(SECRET).reveal()).isEqualTo(SECRET);
  }

  @Test
  void toStringNeverContainsTheKey() {
    ApiKey key = ApiKey.of(SECRET);

    assertThat(key).hasToString("ApiKey[redacted]");
    assertThat(key.toString()).doesNotContain(SECRET).doesNotContain("abc");
  }

  @Test
  void keysAreEqualByValue() {
    assertThat(ApiKey.of(SECRET))
        .isEqualTo(ApiKey.of(SECRET))
        .hasSameHashCodeAs(ApiKey.of(SECRET))
        .isNotEqualTo(ApiKey.of("sk_test_abd"))
        .isNotEqualTo(ApiKey.of("sk_test_ab"))
        .isNotEqualTo(null);
  }

  @Test
  void keyIsNotEqualToItsTextValue() {
    assertThat(ApiKey.of(SECRET).equals(SECRET)).isFalse();
  }

  @Test
  void keyOf512CharactersIsAccepted() {
    String value = "k".repeat(512);

    assertThat(ApiKey.of(value).reveal()).isEqualTo(value);
  }

  @Test
  void nullKeyIsRejectedAsRequired() {
    assertRejected(null, "required", "apiKey is required");
  }

  @Test
  void emptyKeyIsRejectedAsRequired() {
    assertRejected("", "required", "apiKey is required");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sk test secret",
        " sk_test_secret",
        "sk_test_secret\n",
        "sk_test_secret\r\nX-Evil: 1",
        "sk_tëst_secret",
        "sk_test\u007fsecret",
        "sk_test\tsecret"
      })
  void invalidKeyIsRejectedWithoutShowingTheValue(String value) {
    String message = "apiKey must be 1 to 512 visible ASCII characters (value not shown)";

    assertRejected(value, "invalid_format", message);
    assertThatThrownBy(() -> ApiKey.of(value))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.trim()));
  }

  @Test
  void keyWithASpaceIsRejectedAndNoPartOfItIsInTheMessage() {
    assertThatThrownBy(() -> ApiKey.of("sk_live_TOPSECRET 123"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain("TOPSECRET").doesNotContain("sk_live");
              assertThat(e.toString()).doesNotContain("TOPSECRET");
              assertThat(((InvalidRequestException) e).fieldErrors())
                  .allSatisfy(error -> assertThat(error.toString()).doesNotContain("TOPSECRET"));
            });
  }

  @Test
  void keyOf513CharactersIsRejected() {
    assertRejected(
        "k".repeat(513),
        "invalid_format",
        "apiKey must be 1 to 512 visible ASCII characters (value not shown)");
  }

  @Test
  void fingerprintIsSha256PrefixAndEightHexDigits() {
    assertThat(ApiKey.of(SECRET).fingerprint()).matches("sha256:[0-9a-f]{8}");
  }

  @Test
  void fingerprintIsTheStartOfTheSha256Digest() {
    // printf 'sk_test_abc' | sha256sum → 4b4090ccee1e713c…
    assertThat(ApiKey.of(SECRET).fingerprint()).isEqualTo("sha256:4b4090cc");
  }

  @Test
  void fingerprintIsStable() {
    ApiKey key = ApiKey.of(SECRET);

    assertThat(key.fingerprint())
        .isEqualTo(key.fingerprint())
        .isEqualTo(ApiKey.of(SECRET).fingerprint());
  }

  @Test
  void fingerprintDiffersBetweenKeysAndDoesNotRevealTheKey() {
    String fingerprint = ApiKey.of(SECRET).fingerprint();

    assertThat(fingerprint).isNotEqualTo(ApiKey.of("sk_test_abd").fingerprint());
    assertThat(fingerprint).doesNotContain(SECRET);
  }
}
