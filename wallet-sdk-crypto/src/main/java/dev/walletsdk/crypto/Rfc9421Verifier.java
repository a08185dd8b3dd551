package dev.walletsdk.crypto;

import static java.util.Objects.requireNonNull;

import com.google.crypto.tink.PublicKeyVerify;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.ReplayCache;
import dev.walletsdk.crypto.internal.SignatureFields;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server's side of request signing: verifies an RFC 9421 Ed25519 signature on a request, as
 * Wallet API v1 prescribes by default (label {@code sig1}; {@code @method} and {@code @target-uri}
 * always covered; {@code content-digest}, {@code content-type} and {@code idempotency-key} covered
 * when the request has them; {@code created} within 5 minutes of the verifier's clock).
 *
 * <p>In order, it checks: both fields are present and well formed; the required components are
 * covered; {@code created} is present and within the window, {@code expires} (if any) has not
 * passed; {@code alg} (if any) is {@code ed25519}; the key is known; a request with a body has a
 * {@code Content-Digest}, and a {@code Content-Digest} matches the body; the signature verifies
 * over the base rebuilt from the received request; the signature was not accepted before. A
 * signature is remembered until it falls out of the window.
 *
 * <p>Thread-safe; share one instance so that replays are detected.
 */
public final class Rfc9421Verifier {
  private final SigningKeyResolver keys;
  private final Clock clock;
  private final String label;
  private final Duration window;
  private final List<String> required;
  private final List<String> requiredWhenPresent;
  private final ReplayCache replays = new ReplayCache();

  private Rfc9421Verifier(Builder builder) {
    this.keys = requireNonNull(builder.keys, "keys");
    this.clock = requireNonNull(builder.clock, "clock");
    this.label = builder.label;
    this.window = builder.window;
    this.required = builder.required;
    this.requiredWhenPresent = builder.requiredWhenPresent;
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
   */
  public SignatureInput verify(TransportRequest request) {
    Instant now = clock.instant();
    SignatureInput input = SignatureFields.input(field(request, "Signature-Input"), label);
    byte[] signature = SignatureFields.signature(field(request, "Signature"), label);
    checkCoverage(request, input);
    long created = checkTime(input, now);
    PublicKeyVerify key = key(input);
    checkDigest(request);
    checkSignature(request, input, signature, key);
    Instant forgetAfter = Instant.ofEpochSecond(created).plus(window);
    if (!replays.firstUse(Base64.getEncoder().encodeToString(signature), forgetAfter, now)) {
      throw Failures.signature("signature " + label + " was already used");
    }
    return input;
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
          "signature " + label + " does not cover the required component \"" + component + "\"");
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
          "signature " + label + " uses algorithm \"" + algorithm + "\", not ed25519");
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
                        "signature " + label + " names unknown keyid \"" + keyId + "\""));
    try {
      return Ed25519Keys.verifier("publicKey", publicKey);
    } catch (InvalidRequestException e) {
      throw Failures.signature("key \"" + keyId + "\" is not a usable Ed25519 public key", e);
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
    return "Rfc9421Verifier{label=" + label + ", window=" + window + ", required=" + required + "}";
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
