/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.StructuredFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What an HTTP message signature covers (RFC 9421 §2.3): the ordered component identifiers and the
 * signature parameters {@code created}, {@code expires}, {@code nonce}, {@code alg}, {@code keyid}
 * and {@code tag}, kept in the order they were given, as they appear in {@code Signature-Input} and
 * in the {@code @signature-params} line of the signature base.
 *
 * <p>Component parameters ({@code ;sf}, {@code ;key}, {@code ;req}, {@code ;bs}) are not supported.
 * Immutable and thread-safe.
 */
public final class SignatureInput {
  private final List<String> components;
  private final Map<String, Object> parameters;

  private SignatureInput(Builder builder) {
    this.components = List.copyOf(builder.components);
    this.parameters = new LinkedHashMap<>(builder.parameters);
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the covered component identifiers.
   *
   * @return an immutable list in signing order, for example {@code ["@method", "content-type"]}
   */
  public List<String> components() {
    return components;
  }

  /**
   * Returns the {@code created} parameter.
   *
   * @return Unix seconds, or empty if absent
   */
  public OptionalLong created() {
    return number("created");
  }

  /**
   * Returns the {@code expires} parameter.
   *
   * @return Unix seconds, or empty if absent
   */
  public OptionalLong expires() {
    return number("expires");
  }

  /**
   * Returns the {@code keyid} parameter.
   *
   * @return the key id, or empty if absent
   */
  public Optional<String> keyId() {
    return text("keyid");
  }

  /**
   * Returns the {@code alg} parameter.
   *
   * @return the algorithm, for example {@code "ed25519"}, or empty if absent
   */
  public Optional<String> algorithm() {
    return text("alg");
  }

  /**
   * Returns the {@code nonce} parameter.
   *
   * @return the nonce, or empty if absent
   */
  public Optional<String> nonce() {
    return text("nonce");
  }

  /**
   * Returns the {@code tag} parameter.
   *
   * @return the tag, or empty if absent
   */
  public Optional<String> tag() {
    return text("tag");
  }

  /**
   * Serializes the input as the value of {@code @signature-params} and of a {@code Signature-Input}
   * member: an RFC 8941 inner list of strings with parameters.
   *
   * @return for example {@code ("@method" "@path");created=1618884473;keyid="k"}
   */
  public String serialize() {
    StringBuilder out = new StringBuilder("(");
    for (String component : components) {
      out.append(out.length() == 1 ? "" : " ").append(StructuredFields.quote(component));
    }
    out.append(')');
    parameters.forEach(
        (name, value) ->
            out.append(';')
                .append(name)
                .append('=')
                .append(value instanceof String s ? StructuredFields.quote(s) : value));
    return out.toString();
  }

  private OptionalLong number(String name) {
    Object value = parameters.get(name);
    return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
  }

  private Optional<String> text(String name) {
    return Optional.ofNullable((String) parameters.get(name));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SignatureInput other
        && components.equals(other.components)
        && List.copyOf(parameters.entrySet()).equals(List.copyOf(other.parameters.entrySet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(components, List.copyOf(parameters.entrySet()));
  }

  /** Returns {@link #serialize()}. */
  @Override
  public String toString() {
    return serialize();
  }

  /** Builds a {@link SignatureInput}; parameters keep the order of the first call for each. */
  public static final class Builder {
    private final List<String> components = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Appends a covered component.
     *
     * @param identifier a derived component such as {@code "@method"}, or a header field name in
     *     lower case
     * @return this builder
     * @throws InvalidRequestException if the identifier is not lower case printable ASCII, is
     *     {@code @signature-params}, or is already covered
     */
    public Builder component(String identifier) {
      boolean valid =
          !identifier.isEmpty()
              && identifier.chars().allMatch(c -> c > 0x20 && c < 0x7f && !(c >= 'A' && c <= 'Z'));
      if (!valid || identifier.equals("@signature-params")) {
        throw Failures.invalid(
            "components",
            "invalid_component",
            "\"" + identifier + "\" is not a component identifier that can be covered");
      }
      if (components.contains(identifier)) {
        throw Failures.invalid(
            "components", "duplicate", "component \"" + identifier + "\" is covered twice");
      }
      components.add(identifier);
      return this;
    }

    /**
     * Appends covered components.
     *
     * @param identifiers the identifiers, in order
     * @return this builder
     * @throws InvalidRequestException as {@link #component(String)}
     */
    public Builder components(List<String> identifiers) {
      identifiers.forEach(this::component);
      return this;
    }

    /**
     * Sets {@code created}.
     *
     * @param unixSeconds when the signature was made
     * @return this builder
     */
    public Builder created(long unixSeconds) {
      parameters.put("created", unixSeconds);
      return this;
    }

    /**
     * Sets {@code expires}.
     *
     * @param unixSeconds when the signature stops being valid
     * @return this builder
     */
    public Builder expires(long unixSeconds) {
      parameters.put("expires", unixSeconds);
      return this;
    }

    /**
     * Sets {@code keyid}.
     *
     * @param keyId printable ASCII
     * @return this builder
     * @throws InvalidRequestException if the value is not printable ASCII
     */
    public Builder keyId(String keyId) {
      return text("keyid", keyId);
    }

    /**
     * Sets {@code alg}.
     *
     * @param algorithm for example {@code "ed25519"}
     * @return this builder
     * @throws InvalidRequestException if the value is not printable ASCII
     */
    public Builder algorithm(String algorithm) {
      return text("alg", algorithm);
    }

    /**
     * Sets {@code nonce}.
     *
     * @param nonce printable ASCII
     * @return this builder
     * @throws InvalidRequestException if the value is not printable ASCII
     */
    public Builder nonce(String nonce) {
      return text("nonce", nonce);
    }

    /**
     * Sets {@code tag}.
     *
     * @param tag printable ASCII
     * @return this builder
     * @throws InvalidRequestException if the value is not printable ASCII
     */
    public Builder tag(String tag) {
      return text("tag", tag);
    }

    private Builder text(String name, String value) {
      if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw Failures.invalid(
            name, "invalid_format", "signature parameter " + name + " must be printable ASCII");
      }
      parameters.put(name, value);
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     */
    public SignatureInput build() {
      return new SignatureInput(this);
    }
  }
}
