/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

/**
 * Runs a debit the engine makes on its own, such as a run of a scheduled bill payment, through the
 * command layer's movement guard: the wallet's policy is checked, the movement made and the debit
 * counted against the wallet's limits, in that order.
 */
@FunctionalInterface
public interface DebitGuard {
  /**
   * Checks, moves and records one debit.
   *
   * @param wallet the wallet debited
   * @param amount what it pays
   * @param movement makes the movement
   * @throws ApiProblem the policy's refusal or the movement's failure; nothing is recorded then
   */
  void debit(WalletRecord wallet, Amount amount, Runnable movement);
}
