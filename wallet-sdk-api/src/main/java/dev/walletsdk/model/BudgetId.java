/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a {@link Budget}: {@code bgt_} followed by 1 to 64 letters or digits. Immutable. */
public final class BudgetId extends ResourceId {
  /** The prefix of every budget id. */
  public static final String PREFIX = "bgt_";

  private BudgetId(String value) {
    super(value);
  }

  /**
   * Parses a budget id.
   *
   * @param value the id
   * @return the id
   * @throws InvalidRequestException (field {@code budgetId}) if it is not a budget id
   */
  public static BudgetId of(String value) {
    return new BudgetId(checked(value, PREFIX, "budgetId"));
  }
}
