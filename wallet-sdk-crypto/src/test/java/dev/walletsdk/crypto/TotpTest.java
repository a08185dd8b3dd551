/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
  private static final TotpSecret SHA1_SEED = seed("12345678901234567890");
  private static final TotpSecret SHA256_SEED = seed("12345678901234567890123456789012");
  private static final TotpSecret SHA512_SEED =
      seed("1234567890123456789012345678901234567890123456789012345678901234");

  private static TotpSecret seed(String ascii) {
    return TotpSecret.ofBytes(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  private static Totp eightDigits(TotpAlgorithm algorithm) {
    return Totp.of(algorithm, 8, Duration.ofSeconds(30), 1);
  }

  /** RFC 6238 Appendix B, every row and every algorithm. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246, 90693936",
    "1111111109, 07081804, 68084774, 25091201",
    "1111111111, 14050471, 67062674, 99943326",
    "1234567890, 89005924, 91819424, 93441116",
    "2000000000, 69279037, 90698825, 38618901",
    "20000000000, 65353130, 77737706, 47863826"
  })
  void matchesRfc6238AppendixB(long seconds, String sha1, String sha256, String sha512) {
    Instant at = Instant.ofEpochSecond(seconds);
    assertThat(eightDigits(TotpAlgorithm.SHA1).generate(SHA1_SEED, at)).isEqualTo(sha1);
    assertThat(eightDigits(TotpAlgorithm.SHA256).generate(SHA256_SEED, at)).isEqualTo(sha256);
    assertThat(eightDigits(TotpAlgorithm.SHA512).generate(SHA512_SEED, at)).isEqualTo(sha512);
  }

  @Test
  void sixDigitCodeIsTheLastSixDigitsOfTheTruncatedValue() {
    assertThat(Totp.defaults().generate(SHA1_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void codeOfTheNeighbouringStepIsAcceptedAndReturnsThatStep() {
    Totp totp = Totp.defaults();
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    String previous = totp.generate(SHA1_SEED, now.minusSeconds(30));

    assertThat(totp.verify(SHA1_SEED, previous, now, Long.MIN_VALUE))
        .isEqualTo(OptionalLong.of(totp.step(now) - 1));
  }

  @Test
  void codeTwoStepsAwayIsRejected() {
    Totp totp = Totp.defaults();
    Instant now = Instant.ofEpochSecond(1_111_111_111);

    assertThat(totp.verify(SHA1_SEED, totp.generate(SHA1_SEED, now.minusSeconds(60)), now, 0))
        .isEmpty();
  }

  @Test
  void codeOfAnAlreadyUsedStepIsRejected() {
    Totp totp = Totp.defaults();
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    String code = totp.generate(SHA1_SEED, now);
    long used = totp.verify(SHA1_SEED, code, now, Long.MIN_VALUE).orElseThrow();

    assertThat(totp.verify(SHA1_SEED, code, now, used)).isEmpty();
  }

  @Test
  void malformedCodesAreRejected() {
    Instant now = Instant.ofEpochSecond(59);
    assertThat(Totp.defaults().verify(SHA1_SEED, "28708", now, 0)).isEmpty();
    assertThat(Totp.defaults().verify(SHA1_SEED, "28708a", now, 0)).isEmpty();
    assertThat(Totp.defaults().verify(SHA1_SEED, null, now, 0)).isEmpty();
  }

  @Test
  void base32RoundTripAndAuthenticatorFormatting() {
    TotpSecret secret = TotpSecret.fromBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");

    assertThat(secret).isEqualTo(SHA1_SEED);
    assertThat(secret.revealBase32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(TotpSecret.fromBase32(secret.revealBase32().toLowerCase())).isEqualTo(secret);
  }

  @Test
  void secretNeverAppearsInToString() {
    assertThat(SHA1_SEED.toString()).isEqualTo("TotpSecret[redacted]");
  }

  @Test
  void shortSecretIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> TotpSecret.fromBase32("GEZDGNBV"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("totpSecret must be 16 to 64 bytes but has 5 (value not shown)");
  }

  @Test
  void invalidParametersAreRejected() {
    assertThatThrownBy(() -> Totp.of(TotpAlgorithm.SHA1, 9, Duration.ofSeconds(30), 1))
        .hasMessage("digits must be between 6 and 8 but was 9");
    assertThatThrownBy(() -> Totp.of(TotpAlgorithm.SHA1, 6, Duration.ofMillis(1500), 1))
        .hasMessage("period must be a whole number of seconds, at least 1");
    assertThatThrownBy(() -> Totp.of(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30), 3))
        .hasMessage("window must be between 0 and 2 but was 3");
  }
}
