/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import org.jspecify.annotations.Nullable;

/** A point in the mock's history to return to with {@link MockControl#restore(MockSnapshot)}. */
public final class MockSnapshot {
  private final int position;

  MockSnapshot(int position) {
    this.position = position;
  }

  /**
   * Returns how many state changes had been applied when the snapshot was taken.
   *
   * @return the position in the mock's history
   */
  public int position() {
    return position;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MockSnapshot other && position == other.position;
  }

  @Override
  public int hashCode() {
    return position;
  }

  @Override
  public String toString() {
    return "MockSnapshot{" + position + "}";
  }
}
