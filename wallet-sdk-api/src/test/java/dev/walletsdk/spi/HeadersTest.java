/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadersTest {
  private static void assertRejected(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).fieldErrors())
                    .containsExactly(FieldError.of("headers", code, message)));
  }

  // --- lookup -------------------------------------------------------------------------------

  @Test
  void lookupIgnoresTheCaseOfTheName() {
    Headers headers = Headers.of("Content-Type", "application/json");

    assertThat(headers.first("content-type")).contains("application/json");
    assertThat(headers.first("CONTENT-TYPE")).contains("application/json");
    assertThat(headers.first("Content-Type")).contains("application/json");
  }

  @Test
  void absentHeaderHasNoValue() {
    Headers headers = Headers.of("Accept", "application/json");

    assertThat(headers.first("Content-Type")).isEmpty();
    assertThat(headers.all("Content-Type")).isEmpty();
  }

  @Test
  void firstReturnsTheFirstOfRepeatedFields() {
    Headers headers = Headers.of("Via", "a", "via", "b");

    assertThat(headers.first("VIA")).contains("a");
  }

  @Test
  void allReturnsEveryValueInOrder() {
    Headers headers = Headers.of("Via", "a", "Accept", "x", "VIA", "b", "via", "c");

    assertThat(headers.all("via")).containsExactly("a", "b", "c");
  }

  @Test
  void allCannotBeModified() {
    Headers headers = Headers.of("Via", "a");

    assertThatThrownBy(() -> headers.all("Via").add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fieldsKeepTheirOrderAndTheCaseOfTheirNames() {
    Headers headers = Headers.of("X-B", "2", "x-a", "1", "X-C", "3");

    assertThat(headers.size()).isEqualTo(3);
    assertThat(List.of(headers.name(0), headers.name(1), headers.name(2)))
        .containsExactly("X-B", "x-a", "X-C");
    assertThat(List.of(headers.value(0), headers.value(1), headers.value(2)))
        .containsExactly("2", "1", "3");
  }

  @Test
  void namesAreDistinctLowerCaseInOrderOfFirstAppearance() {
    Headers headers = Headers.of("X-B", "2", "Accept", "x", "x-b", "3", "ACCEPT", "y");

    assertThat(headers.names()).containsExactly("x-b", "accept");
  }

  @Test
  void toMapGroupsValuesByLowerCaseName() {
    Headers headers = Headers.of("Via", "a", "Accept", "x", "VIA", "b");

    assertThat(headers.toMap())
        .containsExactly(Map.entry("via", List.of("a", "b")), Map.entry("accept", List.of("x")));
  }

  @Test
  void emptyHeadersHaveNoFields() {
    assertThat(Headers.empty().size()).isZero();
    assertThat(Headers.empty().names()).isEmpty();
    assertThat(Headers.empty()).isEqualTo(Headers.of()).hasToString("[]");
  }

  // --- derived headers ----------------------------------------------------------------------

  @Test
  void withAppendsAFieldAndLeavesTheOriginalUnchanged() {
    Headers original = Headers.of("Via", "a");

    Headers appended = original.with("VIA", "b");

    assertThat(appended.all("via")).containsExactly("a", "b");
    assertThat(original.all("via")).containsExactly("a");
  }

  @Test
  void withReplacedReplacesEveryFieldOfTheNameByOne() {
    Headers original = Headers.of("Via", "a", "Accept", "x", "via", "b");

    Headers replaced = original.withReplaced("VIA", "c");

    assertThat(replaced).isEqualTo(Headers.of("Accept", "x", "VIA", "c"));
    assertThat(original.all("via")).containsExactly("a", "b");
  }

  @Test
  void withReplacedAddsAnAbsentHeader() {
    assertThat(Headers.of("Accept", "x").withReplaced("Via", "a"))
        .isEqualTo(Headers.of("Accept", "x", "Via", "a"));
  }

  @Test
  void withoutRemovesEveryFieldOfTheNameInAnyCase() {
    Headers original = Headers.of("Via", "a", "Accept", "x", "VIA", "b");

    Headers removed = original.without("via");

    assertThat(removed).isEqualTo(Headers.of("Accept", "x"));
    assertThat(original.size()).isEqualTo(3);
  }

  @Test
  void withoutAnAbsentHeaderChangesNothing() {
    Headers headers = Headers.of("Accept", "x");

    assertThat(headers.without("Via")).isEqualTo(headers);
  }

  @Test
  void toBuilderCopiesTheFields() {
    Headers original = Headers.of("Accept", "x");

    Headers extended = original.toBuilder().add("Via", "a").build();

    assertThat(extended).isEqualTo(Headers.of("Accept", "x", "Via", "a"));
    assertThat(original).isEqualTo(Headers.of("Accept", "x"));
  }

  @Test
  void builderSetAndRemoveWorkCaseInsensitively() {
    Headers headers =
        Headers.builder()
            .add("Via", "a")
            .add("Accept", "x")
            .set("VIA", "b")
            .add("X-Gone", "1")
            .remove("x-gone")
            .build();

    assertThat(headers).isEqualTo(Headers.of("Accept", "x", "VIA", "b"));
  }

  // --- equality -----------------------------------------------------------------------------

  @Test
  void equalityIgnoresTheCaseOfNames() {
    Headers lower = Headers.of("content-type", "application/json");
    Headers mixed = Headers.of("Content-Type", "application/json");

    assertThat(lower).isEqualTo(mixed).hasSameHashCodeAs(mixed);
  }

  @Test
  void equalityRespectsTheCaseOfValues() {
    assertThat(Headers.of("Accept", "application/json"))
        .isNotEqualTo(Headers.of("Accept", "Application/JSON"));
  }

  @Test
  void equalityRespectsTheOrderOfFields() {
    assertThat(Headers.of("A", "1", "B", "2")).isNotEqualTo(Headers.of("B", "2", "A", "1"));
  }

  @Test
  void headersWithDifferentFieldCountsAreNotEqual() {
    assertThat(Headers.of("A", "1")).isNotEqualTo(Headers.of("A", "1", "A", "1"));
    assertThat(Headers.of("A", "1")).isNotEqualTo(null);
  }

  // --- validation ---------------------------------------------------------------------------

  @Test
  void oddNumberOfArgumentsIsRejected() {
    assertRejected(
        () -> Headers.of("Accept", "x", "Via"),
        "invalid_format",
        "headers need a value for every name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad\r\nX-Injected: 1", "bad\n", "bad\r", "a\u0000b", "a\u007fb"})
  void valueWithAControlCharacterIsRejectedWithoutShowingTheValue(String value) {
    assertRejected(
        () -> Headers.of("X-Note", value),
        "invalid_header_value",
        "value of header X-Note is missing or contains a control character");
  }

  @Test
  void injectedHeaderIsNotInTheMessage() {
    assertThatThrownBy(() -> Headers.empty().with("X-Note", "ok\r\nX-Injected: secret"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("X-Injected", "secret"));
  }

  @Test
  void nullValueIsRejected() {
    assertRejected(
        () -> Headers.builder().add("X-Note", null),
        "invalid_header_value",
        "value of header X-Note is missing or contains a control character");
  }

  @Test
  void valueWithTabSpacesAndNonAsciiTextIsAccepted() {
    Headers headers = Headers.of("X-Note", "a\tb c", "X-Name", "Zoë", "X-Empty", "");

    assertThat(headers.first("x-note")).contains("a\tb c");
    assertThat(headers.first("x-name")).contains("Zoë");
    assertThat(headers.first("x-empty")).contains("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X Note", "X:Note", "X-Note:", "", "Zoë", "X(1)", "X/Y", "X\"Y", "X\tY"})
  void nameThatIsNotAnHttpTokenIsRejected(String name) {
    assertRejected(
        () -> Headers.of(name, "v"),
        "invalid_header_name",
        "header name \"" + name + "\" is not an HTTP token");
  }

  @Test
  void nullNameIsRejected() {
    assertRejected(
        () -> Headers.builder().add(null, "v"),
        "invalid_header_name",
        "header name null is not an HTTP token");
  }

  @Test
  void nameWithEveryTokenPunctuationIsAccepted() {
    String name = "!#$%&'*+-.^_`|~Az09";

    assertThat(Headers.of(name, "v").first(name)).contains("v");
  }

  @Test
  void toStringHidesCredentialsAndShowsOtherValues() {
    Headers headers =
        Headers.of(
            "Authorization", "Bearer sk_live_secret",
            "Accept", "application/json",
            "Signature", "sig1=:c2lnbmF0dXJl:",
            "Cookie", "session=abc",
            "Set-Cookie", "session=def",
            "Proxy-Authorization", "Basic dXNlcjpwYXNz");

    assertThat(headers)
        .hasToString(
            "[Authorization: <redacted>, Accept: application/json, Signature: <redacted>,"
                + " Cookie: <redacted>, Set-Cookie: <redacted>, Proxy-Authorization: <redacted>]");
  }

  @Test
  void toStringRedactsSensitiveHeadersInAnyCase() {
    String text =
        Headers.of("authorization", "Bearer one", "AUTHORIZATION", "Bearer two").toString();

    assertThat(text).doesNotContain("Bearer").contains("authorization: <redacted>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "Proxy-Authorization",
        "Cookie",
        "SET-COOKIE",
        "Signature"
      })
  void credentialHeadersAreSensitive(String name) {
    assertThat(Headers.isSensitive(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Accept", "Content-Type", "Signature-Input", "Idempotency-Key"})
  void otherHeadersAreNotSensitive(String name) {
    assertThat(Headers.isSensitive(name)).isFalse();
  }
}
