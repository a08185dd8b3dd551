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
 * The outcome of a pot's latest sweep run. A run the wallet cannot cover moves nothing and the
 * sweep goes on at its next time.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class PotSweepRun {
  private final Instant dueAt;
  private final Instant ranAt;
  private final boolean succeeded;
  private final @Nullable String failureCode;

  private PotSweepRun(Builder builder) {
    this.dueAt = required(builder.dueAt, "PotSweepRun.dueAt");
    this.ranAt = required(builder.ranAt, "PotSweepRun.ranAt");
    this.succeeded = required(builder.succeeded, "PotSweepRun.succeeded");
    this.failureCode = builder.failureCode;
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
   * Returns when the run was due.
   *
   * @return the value
   */
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * Returns when it ran.
   *
   * @return the value
   */
  public Instant ranAt() {
    return ranAt;
  }

  /**
   * Returns whether money moved.
   *
   * @return the value
   */
  public boolean succeeded() {
    return succeeded;
  }

  /**
   * Returns the problem code that skipped the run, such as {@code insufficient_funds}.
   *
   * @return the value, if present
   */
  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PotSweepRun other
        && dueAt.equals(other.dueAt)
        && ranAt.equals(other.ranAt)
        && succeeded == other.succeeded
        && Objects.equals(failureCode, other.failureCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dueAt, ranAt, succeeded, failureCode);
  }

  @Override
  public String toString() {
    return "PotSweepRun{"
        + "dueAt="
        + dueAt
        + ", ranAt="
        + ranAt
        + ", succeeded="
        + succeeded
        + ", failureCode="
        + failureCode
        + "}";
  }

  /** Builds a {@link PotSweepRun}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable Instant dueAt;
    private @Nullable Instant ranAt;
    private @Nullable Boolean succeeded;
    private @Nullable String failureCode;

    private Builder() {}

    /**
     * Sets when the run was due.
     *
     * @param dueAt the value
     * @return this builder
     */
    public Builder dueAt(@Nullable Instant dueAt) {
      this.dueAt = dueAt;
      return this;
    }

    /**
     * Sets when it ran.
     *
     * @param ranAt the value
     * @return this builder
     */
    public Builder ranAt(@Nullable Instant ranAt) {
      this.ranAt = ranAt;
      return this;
    }

    /**
     * Sets whether money moved.
     *
     * @param succeeded the value
     * @return this builder
     */
    public Builder succeeded(@Nullable Boolean succeeded) {
      this.succeeded = succeeded;
      return this;
    }

    /**
     * Sets the problem code that skipped the run, such as {@code insufficient_funds}.
     *
     * @param failureCode the value
     * @return this builder
     */
    public Builder failureCode(@Nullable String failureCode) {
      this.failureCode = failureCode;
      return this;
    }

    /**
     * Builds the PotSweepRun.
     *
     * @return the PotSweepRun
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public PotSweepRun build() {
      return new PotSweepRun(this);
    }
  }
}
