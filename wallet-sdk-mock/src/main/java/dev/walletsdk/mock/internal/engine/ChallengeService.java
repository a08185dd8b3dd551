/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Step-up authentication: holds an operation behind a TOTP challenge (RFC 6238, SHA-1, 6 digits,
 * 30-second steps, one step either side, no code accepted twice per wallet).
 */
public final class ChallengeService {
  /** How long a challenge can be confirmed. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public ChallengeService(Engine engine) {
    this.engine = engine;
  }

  /**
   * Holds an operation behind a new challenge.
   *
   * @param partner the partner
   * @param wallet the wallet whose TOTP secret answers
   * @param operation the operation's name
   * @param amount the amount awaiting confirmation
   * @param held what to execute on confirmation
   * @return the {@code 401 step_up_required} problem to answer with, carrying the challenge
   */
  public ApiProblem hold(
      Partner partner, WalletRecord wallet, String operation, Amount amount, HeldOperation held) {
    Instant now = engine.clock().now();
    ChallengeRecord challenge =
        new ChallengeRecord(
            engine.ids().next("chl_"),
            partner.id(),
            wallet.id(),
            operation,
            amount,
            held,
            now,
            now.plus(LIFETIME));
    engine.challenges().put(challenge.id(), challenge);
    ObjectNode view =
        engine.emit(
            new DomainEvent.ChallengeChanged(
                partner.id(), "challenge.created", challenge, status(challenge)));
    ObjectNode extension = JsonTrees.object();
    extension.set("challenge", view);
    return ApiProblem.of(
            401,
            "step_up_required",
            "Step-up required",
            amount
                + " from wallet "
                + wallet.id()
                + " needs step-up: confirm challenge "
                + challenge.id()
                + " with a one-time password")
        .with(extension);
  }

  /**
   * Finds a challenge the partner may confirm now.
   *
   * @param partner the partner
   * @param id the challenge id
   * @return the challenge
   * @throws ApiProblem {@code 404 not_found} or {@code 409 challenge_expired}
   */
  public ChallengeRecord pending(Partner partner, String id) {
    ChallengeRecord challenge = engine.challenges().get(id);
    if (challenge == null || !challenge.partnerId().equals(partner.id())) {
      throw ApiProblem.of(404, "not_found", "Not found", "challenge " + id + " does not exist");
    }
    String status = challenge.status(engine.clock().now());
    if (!status.equals("pending")) {
      throw ApiProblem.of(
          409, "challenge_expired", "Challenge expired", "challenge " + id + " is " + status);
    }
    return challenge;
  }

  /**
   * Checks a one-time password; a wrong one counts against the challenge.
   *
   * @param challenge a pending challenge
   * @param otp the password
   * @throws ApiProblem {@code 401 otp_invalid} if wrong, reused or no secret is enrolled
   */
  public void verify(ChallengeRecord challenge, String otp) {
    WalletRecord wallet = engine.wallet(challenge.walletId()).orElseThrow();
    TotpSecret secret = wallet.totpSecret();
    OptionalLong step =
        secret == null
            ? OptionalLong.empty()
            : Totp.defaults().verify(secret, otp, engine.clock().now(), wallet.lastTotpStep());
    if (step.isEmpty()) {
      challenge.recordFailedAttempt();
      throw ApiProblem.of(
          401,
          "otp_invalid",
          "One-time password invalid",
          "the one-time password for challenge " + challenge.id() + " is wrong or was used before");
    }
    wallet.lastTotpStep(step.getAsLong());
  }

  /**
   * Ends a challenge after its operation ran.
   *
   * @param challenge the challenge
   * @param succeeded whether the held operation succeeded
   */
  public void settle(ChallengeRecord challenge, boolean succeeded) {
    challenge.settle(succeeded ? "confirmed" : "expired");
    if (succeeded) {
      engine.emit(
          new DomainEvent.ChallengeChanged(
              challenge.partnerId(), "challenge.confirmed", challenge, status(challenge)));
    }
  }

  /**
   * Returns a challenge's status now.
   *
   * @param challenge the challenge
   * @return its status
   */
  public String status(ChallengeRecord challenge) {
    return challenge.status(engine.clock().now());
  }
}
