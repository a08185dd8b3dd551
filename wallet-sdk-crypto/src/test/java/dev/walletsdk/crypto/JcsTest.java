/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.crypto.internal.InvalidJsonException;
import dev.walletsdk.crypto.internal.Jcs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JcsTest {

  private static byte[] resource(String name) {
    try (InputStream in = JcsTest.class.getResourceAsStream("/jcs/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String canonical(String json) {
    return new String(Jcs.canonicalize(json.getBytes(UTF_8)), UTF_8);
  }

  /** RFC 8785 §3.2.2: literals, numbers and string escaping. */
  @Test
  void matchesRfc8785Section322Example() {
    assertThat(Jcs.canonicalize(resource("rfc8785-3.2.2-input.json")))
        .isEqualTo(resource("rfc8785-3.2.2-output.json"));
  }

  /** RFC 8785 §3.2.3: names sorted by UTF-16 code units, so U+1F600 sorts before U+FB33. */
  @Test
  void matchesRfc8785Section323SortingExample() {
    assertThat(Jcs.canonicalize(resource("rfc8785-3.2.3-input.json")))
        .isEqualTo(resource("rfc8785-3.2.3-output.json"));
  }

  /** The RFC author's test data (cyberphone/json-canonicalization, testdata/structures.json). */
  @Test
  void sortsNestedObjectsAtEveryLevel() {
    assertThat(Jcs.canonicalize(resource("structures-input.json")))
        .isEqualTo(resource("structures-output.json"));
  }

  /** The RFC author's test data (testdata/weird.json): unicode names and a raw DEL in a value. */
  @Test
  void keepsNonAsciiAndDeleteUnescaped() {
    assertThat(Jcs.canonicalize(resource("weird-input.json")))
        .isEqualTo(resource("weird-output.json"));
  }

  /** RFC 8785 Appendix B rows, read from the exact decimal value of each double. */
  @ParameterizedTest
  @CsvSource({
    "4340000000000000, 9007199254740992",
    "44b52d02c7e14af6, 1e+23",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555554, 333333333.33333325",
    "becbf647612f3696, -0.0000033333333333333333",
    "0000000000000001, 5e-324"
  })
  void writesNumbersOfAppendixBFromTheirExactDecimalText(String bits, String expected) {
    double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

    assertThat(canonical("[" + new BigDecimal(value).toPlainString() + "]"))
        .isEqualTo("[" + expected + "]");
  }

  @Test
  void differentWhitespaceAndMemberOrderGiveTheSameBytes() {
    String compact = "{\"b\":[1,2,{\"y\":true,\"x\":null}],\"a\":\"A\"}";
    String spaced =
        "\r\n{ \"a\" : \"A\" ,\t\"b\" : [ 1 , 2.0 , { \"x\" : null , \"y\" : true } ] }\n";

    assertThat(canonical(compact))
        .isEqualTo(canonical(spaced))
        .isEqualTo("{\"a\":\"A\",\"b\":[1,2,{\"x\":null,\"y\":true}]}");
  }

  @Test
  void canonicalFormIsAFixedPoint() {
    String once = canonical("{\"z\":-0.0,\"e\":1E-7,\"s\":\"\\u001f\\/\"}");

    assertThat(once).isEqualTo("{\"e\":1e-7,\"s\":\"\\u001f/\",\"z\":0}");
    assertThat(canonical(once)).isEqualTo(once);
  }

  @Test
  void rejectsDuplicateNamesEvenWhenEscapedDifferently() {
    assertThatThrownBy(() -> canonical("{\"a\":1,\"\\u0061\":2}"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("invalid JSON at 7: duplicate member name");
  }

  @Test
  void rejectsALoneSurrogate() {
    assertThatThrownBy(() -> canonical("[\"\\ud800x\"]"))
        .hasMessage("invalid JSON at 1: string contains an unpaired surrogate");
  }

  @Test
  void rejectsNumbersOutsideTheDoubleRange() {
    assertThatThrownBy(() -> canonical("[1e400]"))
        .hasMessage("invalid JSON at 1: number is outside the range of an IEEE 754 double");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[01]|invalid JSON at 2: expected ',' or ']' in an array",
        "[1.]|invalid JSON at 3: expected a digit after the decimal point",
        "[-]|invalid JSON at 2: expected a digit",
        "[1e+]|invalid JSON at 4: expected a digit in the exponent",
        "[1,]|invalid JSON at 3: unexpected character, expected a value",
        "{\"a\":1,}|invalid JSON at 7: expected a member name in double quotes",
        "{'a':1}|invalid JSON at 1: expected a member name in double quotes",
        "{\"a\" 1}|invalid JSON at 5: expected ':' after a member name",
        "[NaN]|invalid JSON at 1: unexpected character, expected a value",
        "[tru]|invalid JSON at 1: unexpected character, expected a value",
        "[1] [2]|invalid JSON at 4: unexpected content after the JSON value",
        "[\"abc|invalid JSON at 1: string is not terminated",
        "[\"a\\x\"]|invalid JSON at 3: invalid escape sequence",
        "[\"\\u12g4\"]|invalid JSON at 2: invalid \\u escape",
        "[1 /* note */]|invalid JSON at 3: expected ',' or ']' in an array",
        "``|invalid JSON at 0: expected a value but the input ended"
      })
  void rejectsTextOutsideTheJsonGrammar(String json, String message) {
    assertThatThrownBy(() -> canonical(json))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsARawControlCharacterInAString() {
    assertThatThrownBy(() -> canonical("[\"a\tb\"]"))
        .hasMessage("invalid JSON at 3: control character in a string must be escaped");
  }

  @Test
  void rejectsInvalidUtf8() {
    assertThatThrownBy(() -> Jcs.canonicalize(new byte[] {'[', '"', (byte) 0xC3, '"', ']'}))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("invalid JSON: input is not valid UTF-8");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "[".repeat(Jcs.MAX_DEPTH + 1) + "]".repeat(Jcs.MAX_DEPTH + 1);

    assertThat(canonical("[".repeat(Jcs.MAX_DEPTH) + "]".repeat(Jcs.MAX_DEPTH)))
        .hasSize(2 * Jcs.MAX_DEPTH);
    assertThatThrownBy(() -> canonical(deep))
        .hasMessage("invalid JSON at 64: nesting is deeper than 64 levels");
  }

  @Test
  void rejectsInputLargerThanTheLimit() {
    byte[] large = new byte[Jcs.MAX_INPUT_BYTES + 1];

    assertThatThrownBy(() -> Jcs.canonicalize(large))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("invalid JSON: input has 1048577 bytes, more than the limit of 1048576")
        .extracting(e -> ((InvalidJsonException) e).offset())
        .isEqualTo(-1);
  }
}
