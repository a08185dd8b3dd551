/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Redactor makes bodies safe to log. */
class RedactorTest {
  private static String redact(String body) {
    return Redactor.body(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sensitiveMembersAreReplacedAtAnyDepth() {
    assertThat(
            redact(
                "{\"otp\":\"123456\",\"destinationAccount\":{\"accountNumber\":\"DE89370400440532013000\","
                    + "\"holderName\":\"Bob\"},\"field\":{\"enc\":\"x\",\"kid\":\"k\",\"ct\":\"AAAA\"}}"))
        .isEqualTo(
            "{\"otp\":\"<redacted>\",\"destinationAccount\":{\"accountNumber\":\"<redacted>\","
                + "\"holderName\":\"Bob\"},\"field\":{\"enc\":\"x\",\"kid\":\"k\",\"ct\":\"<redacted>\"}}");
  }

  @Test
  void memberNamesAreMatchedIgnoringCase() {
    assertThat(redact("{\"ApiKey\":\"sk_1\",\"Signature\":\"abc\"}"))
        .isEqualTo("{\"ApiKey\":\"<redacted>\",\"Signature\":\"<redacted>\"}");
  }

  @Test
  void luhnValidCardNumberInTextIsMasked() {
    assertThat(redact("{\"description\":\"paid with 4111111111111111 today\"}"))
        .isEqualTo("{\"description\":\"paid with <redacted> today\"}");
  }

  @Test
  void luhnValidCardNumberAsJsonNumberIsMasked() {
    assertThat(redact("{\"n\":4111111111111111}")).isEqualTo("{\"n\":\"<redacted>\"}");
  }

  @Test
  void digitRunFailingLuhnIsKept() {
    assertThat(redact("{\"reference\":\"4111111111111112\"}"))
        .isEqualTo("{\"reference\":\"4111111111111112\"}");
  }

  @Test
  void cardNumberInNonJsonBodyIsMasked() {
    assertThat(redact("<html>card 5555555555554444</html>"))
        .isEqualTo("<html>card <redacted></html>");
  }

  @Test
  void longBodyIsShortenedWithItsSize() {
    String body = "x".repeat(10_000);

    assertThat(redact(body)).hasSize(8192 + "…(10000 bytes)".length()).endsWith("…(10000 bytes)");
  }

  @Test
  void controlCharactersOfANonJsonBodyAreEscaped() {
    assertThat(redact("line\r\n2026-11-24 INFO forged\u001b[2J"))
        .isEqualTo("line\\u000d\\u000a2026-11-24 INFO forged\\u001b[2J");
  }

  @Test
  void lineSeparatorsAndBidiOverridesInJsonTextAreEscaped() {
    assertThat(redact("{\"note\":\"a\u2028b\u202ec\"}"))
        .isEqualTo("{\"note\":\"a\\u2028b\\u202ec\"}");
  }
}
