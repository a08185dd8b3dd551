/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public key the server publishes at {@code GET /v1/keys}: the key to encrypt sensitive fields
 * to, or the key that verifies the server's receipts.
 *
 * <p>Immutable and thread-safe: the key bytes are copied in and out. {@link #toString()} shows the
 * key's length only.
 */
public final class ServerKey {
  private final String keyId;
  private final KeyUse use;
  private final String algorithm;
  private final byte[] publicKey;
  private final Instant createdAt;

  private ServerKey(Builder builder) {
    this.keyId = required(builder.keyId, "ServerKey.keyId");
    this.use = required(builder.use, "ServerKey.use");
    this.algorithm = required(builder.algorithm, "ServerKey.algorithm");
    this.publicKey = required(builder.publicKey, "ServerKey.publicKey");
    this.createdAt = required(builder.createdAt, "ServerKey.createdAt");
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
   * Returns the key's id, which encrypted fields and receipts name as {@code kid}.
   *
   * @return the key id
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns what the key is for.
   *
   * @return the use
   */
  public KeyUse use() {
    return use;
  }

  /**
   * Returns the algorithm the key belongs to.
   *
   * @return the algorithm, for example {@code "hpke-x25519-sha256-aes256gcm"} or {@code "ed25519"}
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Returns the raw public key.
   *
   * @return a new copy of the key bytes
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Returns when the server created the key, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServerKey other
        && keyId.equals(other.keyId)
        && use == other.use
        && algorithm.equals(other.algorithm)
        && Arrays.equals(publicKey, other.publicKey)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(keyId, use, algorithm, createdAt) + Arrays.hashCode(publicKey);
  }

  /** Returns the key's id, use, algorithm and creation instant, and the length of the key. */
  @Override
  public String toString() {
    return "ServerKey{keyId="
        + keyId
        + ", use="
        + use
        + ", algorithm="
        + algorithm
        + ", publicKey=<"
        + publicKey.length
        + " bytes>, createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link ServerKey}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable String keyId;
    private @Nullable KeyUse use;
    private @Nullable String algorithm;
    private byte @Nullable [] publicKey;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the key id.
     *
     * @param keyId the key's id
     * @return this builder
     */
    public Builder keyId(String keyId) {
      this.keyId = keyId;
      return this;
    }

    /**
     * Sets the use.
     *
     * @param use what the key is for
     * @return this builder
     */
    public Builder use(KeyUse use) {
      this.use = use;
      return this;
    }

    /**
     * Sets the algorithm.
     *
     * @param algorithm the algorithm, for example {@code "ed25519"}
     * @return this builder
     */
    public Builder algorithm(String algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /**
     * Sets the raw public key; the bytes are copied.
     *
     * @param publicKey the key bytes
     * @return this builder
     * @throws InvalidRequestException (code {@code required}) if the bytes are missing
     */
    public Builder publicKey(byte[] publicKey) {
      this.publicKey = required(publicKey, "ServerKey.publicKey").clone();
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the server created the key
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the key.
     *
     * @return the key
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public ServerKey build() {
      return new ServerKey(this);
    }
  }
}
