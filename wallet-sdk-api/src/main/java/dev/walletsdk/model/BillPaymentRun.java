/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One execution of a bill payment. Immutable and thread-safe. */
public final class BillPaymentRun {
  private final Instant dueAt;
  private final Instant executedAt;
  private final boolean succeeded;
  private final @Nullable String failureCode;

  private BillPaymentRun(
      Instant dueAt, Instant executedAt, boolean succeeded, @Nullable String failureCode) {
    this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    this.executedAt = Objects.requireNonNull(executedAt, "executedAt");
    this.succeeded = succeeded;
    this.failureCode = failureCode;
  }

  /**
   * Creates a run.
   *
   * @param dueAt when it was scheduled
   * @param executedAt when it ran, in server time
   * @param succeeded whether the money moved
   * @param failureCode the problem code of a failed run, such as {@code insufficient_funds}
   * @return the run
   */
  public static BillPaymentRun of(
      Instant dueAt, Instant executedAt, boolean succeeded, @Nullable String failureCode) {
    return new BillPaymentRun(dueAt, executedAt, succeeded, failureCode);
  }

  /**
   * Returns when the run was due.
   *
   * @return the scheduled instant
   */
  public Instant dueAt() {
    return dueAt;
  }

  /**
   * Returns when the run was made.
   *
   * @return the instant, in server time
   */
  public Instant executedAt() {
    return executedAt;
  }

  /**
   * Tells whether the money moved.
   *
   * @return {@code true} for a successful run
   */
  public boolean succeeded() {
    return succeeded;
  }

  /**
   * Returns why a run failed.
   *
   * @return the problem code, for a failed run
   */
  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BillPaymentRun other
        && dueAt.equals(other.dueAt)
        && executedAt.equals(other.executedAt)
        && succeeded == other.succeeded
        && Objects.equals(failureCode, other.failureCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dueAt, executedAt, succeeded, failureCode);
  }

  @Override
  public String toString() {
    return "BillPaymentRun{dueAt="
        + dueAt
        + ", executedAt="
        + executedAt
        + ", succeeded="
        + succeeded
        + ", failureCode="
        + failureCode
        + "}";
  }
}
