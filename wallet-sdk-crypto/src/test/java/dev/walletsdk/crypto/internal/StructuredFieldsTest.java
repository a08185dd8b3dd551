/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructuredFieldsTest {

  @Test
  void parsesInnerListsWithParameters() {
    Map<String, Object> members =
        StructuredFields.parseDictionary(
            "sig1=(\"@method\" \"@path\");created=1618884473;keyid=\"k\", sig2=(\"a\")");

    StructuredFields.InnerList sig1 = (StructuredFields.InnerList) members.get("sig1");
    assertThat(sig1.items())
        .extracting(StructuredFields.Item::value)
        .containsExactly("@method", "@path");
    assertThat(sig1.parameters())
        .containsExactly(Map.entry("created", 1618884473L), Map.entry("keyid", "k"));
    assertThat(members).containsOnlyKeys("sig1", "sig2");
  }

  /** RFC 8941 §3.2: a member without a value is boolean true; items of every bare type. */
  @Test
  void parsesBareItemsOfEveryType() {
    Map<String, Object> members =
        StructuredFields.parseDictionary(
            "a=?0, b, c;foo=bar, d=-4.5, e=:AQID:, f=tok/en*, g=\"q\\\"\"");

    assertThat(((StructuredFields.Item) members.get("a")).value()).isEqualTo(false);
    assertThat(((StructuredFields.Item) members.get("b")).value()).isEqualTo(true);
    assertThat(((StructuredFields.Item) members.get("c")).parameters())
        .containsEntry("foo", new StructuredFields.Token("bar"));
    assertThat(((StructuredFields.Item) members.get("d")).value())
        .isEqualTo(new BigDecimal("-4.5"));
    assertThat((byte[]) ((StructuredFields.Item) members.get("e")).value())
        .containsExactly(1, 2, 3);
    assertThat(((StructuredFields.Item) members.get("f")).value())
        .isEqualTo(new StructuredFields.Token("tok/en*"));
    assertThat(((StructuredFields.Item) members.get("g")).value()).isEqualTo("q\"");
  }

  @Test
  void laterMemberReplacesAnEarlierOneWithTheSameKey() {
    Map<String, Object> members = StructuredFields.parseDictionary("a=1, a=2");

    assertThat(((StructuredFields.Item) members.get("a")).value()).isEqualTo(2L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a=1,|at 4: dictionary ends with ','",
        "A=1|at 0: expected a key",
        "a=1 b=2|at 4: expected ',' between dictionary members",
        "a=(1 2|at 6: expected ' ' or ')' in an inner list",
        "a=1234567890123456|at 18: integer has more than 15 digits",
        "a=1.2345|at 8: decimal must have 1 to 12 integer and 1 to 3 fraction digits",
        "a=\"\\n\"|at 5: invalid escape in a string",
        "a=?2|at 3: boolean must be ?0 or ?1"
      })
  void rejectsMalformedDictionaries(String field, String message) {
    assertThatThrownBy(() -> StructuredFields.parseDictionary(field))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void quotesStringsWithEscapes() {
    assertThat(StructuredFields.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(List.of(StructuredFields.quote(""))).containsExactly("\"\"");
  }
}
