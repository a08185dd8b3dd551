/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.ContentDigest;
import dev.walletsdk.crypto.internal.HttpMessageSignatures;
import dev.walletsdk.crypto.server.SignatureInput;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.RequestSigner;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signs requests as Wallet API v1 prescribes: RFC 9421 HTTP Message Signatures with Ed25519, label
 * {@value #LABEL}, covering {@code ("@method" "@target-uri" "content-digest" "content-type"
 * "idempotency-key")} (the last three only when the request has them), parameters {@code created}
 * (from the clock), {@code keyid}, {@code alg="ed25519"} and {@code nonce}, in that order.
 *
 * <p>{@link #sign(TransportRequest)} sets {@code Content-Digest} (RFC 9530, sha-256) whenever the
 * request has a body, and replaces any earlier {@code Signature-Input} and {@code Signature}, so a
 * retried attempt is signed afresh. Each signature has a new {@code nonce} ({@value #NONCE_BYTES}
 * random bytes from {@link SecureRandom}, base64url without padding): Ed25519 is deterministic and
 * {@code created} counts whole seconds, so without it a retry within the same second would repeat
 * the first attempt's signature byte for byte and be refused as a replay.
 *
 * <p>{@code @target-uri} is signed as the request's URI stands; the caller must send exactly that
 * URI (the wallet client's transports do). Immutable and thread-safe.
 */
public final class Ed25519RequestSigner implements RequestSigner {
  /** The signature's label in {@code Signature-Input} and {@code Signature}. */
  public static final String LABEL = "sig1";

  /** The value of the {@code alg} parameter. */
  public static final String ALGORITHM = "ed25519";

  /** How many random bytes a nonce has. */
  public static final int NONCE_BYTES = 16;

  private static final Base64.Encoder NONCE_ENCODING = Base64.getUrlEncoder().withoutPadding();

  private static final List<String> COVERED_WHEN_PRESENT =
      List.of("content-digest", "content-type", "idempotency-key");

  private final String keyId;
  private final Ed25519KeyPair keyPair;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  private Ed25519RequestSigner(String keyId, Ed25519KeyPair keyPair, Clock clock) {
    this.keyId = keyId;
    this.keyPair = keyPair;
    this.clock = clock;
  }

  /**
   * Creates a signer.
   *
   * @param keyId the {@code keyid} the bank registered the public key under
   * @param keyPair the partner's signing key
   * @param clock gives {@code created}
   * @return the signer
   * @throws InvalidRequestException if the key id is not 1 to 64 visible ASCII characters
   */
  public static Ed25519RequestSigner create(String keyId, Ed25519KeyPair keyPair, Clock clock) {
    return new Ed25519RequestSigner(Checks.keyId("keyId", keyId), keyPair, clock);
  }

  /**
   * Creates a signer from the primary key of a stored keyset; {@code keyid} is that key's id, the
   * RFC 7638 thumbprint of its public key (see {@link SigningKeyset}).
   *
   * @param keyset the partner's keyset
   * @param clock gives {@code created}
   * @return the signer
   */
  public static Ed25519RequestSigner fromKeyset(SigningKeyset keyset, Clock clock) {
    return new Ed25519RequestSigner(keyset.primaryKeyId(), keyset.primaryKeyPair(), clock);
  }

  /**
   * Returns the key id this signer names.
   *
   * @return the {@code keyid} parameter of every signature
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Signs one attempt of a request.
   *
   * @param request the request as it will be sent
   * @return the request with {@code Content-Digest} (if it has a body), {@code Signature-Input} and
   *     {@code Signature}; two calls never give the same signature
   */
  @Override
  public TransportRequest sign(TransportRequest request) {
    Headers.Builder headers =
        request.headers().toBuilder().remove("Signature-Input").remove("Signature");
    request.body().ifPresent(body -> headers.set("Content-Digest", ContentDigest.sha256(body)));
    TransportRequest digested = request.toBuilder().headers(headers.build()).build();
    SignatureInput input = inputFor(digested);
    return digested.toBuilder()
        .header("Signature-Input", LABEL + "=" + input.serialize())
        .header("Signature", LABEL + "=:" + signature(digested, input) + ":")
        .build();
  }

  private SignatureInput inputFor(TransportRequest request) {
    List<String> components = new ArrayList<>(List.of("@method", "@target-uri"));
    for (String header : COVERED_WHEN_PRESENT) {
      if (request.headers().first(header).isPresent()) {
        components.add(header);
      }
    }
    return SignatureInput.builder()
        .components(components)
        .created(clock.instant().getEpochSecond())
        .keyId(keyId)
        .algorithm(ALGORITHM)
        .nonce(nonce())
        .build();
  }

  private String nonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    return NONCE_ENCODING.encodeToString(nonce);
  }

  /** Signs the signature base of a request and returns the signature in base64. */
  String signature(TransportRequest request, SignatureInput input) {
    byte[] base =
        HttpMessageSignatures.signatureBase(request, input).getBytes(StandardCharsets.US_ASCII);
    return Base64.getEncoder().encodeToString(keyPair.sign(base));
  }

  @Override
  public String toString() {
    return "Ed25519RequestSigner{keyId=" + keyId + "}";
  }
}
