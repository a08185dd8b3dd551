/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import static java.util.Objects.requireNonNull;

import com.google.crypto.tink.PublicKeyVerify;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.internal.ContentDigest;
import dev.walletsdk.crypto.internal.Ed25519Verifiers;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.HttpMessageSignatures;
import dev.walletsdk.crypto.internal.NonceGuard;
import dev.walletsdk.crypto.internal.SignatureFields;
import dev.walletsdk.internal.UntrustedText;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server's side of request signing: verifies an RFC 9421 Ed25519 signature on a request, as
 * Wallet API v1 prescribes by default (label {@code sig1}; {@code @method} and {@code @target-uri}
 * always covered; {@code content-digest}, {@code content-type} and {@code idempotency-key} covered
 * when the request has them; {@code created} within 5 minutes of the verifier's clock; a {@code
 * nonce} of 16 to 128 characters).
 *
 * <p>In order, it checks: both fields are present and well formed; the required components are
 * covered; {@code created} is present and within the window, {@code expires} (if any) has not
 * passed; {@code alg} (if any) is {@code ed25519}; the key is known; the {@code nonce} is present
 * (unless {@link Builder#requireNonce(boolean) not required}) and of an accepted length; a request
 * with a body has a {@code Content-Digest}, and a {@code Content-Digest} matches the body; the
 * signature verifies over the base rebuilt from the received request; the nonce was not used before
 * under the same {@code keyid}.
 *
 * <p>Replay protection keys on the nonce (on the signature bytes for a signature without one, when
 * nonces are not required) and remembers each until its signature falls out of the window. A client
 * signs every attempt afresh with a new nonce, so a retry, even an identical one within the same
 * second, is never taken for a replay; the idempotency key makes the retry safe. Only signatures
 * that verified are remembered, at most {@link Builder#noncesPerKey(int)} per key: when a key has
 * that many unexpired nonces, its next signature is refused with a retryable {@link
 * RateLimitedException} whose {@code retryAfter} is when the key's earliest nonce expires. A nonce
 * is never forgotten early, because that would let its signature be replayed; and as the bound is
 * per key, a flood under one key never refuses another key's requests. Memory is therefore bounded
 * by the bound times the number of keys with signatures in the window (roughly 200 bytes a nonce).
 *
 * <p>Thread-safe; share one instance so that replays are detected.
 */
public final class Rfc9421Verifier {
  /** The shortest {@code nonce} accepted: 16 characters, 96 bits in base64url. */
  public static final int MIN_NONCE_LENGTH = 16;

  /** The longest {@code nonce} accepted. */
  public static final int MAX_NONCE_LENGTH = 128;

  /** How many unexpired nonces are remembered per key unless the builder says otherwise. */
  public static final int DEFAULT_NONCES_PER_KEY = 100_000;

  private final SigningKeyResolver keys;
  private final Clock clock;
  private final String label;
  private final Duration window;
  private final List<String> required;
  private final List<String> requiredWhenPresent;
  private final int noncesPerKey;
  private final boolean requireNonce;
  private final NonceGuard nonces;

  private Rfc9421Verifier(Builder builder) {
    this.keys = requireNonNull(builder.keys, "keys");
    this.clock = requireNonNull(builder.clock, "clock");
    this.label = builder.label;
    this.window = builder.window;
    this.required = builder.required;
    this.requiredWhenPresent = builder.requiredWhenPresent;
    this.requireNonce = builder.requireNonce;
    this.noncesPerKey = builder.noncesPerKey;
    this.nonces =
        new NonceGuard(
            label, window, requireNonce, MIN_NONCE_LENGTH, MAX_NONCE_LENGTH, builder.noncesPerKey);
  }

  /**
   * Starts a builder with the defaults of Wallet API v1; {@link Builder#keys keys} and {@link
   * Builder#clock clock} must be set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a request.
   *
   * @param request the request as received: method, the absolute target URI the client used, every
   *     header and the body
   * @return what the signature covers, with its {@code keyid}
   * @throws SignatureVerificationException (code {@code signature_verification_failed}) naming the
   *     first check that failed
   * @throws RateLimitedException (code {@code rate_limited}, retryable) if the signature is valid
   *     but its key already has as many unexpired nonces as the verifier remembers per key
   */
  public SignatureInput verify(TransportRequest request) {
    Instant now = clock.instant();
    SignatureInput input = SignatureFields.input(field(request, "Signature-Input"), label);
    byte[] signature = SignatureFields.signature(field(request, "Signature"), label);
    checkCoverage(request, input);
    long created = checkTime(input, now);
    PublicKeyVerify key = key(input);
    String replayKey = nonces.replayKey(input, signature);
    checkDigest(request);
    checkSignature(request, input, signature, key);
    nonces.remember(input.keyId().orElseThrow(), replayKey, created, now);
    return input;
  }

  /**
   * Returns how many nonces are remembered, over all keys; for tests of the bound.
   *
   * @return the count
   */
  int rememberedNonces() {
    return nonces.size();
  }

  private static String field(TransportRequest request, String name) {
    List<String> lines = request.headers().all(name);
    if (lines.isEmpty()) {
      throw Failures.signature("request has no " + name + " header");
    }
    return String.join(", ", lines);
  }

  private void checkCoverage(TransportRequest request, SignatureInput input) {
    for (String component : required) {
      checkCovered(input, component);
    }
    for (String header : requiredWhenPresent) {
      if (request.headers().first(header).isPresent()) {
        checkCovered(input, header);
      }
    }
  }

  private void checkCovered(SignatureInput input, String component) {
    if (!input.components().contains(component)) {
      throw Failures.signature(
          "signature "
              + UntrustedText.of(label)
              + " does not cover the required component \""
              + component
              + "\"");
    }
  }

  private long checkTime(SignatureInput input, Instant now) {
    long created =
        input
            .created()
            .orElseThrow(
                () -> Failures.signature("signature " + label + " has no created parameter"));
    long age = now.getEpochSecond() - created;
    if (Math.abs(age) > window.getSeconds()) {
      throw Failures.signature(
          "signature "
              + label
              + " was created "
              + Math.abs(age)
              + (age > 0 ? " seconds ago" : " seconds in the future")
              + ", more than the allowed "
              + window.getSeconds());
    }
    if (input.expires().isPresent() && input.expires().getAsLong() < now.getEpochSecond()) {
      throw Failures.signature("signature " + label + " has expired");
    }
    return created;
  }

  private PublicKeyVerify key(SignatureInput input) {
    String algorithm = input.algorithm().orElse(Ed25519RequestSigner.ALGORITHM);
    if (!algorithm.equals(Ed25519RequestSigner.ALGORITHM)) {
      throw Failures.signature(
          "signature "
              + UntrustedText.of(label)
              + " uses algorithm \""
              + UntrustedText.of(algorithm)
              + "\", not ed25519");
    }
    String keyId =
        input
            .keyId()
            .orElseThrow(
                () -> Failures.signature("signature " + label + " has no keyid parameter"));
    byte[] publicKey =
        keys.publicKey(keyId)
            .orElseThrow(
                () ->
                    Failures.signature(
                        "signature "
                            + UntrustedText.of(label)
                            + " names unknown keyid \""
                            + UntrustedText.of(keyId)
                            + "\""));
    try {
      return Ed25519Verifiers.create("publicKey", publicKey);
    } catch (InvalidRequestException e) {
      throw Failures.signature(
          "key \"" + UntrustedText.of(keyId) + "\" is not a usable Ed25519 public key", e);
    }
  }

  private static void checkDigest(TransportRequest request) {
    List<String> lines = request.headers().all("Content-Digest");
    byte[] body = request.body().orElse(new byte[0]);
    if (!lines.isEmpty()) {
      ContentDigest.verify(String.join(", ", lines), body);
    } else if (body.length > 0) {
      throw Failures.signature("request has a body but no Content-Digest header");
    }
  }

  private void checkSignature(
      TransportRequest request, SignatureInput input, byte[] signature, PublicKeyVerify key) {
    byte[] base;
    try {
      base =
          HttpMessageSignatures.signatureBase(request, input).getBytes(StandardCharsets.US_ASCII);
    } catch (InvalidRequestException e) {
      throw Failures.signature("signature " + label + ": " + e.getMessage(), e);
    }
    try {
      key.verify(signature, base);
    } catch (GeneralSecurityException e) {
      throw Failures.signature("signature " + label + " does not verify", e);
    }
  }

  @Override
  public String toString() {
    return "Rfc9421Verifier{label="
        + label
        + ", window="
        + window
        + ", required="
        + required
        + ", requireNonce="
        + requireNonce
        + ", noncesPerKey="
        + noncesPerKey
        + "}";
  }

  /** Builds an {@link Rfc9421Verifier}; not thread-safe. */
  public static final class Builder {
    private @Nullable SigningKeyResolver keys;
    private @Nullable Clock clock;
    private String label = Ed25519RequestSigner.LABEL;
    private Duration window = Duration.ofMinutes(5);
    private List<String> required = List.of("@method", "@target-uri");
    private List<String> requiredWhenPresent =
        List.of("content-digest", "content-type", "idempotency-key");
    private boolean requireNonce = true;
    private int noncesPerKey = DEFAULT_NONCES_PER_KEY;

    private Builder() {}

    /**
     * Sets where public keys come from.
     *
     * @param keys resolves {@code keyid} to a raw Ed25519 public key
     * @return this builder
     */
    public Builder keys(SigningKeyResolver keys) {
      this.keys = requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Sets the clock {@code created} is compared with.
     *
     * @param clock the verifier's clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the label of the signature to verify.
     *
     * @param label default {@code sig1}
     * @return this builder
     */
    public Builder label(String label) {
      this.label = requireNonNull(label, "label");
      return this;
    }

    /**
     * Sets how far {@code created} may be from the clock, either way.
     *
     * @param window default 5 minutes; whole seconds, positive
     * @return this builder
     * @throws InvalidRequestException if the window is not a positive whole number of seconds
     */
    public Builder window(Duration window) {
      if (window.isNegative() || window.isZero() || window.getNano() != 0) {
        throw Failures.invalid(
            "window", "out_of_range", "window must be a positive whole number of seconds");
      }
      this.window = window;
      return this;
    }

    /**
     * Sets the components every signature must cover.
     *
     * @param components default {@code @method} and {@code @target-uri}
     * @return this builder
     */
    public Builder requiredComponents(List<String> components) {
      this.required = List.copyOf(components);
      return this;
    }

    /**
     * Sets the header fields a signature must cover when the request has them.
     *
     * @param headers lower-case names; default {@code content-digest}, {@code content-type} and
     *     {@code idempotency-key}
     * @return this builder
     */
    public Builder requiredWhenPresent(List<String> headers) {
      this.requiredWhenPresent = List.copyOf(headers);
      return this;
    }

    /**
     * Sets whether every signature must carry a {@code nonce}. Wallet API v1 requires one; a
     * verifier of signatures made elsewhere (the examples of RFC 9421, for instance) may not.
     * Without a nonce a signature is remembered by its bytes, and an identical retry within the
     * same second is refused as a replay.
     *
     * @param required default {@code true}
     * @return this builder
     */
    public Builder requireNonce(boolean required) {
      this.requireNonce = required;
      return this;
    }

    /**
     * Sets how many unexpired nonces are remembered per key: the bound on the replay cache. A key
     * that reaches it has its next signatures refused with a retryable {@link RateLimitedException}
     * until its earliest nonce leaves the window; other keys are not affected.
     *
     * @param max default {@value Rfc9421Verifier#DEFAULT_NONCES_PER_KEY}; at least 1
     * @return this builder
     * @throws InvalidRequestException if {@code max} is less than 1
     */
    public Builder noncesPerKey(int max) {
      if (max < 1) {
        throw Failures.invalid(
            "noncesPerKey", "out_of_range", "noncesPerKey must be at least 1 but was " + max);
      }
      this.noncesPerKey = max;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws NullPointerException if the keys or the clock are not set
     */
    public Rfc9421Verifier build() {
      return new Rfc9421Verifier(this);
    }
  }
}
