/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A credit note on an {@link Invoice}: it lowers what is due, never by more than was due.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class CreditNote {
  private final CreditNoteId id;
  private final Money amount;
  private final @Nullable String reason;
  private final Instant createdAt;

  private CreditNote(Builder builder) {
    this.id = required(builder.id, "CreditNote.id");
    this.amount = required(builder.amount, "CreditNote.amount");
    this.reason = builder.reason;
    this.createdAt = required(builder.createdAt, "CreditNote.createdAt");
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
   * Returns the id.
   *
   * @return the value
   */
  public CreditNoteId id() {
    return id;
  }

  /**
   * Returns what it credited.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns why it was issued.
   *
   * @return the value, or empty if absent
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns when it was issued.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CreditNote other
        && Objects.equals(id, other.id)
        && Objects.equals(amount, other.amount)
        && Objects.equals(reason, other.reason)
        && Objects.equals(createdAt, other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, amount, reason, createdAt);
  }

  @Override
  public String toString() {
    return "CreditNote{id="
        + id
        + ", amount="
        + amount
        + ", reason="
        + reason
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link CreditNote}; {@link #build()} checks that every required value is set. */
  public static final class Builder {
    private @Nullable CreditNoteId id;
    private @Nullable Money amount;
    private @Nullable String reason;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable CreditNoteId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets what it credited.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets why it was issued.
     *
     * @param reason the value, or {@code null} if absent
     * @return this builder
     */
    public Builder reason(@Nullable String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets when it was issued.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the CreditNote.
     *
     * @return the CreditNote
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public CreditNote build() {
      return new CreditNote(this);
    }
  }
}
