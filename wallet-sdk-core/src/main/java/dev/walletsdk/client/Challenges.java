/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.AuthenticationException;
import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeId;
import dev.walletsdk.model.ChallengeResult;

/**
 * Confirms step-up challenges. Thread-safe; every method throws {@link WalletException} on failure.
 */
public interface Challenges {
  /**
   * Confirms a challenge with a one-time password; the operation the challenge held is executed
   * exactly once and its result returned.
   *
   * @param challenge the challenge, from {@code StepUpRequiredException#challenge()}
   * @param otp the one-time password, 6 to 8 digits
   * @return the confirmed challenge and the operation's result, typed by its kind ({@code Payment},
   *     {@code Transfer} or {@code BillPayment}; see {@code ChallengeResult#resultAs})
   * @throws SignatureVerificationException if receipt verification is configured and the result's
   *     receipt is missing or does not match
   * @throws InvalidRequestException if the password is not 6 to 8 digits; nothing is sent
   * @throws AuthenticationException ({@code otp_invalid}) if the password is wrong or reused
   * @throws ConflictException ({@code challenge_expired}) if the challenge expired or was already
   *     confirmed
   */
  ChallengeResult confirm(Challenge challenge, String otp);

  /**
   * Confirms a challenge by id, as {@link #confirm(Challenge, String)}.
   *
   * @param challenge the challenge's id
   * @param otp the one-time password, 6 to 8 digits
   * @return the confirmed challenge and the operation's result
   */
  ChallengeResult confirm(ChallengeId challenge, String otp);
}
