/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.ChallengeResult;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Challenges}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncChallenges {
  /**
   * Confirms a challenge with a one-time password.
   *
   * @param challenge the challenge
   * @param otp the one-time password, 6 to 8 digits
   * @return the confirmed challenge and the held operation's result
   * @throws InvalidRequestException at once if the password is not 6 to 8 digits
   */
  CompletableFuture<ChallengeResult> confirm(Challenge challenge, String otp);

  /**
   * Confirms a challenge by id.
   *
   * @param challenge the challenge's id
   * @param otp the one-time password, 6 to 8 digits
   * @return the confirmed challenge and the held operation's result
   * @throws InvalidRequestException at once if the password is not 6 to 8 digits
   */
  CompletableFuture<ChallengeResult> confirm(ChallengeId challenge, String otp);
}
