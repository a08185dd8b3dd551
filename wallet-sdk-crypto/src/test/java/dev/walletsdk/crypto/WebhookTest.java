/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.server.WebhookSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vector is the one of the Standard Webhooks reference libraries
 * (standard-webhooks/standard-webhooks, libraries/java WebhookTest.verifyWebhookSignWorks), checked
 * independently with {@code openssl dgst -sha256 -mac HMAC}.
 */
class WebhookTest {
  private static final WebhookSecret SECRET =
      WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final String TIMESTAMP = "1614265330";
  private static final Instant SENT = Instant.ofEpochSecond(1614265330);
  private static final byte[] PAYLOAD = "{\"test\": 2432232314}".getBytes(UTF_8);
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  private final MutableClock clock = new MutableClock(SENT);
  private final StandardWebhookVerifier verifier =
      StandardWebhookVerifier.create(List.of(SECRET), clock);

  @Test
  void signsTheStandardWebhooksTestVector() {
    assertThat(WebhookSigner.of(List.of(SECRET)).sign(ID, SENT, PAYLOAD)).isEqualTo(SIGNATURE);
  }

  @Test
  void verifiesTheStandardWebhooksTestVector() {
    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void spacesAroundSignaturesAreAllowedButControlCharactersAreNot() {
    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, "  v1,AAAA  " + SIGNATURE + " ", PAYLOAD))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE + "\u0003\u0000", PAYLOAD))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, "\t" + SIGNATURE, PAYLOAD))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void timestampFiveMinutesOldIsAccepted() {
    clock.advanceSeconds(300);

    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void timestampMoreThanFiveMinutesOldIsRejected() {
    clock.advanceSeconds(301);

    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("webhook-timestamp is 301 seconds in the past, more than the tolerance of 300")
        .satisfies(
            e -> {
              SignatureVerificationException failure = (SignatureVerificationException) e;
              assertThat(failure.code()).isEqualTo("signature_verification_failed");
              assertThat(failure.httpStatus()).isZero();
            });
  }

  @Test
  void timestampFiveMinutesAheadIsAccepted() {
    clock.advanceSeconds(-300);

    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void timestampMoreThanFiveMinutesAheadIsRejected() {
    clock.advanceSeconds(-301);

    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .hasMessage(
            "webhook-timestamp is 301 seconds in the future, more than the tolerance of 300");
  }

  @Test
  void toleranceCanBeNarrowed() {
    clock.advanceSeconds(61);

    assertThatThrownBy(
            () ->
                verifier
                    .withTolerance(Duration.ofMinutes(1))
                    .verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .hasMessage("webhook-timestamp is 61 seconds in the past, more than the tolerance of 60");
  }

  @Test
  void tamperedBodyIsRejected() {
    byte[] tampered = "{\"test\": 2432232315}".getBytes(UTF_8);

    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, SIGNATURE, tampered))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("no v1 signature in webhook-signature matches an active secret");
  }

  @Test
  void signatureOfAnotherIdOrTimestampIsRejected() {
    assertThatThrownBy(() -> verifier.verify("msg_other", TIMESTAMP, SIGNATURE, PAYLOAD))
        .hasMessage("no v1 signature in webhook-signature matches an active secret");
    assertThatThrownBy(() -> verifier.verify(ID, "1614265331", SIGNATURE, PAYLOAD))
        .hasMessage("no v1 signature in webhook-signature matches an active secret");
  }

  /** As the reference libraries' verifyValidPayloadWithMultipleSignaturesIsValid. */
  @Test
  void oneMatchingSignatureAmongSeveralIsEnough() {
    String header =
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
            + SIGNATURE
            + " v1,not*base64";

    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, header, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void headerWithoutAV1SignatureIsRejected() {
    assertThatThrownBy(
            () ->
                verifier.verify(
                    ID,
                    TIMESTAMP,
                    "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= invalid_signature",
                    PAYLOAD))
        .hasMessage("webhook-signature has no v1 signature");
  }

  @Test
  void missingHeadersAreRejected() {
    assertThatThrownBy(() -> verifier.verify(null, TIMESTAMP, SIGNATURE, PAYLOAD))
        .hasMessage("webhook-id header is missing");
    assertThatThrownBy(() -> verifier.verify(ID, " ", SIGNATURE, PAYLOAD))
        .hasMessage("webhook-timestamp header is missing");
    assertThatThrownBy(() -> verifier.verify(ID, TIMESTAMP, "", PAYLOAD))
        .hasMessage("webhook-signature header is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1614265330", "1614265330.5", "1614265330000"})
  void timestampThatIsNotUnixSecondsIsRejected(String timestamp) {
    assertThatThrownBy(() -> verifier.verify(ID, timestamp, SIGNATURE, PAYLOAD))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("webhook-timestamp must be Unix seconds (1 to 12 digits)");
  }

  @Test
  void duringARotationEachSecretSignsAndEitherVerifies() {
    WebhookSecret next = WebhookSecret.random();
    String header = WebhookSigner.of(List.of(next, SECRET)).sign(ID, SENT, PAYLOAD);

    assertThat(header.split(" ")).hasSize(2).endsWith(SIGNATURE);
    assertThatCode(() -> verifier.verify(ID, TIMESTAMP, header, PAYLOAD))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                StandardWebhookVerifier.create(List.of(next), clock)
                    .verify(ID, TIMESTAMP, header, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void verifierWithRotatedSecretsAcceptsTheOldOne() {
    StandardWebhookVerifier rotating =
        StandardWebhookVerifier.create(List.of(WebhookSecret.random(), SECRET), clock);

    assertThatCode(() -> rotating.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .doesNotThrowAnyException();
  }

  @Test
  void signatureOfARetiredSecretIsRejected() {
    StandardWebhookVerifier rotated =
        StandardWebhookVerifier.create(List.of(WebhookSecret.random()), clock);

    assertThatThrownBy(() -> rotated.verify(ID, TIMESTAMP, SIGNATURE, PAYLOAD))
        .hasMessage("no v1 signature in webhook-signature matches an active secret");
  }

  @Test
  void secretRoundTripsThroughItsTextForm() {
    WebhookSecret secret = WebhookSecret.random();

    assertThat(secret.length()).isEqualTo(32);
    assertThat(secret.reveal()).startsWith("whsec_");
    assertThat(WebhookSecret.parse(secret.reveal())).isEqualTo(secret);
    assertThat(SECRET.reveal()).isEqualTo("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  }

  @Test
  void secretNeverAppearsInToString() {
    assertThat(SECRET).hasToString("WebhookSecret[redacted]");
    assertThat(WebhookSigner.of(List.of(SECRET))).hasToString("WebhookSigner{secrets=1}");
    assertThat(verifier).hasToString("StandardWebhookVerifier{secrets=1, tolerance=PT5M}");
  }

  @Test
  void secretsCompareByValue() {
    assertThat(WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isEqualTo(SECRET)
        .hasSameHashCodeAs(SECRET)
        .isNotEqualTo(WebhookSecret.random());
  }

  @Test
  void secretShorterThanSixteenBytesIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> WebhookSecret.parse("whsec_c2hvcnQ="))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("webhookSecret must be 16 to 64 bytes but has 5 (value not shown)");
  }

  @Test
  void secretWithoutPrefixOrNotBase64IsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("webhookSecret must start with whsec_ (value not shown)");
    assertThatThrownBy(() -> WebhookSecret.parse("whsec_MfKQ9r8GKYqr*TwjUPD8ILPZIo2LaLaSw"))
        .hasMessage("webhookSecret is not whsec_ followed by base64 (value not shown)");
  }

  @Test
  void signerAndVerifierNeedASecret() {
    assertThatThrownBy(() -> WebhookSigner.of(List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("at least one webhook secret is required");
    assertThatThrownBy(() -> StandardWebhookVerifier.create(List.of(), clock))
        .hasMessage("at least one webhook secret is required");
  }
}
