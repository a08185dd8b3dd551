/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.control;

/** A control-plane operation that cannot run as asked; nothing was changed. */
public final class ControlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public ControlException(String message) {
    super(message, null, false, false);
  }
}
