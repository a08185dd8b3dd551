/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.ContentDigest;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SignatureInput;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSigningTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final Ed25519KeyPair PARTNER_KEY = Ed25519Keys.generate();
  private static final byte[] BODY =
      "{\"amount\":{\"amount\":\"12.34\",\"currency\":\"EUR\"}}".getBytes(UTF_8);

  private final MutableClock clientClock = new MutableClock(NOW);
  private final MutableClock serverClock = new MutableClock(NOW);
  private final Ed25519RequestSigner signer =
      Ed25519RequestSigner.create("partner-1", PARTNER_KEY, clientClock);
  private final Rfc9421Verifier verifier =
      Rfc9421Verifier.builder()
          .keys(SigningKeyResolver.of(Map.of("partner-1", PARTNER_KEY.publicKey())))
          .clock(serverClock)
          .build();

  private static TransportRequest transfer() {
    return TransportRequest.builder()
        .method("POST")
        .uri(URI.create("https://wallet.bank.example/v1/transfers"))
        .headers(
            Headers.of(
                "Content-Type", "application/json",
                "Idempotency-Key", "7f0c2a9e-key",
                "Authorization", "Bearer sk_test"))
        .body(BODY)
        .build();
  }

  private static TransportRequest get() {
    return TransportRequest.builder()
        .uri(URI.create("https://wallet.bank.example/v1/wallets/w_1?expand=balances"))
        .build();
  }

  /**
   * Signs with a hand-made input, to present the verifier with signatures the signer never makes.
   */
  private TransportRequest signedWith(TransportRequest request, SignatureInput input) {
    return request.toBuilder()
        .header("Signature-Input", "sig1=" + input.serialize())
        .header("Signature", "sig1=:" + signer.signature(request, input) + ":")
        .build();
  }

  private static SignatureInput.Builder input(String... components) {
    return SignatureInput.builder().components(List.of(components)).keyId("partner-1");
  }

  @Test
  void signerAddsDigestAndSignatureFieldsOfWalletApiV1() {
    TransportRequest signed = signer.sign(transfer());

    assertThat(signed.headers().first("Content-Digest")).contains(ContentDigest.sha256(BODY));
    assertThat(signed.headers().first("Signature-Input").orElseThrow())
        .matches(
            "sig1=\\(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\""
                + " \"idempotency-key\"\\);created=1793491200;keyid=\"partner-1\";alg=\"ed25519\""
                + ";nonce=\"[A-Za-z0-9_-]{22}\"");
    assertThat(signed.headers().first("Signature").orElseThrow())
        .matches("sig1=:[A-Za-z0-9+/]{86}==:");
  }

  @Test
  void signedTransferVerifies() {
    SignatureInput verified = verifier.verify(signer.sign(transfer()));

    assertThat(verified.keyId()).contains("partner-1");
    assertThat(verified.created()).hasValue(1793491200);
  }

  @Test
  void getWithoutBodyCoversMethodAndTargetUriOnly() {
    TransportRequest signed = signer.sign(get());

    assertThat(signed.headers().first("Content-Digest")).isEmpty();
    assertThat(verifier.verify(signed).components()).containsExactly("@method", "@target-uri");
  }

  @Test
  void signingAgainReplacesTheEarlierSignature() {
    TransportRequest first = signer.sign(transfer());
    clientClock.advanceSeconds(2);
    TransportRequest second = signer.sign(first);

    assertThat(second.headers().all("Signature")).hasSize(1);
    assertThat(second.headers().all("Signature-Input"))
        .singleElement()
        .asString()
        .contains("created=1793491202");
    assertThat(verifier.verify(second).created()).hasValue(1793491202);
  }

  @Test
  void twoSignaturesOfTheSameRequestInTheSameSecondDiffer() {
    TransportRequest first = signer.sign(transfer());
    TransportRequest second = signer.sign(transfer());

    assertThat(verifier.verify(second).nonce()).isNotEqualTo(verifier.verify(first).nonce());
    assertThat(second.headers().first("Signature"))
        .isNotEqualTo(first.headers().first("Signature"));
  }

  @Test
  void retryOfAnAcceptedRequestInTheSameSecondIsAccepted() {
    TransportRequest attempt = transfer();
    verifier.verify(signer.sign(attempt));

    assertThat(verifier.verify(signer.sign(attempt)).created()).hasValue(1793491200);
  }

  @Test
  void signatureWithoutNonceIsRejected() {
    TransportRequest request =
        signedWith(get(), input("@method", "@target-uri").created(1793491200).build());

    assertThatThrownBy(() -> verifier.verify(request))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 has no nonce parameter");
  }

  @Test
  void nonceShorterThanSixteenCharactersIsRejected() {
    TransportRequest request =
        signedWith(
            get(), input("@method", "@target-uri").created(1793491200).nonce("0123456").build());

    assertThatThrownBy(() -> verifier.verify(request))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 has a nonce of 7 characters; 16 to 128 are accepted");
  }

  @Test
  void anotherRequestSignedWithAUsedNonceIsRejected() {
    SignatureInput.Builder sameNonce =
        input("@method", "@target-uri").created(1793491200).nonce("nonce-used-once-only");
    verifier.verify(signedWith(get(), sameNonce.build()));
    TransportRequest other =
        get().toBuilder().uri(URI.create("https://wallet.bank.example/v1/wallets/w_2")).build();

    assertThatThrownBy(() -> verifier.verify(signedWith(other, sameNonce.build())))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 was already used");
  }

  @Test
  void verifierThatDoesNotRequireANonceRefusesAReplayedSignature() {
    Rfc9421Verifier lenient =
        Rfc9421Verifier.builder()
            .keys(SigningKeyResolver.of(Map.of("partner-1", PARTNER_KEY.publicKey())))
            .clock(serverClock)
            .requireNonce(false)
            .build();
    TransportRequest request =
        signedWith(get(), input("@method", "@target-uri").created(1793491200).build());
    lenient.verify(request);

    assertThatThrownBy(() -> lenient.verify(request)).hasMessage("signature sig1 was already used");
  }

  @Test
  void tamperedBodyIsRejected() {
    TransportRequest signed = signer.sign(transfer());
    TransportRequest tampered =
        signed.toBuilder().body("{\"amount\":\"999\"}".getBytes(UTF_8)).build();

    assertThatThrownBy(() -> verifier.verify(tampered))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("Content-Digest sha-256 does not match the body");
  }

  @Test
  void bodyWithoutContentDigestIsRejected() {
    TransportRequest signed = signer.sign(transfer());
    TransportRequest stripped =
        signed.toBuilder().headers(signed.headers().without("Content-Digest")).build();

    assertThatThrownBy(() -> verifier.verify(stripped))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("request has a body but no Content-Digest header");
  }

  @Test
  void digestOfABodyThatWasRemovedIsRejected() {
    TransportRequest signed = signer.sign(transfer());

    assertThatThrownBy(() -> verifier.verify(signed.toBuilder().body(null).build()))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("Content-Digest sha-256 does not match the body");
  }

  @Test
  void changedCoveredHeaderIsRejected() {
    TransportRequest signed = signer.sign(transfer());

    assertThatThrownBy(
            () -> verifier.verify(signed.toBuilder().header("Content-Type", "text/plain").build()))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 does not verify")
        .satisfies(
            e -> {
              SignatureVerificationException failure = (SignatureVerificationException) e;
              assertThat(failure.code()).isEqualTo("signature_verification_failed");
              assertThat(failure.httpStatus()).isZero();
            });
  }

  @Test
  void requestSentToAnotherTargetIsRejected() {
    TransportRequest signed = signer.sign(transfer());
    TransportRequest redirected =
        signed.toBuilder().uri(URI.create("https://wallet.bank.example/v1/payments")).build();

    assertThatThrownBy(() -> verifier.verify(redirected))
        .hasMessage("signature sig1 does not verify");
  }

  @Test
  void signatureNotCoveringTheTargetUriIsRejected() {
    TransportRequest request = signedWith(get(), input("@method").created(1793491200).build());

    assertThatThrownBy(() -> verifier.verify(request))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 does not cover the required component \"@target-uri\"");
  }

  @Test
  void idempotencyKeyAddedAfterSigningIsRejected() {
    TransportRequest signed =
        signer.sign(get()).toBuilder().header("Idempotency-Key", "k-2").build();

    assertThatThrownBy(() -> verifier.verify(signed))
        .hasMessage("signature sig1 does not cover the required component \"idempotency-key\"");
  }

  @Test
  void signatureExactlyFiveMinutesOldIsAccepted() {
    TransportRequest signed = signer.sign(transfer());
    serverClock.advanceSeconds(300);

    assertThat(verifier.verify(signed).created()).hasValue(1793491200);
  }

  @Test
  void signatureOlderThanFiveMinutesIsRejected() {
    TransportRequest signed = signer.sign(transfer());
    serverClock.advanceSeconds(301);

    assertThatThrownBy(() -> verifier.verify(signed))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 was created 301 seconds ago, more than the allowed 300");
  }

  @Test
  void signatureFromMoreThanFiveMinutesInTheFutureIsRejected() {
    clientClock.advanceSeconds(301);
    TransportRequest signed = signer.sign(transfer());

    assertThatThrownBy(() -> verifier.verify(signed))
        .hasMessage(
            "signature sig1 was created 301 seconds in the future, more than the allowed 300");
  }

  @Test
  void expiredSignatureIsRejected() {
    TransportRequest request =
        signedWith(
            get(), input("@method", "@target-uri").created(1793491190).expires(1793491199).build());

    assertThatThrownBy(() -> verifier.verify(request)).hasMessage("signature sig1 has expired");
  }

  @Test
  void replayedSignatureIsRejected() {
    TransportRequest signed = signer.sign(transfer());
    verifier.verify(signed);
    serverClock.advanceSeconds(299);

    assertThatThrownBy(() -> verifier.verify(signed))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("signature sig1 was already used");
  }

  @Test
  void unknownKeyIdIsRejected() {
    Ed25519RequestSigner stranger =
        Ed25519RequestSigner.create("partner-9", PARTNER_KEY, clientClock);

    assertThatThrownBy(() -> verifier.verify(stranger.sign(transfer())))
        .hasMessage("signature sig1 names unknown keyid \"partner-9\"");
  }

  @Test
  void signatureByAnotherKeyIsRejected() {
    Ed25519RequestSigner impostor =
        Ed25519RequestSigner.create("partner-1", Ed25519Keys.generate(), clientClock);

    assertThatThrownBy(() -> verifier.verify(impostor.sign(transfer())))
        .hasMessage("signature sig1 does not verify");
  }

  @Test
  void anotherAlgorithmIsRejected() {
    TransportRequest request =
        signedWith(
            get(),
            input("@method", "@target-uri")
                .created(1793491200)
                .algorithm("rsa-pss-sha512")
                .build());

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage("signature sig1 uses algorithm \"rsa-pss-sha512\", not ed25519");
  }

  @Test
  void signatureWithoutCreatedIsRejected() {
    TransportRequest request = signedWith(get(), input("@method", "@target-uri").build());

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage("signature sig1 has no created parameter");
  }

  @Test
  void requestWithoutSignatureFieldsIsRejected() {
    TransportRequest signed = signer.sign(get());

    assertThatThrownBy(() -> verifier.verify(get()))
        .hasMessage("request has no Signature-Input header");
    assertThatThrownBy(
            () ->
                verifier.verify(
                    signed.toBuilder().headers(signed.headers().without("Signature")).build()))
        .hasMessage("request has no Signature header");
  }

  @Test
  void signatureUnderAnotherLabelIsRejected() {
    TransportRequest signed = signer.sign(get());
    TransportRequest relabelled =
        signed.toBuilder()
            .header(
                "Signature-Input",
                signed.headers().first("Signature-Input").orElseThrow().replace("sig1=", "sig2="))
            .build();

    assertThatThrownBy(() -> verifier.verify(relabelled))
        .hasMessage("Signature-Input has no signature labelled sig1");
  }

  @Test
  void malformedSignatureInputIsRejected() {
    TransportRequest request =
        signer.sign(get()).toBuilder().header("Signature-Input", "sig1=(\"@method\"").build();

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage(
            "Signature-Input is not a structured field dictionary: at 15: expected ' ' or ')' in an"
                + " inner list");
  }

  @Test
  void componentParametersAreRejected() {
    TransportRequest request =
        signer.sign(get()).toBuilder()
            .header(
                "Signature-Input",
                "sig1=(\"@method\";req \"@target-uri\");created=1793491200;keyid=\"partner-1\"")
            .build();

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage("component \"@method\" of sig1 has parameters, which are not supported");
  }

  @Test
  void unknownSignatureParameterIsRejected() {
    TransportRequest request =
        signer.sign(get()).toBuilder()
            .header(
                "Signature-Input", "sig1=(\"@method\" \"@target-uri\");created=1793491200;foo=1")
            .build();

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage("signature parameter foo of sig1 is not supported");
  }

  @Test
  void createdThatIsNotAnIntegerIsRejected() {
    TransportRequest request =
        signer.sign(get()).toBuilder()
            .header("Signature-Input", "sig1=(\"@method\" \"@target-uri\");created=\"now\"")
            .build();

    assertThatThrownBy(() -> verifier.verify(request))
        .hasMessage("signature parameter created of sig1 must be an integer");
  }

  /** RFC 9421 Appendix B.2.6 verified by the server side, with the RFC's own signature. */
  @Test
  void verifiesTheSignatureOfRfc9421AppendixB26() {
    Rfc9421Verifier rfcVerifier =
        Rfc9421Verifier.builder()
            .keys(
                SigningKeyResolver.of(
                    Map.of("test-key-ed25519", Rfc9421Examples.testKeyEd25519PublicKey())))
            .clock(new MutableClock(Instant.ofEpochSecond(1618884473)))
            .label("sig-b26")
            .requireNonce(false)
            .requiredComponents(List.of("@method", "@authority", "@path"))
            .requiredWhenPresent(List.of("content-type", "content-length"))
            .build();
    TransportRequest request =
        Rfc9421Examples.testRequest().toBuilder()
            .header(
                "Signature-Input",
                "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\""
                    + " \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"")
            .header(
                "Signature",
                "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:")
            .build();

    assertThat(rfcVerifier.verify(request).keyId()).contains("test-key-ed25519");
  }
}
