/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of confirming a step-up challenge: the challenge, now confirmed, and the result of
 * the operation it held: a {@link Payment} (a payment or QR-code payment), a {@link Transfer} (a
 * transfer or payout) or a {@link BillPayment}; {@link UnknownResource} for a kind this version of
 * the SDK does not know.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChallengeResult {
  private final Challenge challenge;
  private final Resource result;

  private ChallengeResult(Challenge challenge, Resource result) {
    this.challenge = challenge;
    this.result = result;
  }

  /**
   * Creates a challenge result.
   *
   * @param challenge the confirmed challenge
   * @param result the held operation's result
   * @return the challenge result
   * @throws InvalidRequestException (code {@code required}) if a value is missing
   */
  public static ChallengeResult of(@Nullable Challenge challenge, @Nullable Resource result) {
    return new ChallengeResult(
        required(challenge, "ChallengeResult.challenge"),
        required(result, "ChallengeResult.result"));
  }

  /**
   * Returns the challenge.
   *
   * @return the confirmed challenge
   */
  public Challenge challenge() {
    return challenge;
  }

  /**
   * Returns the result of the operation the challenge held.
   *
   * @return the payment, transfer or bill payment
   */
  public Resource result() {
    return result;
  }

  /**
   * Returns the result if it has the given type.
   *
   * @param type for example {@code Transfer.class}
   * @param <T> the resource type
   * @return the result, or empty if it is of another type
   */
  public <T extends Resource> Optional<T> resultAs(Class<T> type) {
    return type.isInstance(result) ? Optional.of(type.cast(result)) : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChallengeResult other
        && challenge.equals(other.challenge)
        && result.equals(other.result);
  }

  @Override
  public int hashCode() {
    return 31 * challenge.hashCode() + result.hashCode();
  }

  @Override
  public String toString() {
    return "ChallengeResult{challenge=" + challenge + ", result=" + result + "}";
  }
}
