/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of auditing the mock's ledger: every invariant that does not hold, described
 * precisely, or none.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditReport {
  private final long entriesChecked;
  private final int accountsChecked;
  private final List<String> violations;

  private AuditReport(long entriesChecked, int accountsChecked, List<String> violations) {
    this.entriesChecked = entriesChecked;
    this.accountsChecked = accountsChecked;
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates a report.
   *
   * @param entriesChecked journal entries replayed
   * @param accountsChecked accounts compared
   * @param violations what does not hold, one sentence each
   * @return the report
   */
  public static AuditReport of(long entriesChecked, int accountsChecked, List<String> violations) {
    return new AuditReport(entriesChecked, accountsChecked, violations);
  }

  /**
   * Tells whether every invariant holds.
   *
   * @return {@code true} when there are no violations
   */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /**
   * Returns the violations.
   *
   * @return an immutable list, empty when clean
   */
  public List<String> violations() {
    return violations;
  }

  /**
   * Returns how many journal entries were checked.
   *
   * @return the count
   */
  public long entriesChecked() {
    return entriesChecked;
  }

  /**
   * Returns how many accounts were checked.
   *
   * @return the count
   */
  public int accountsChecked() {
    return accountsChecked;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AuditReport other
        && entriesChecked == other.entriesChecked
        && accountsChecked == other.accountsChecked
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entriesChecked, accountsChecked, violations);
  }

  @Override
  public String toString() {
    return isClean()
        ? "AuditReport{clean, " + entriesChecked + " entries, " + accountsChecked + " accounts}"
        : "AuditReport{" + violations.size() + " violations: " + violations + "}";
  }
}
