/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.DebitGuard;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.RiskAssessment;
import dev.walletsdk.mock.internal.engine.RiskMonitor;
import dev.walletsdk.mock.internal.engine.RiskOutcome;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place that sequences a money movement. For each debit in order: the policy (an active
 * wallet, funds, the per-transaction and rolling limits of the wallet and its KYC level), and a
 * refusal if the movement cannot hold for step-up; then the movement's own further check; then
 * transaction monitoring ({@link RiskMonitor}: the strictest outcome of the partner's rules that
 * fire, unless a reviewer released the request: decline, hold for review, step-up or allow); then
 * the step-up hold, unless a confirmed challenge is executing the request; then the execution; then
 * each debit is counted against its wallet's rolling limit and monitoring's history. Whatever
 * throws stops the sequence: nothing after it runs and nothing is recorded.
 *
 * <p>A movement that cannot be held (a split bill, a token redemption, a run the engine makes) is
 * declined where a rule asks to hold it; one that neither holds for step-up nor refuses it (a token
 * redemption, a run) goes on where a rule asks for step-up, as the holder authorised it before.
 *
 * <p>Use under the engine's lock, like the services it calls.
 */
public final class MovementGuard implements DebitGuard {
  private final OutgoingPolicy policy;
  private final ChallengeService challenges;
  private final RiskMonitor risk;

  /**
   * Creates the guard.
   *
   * @param policy funds, limits and step-up rules
   * @param challenges holds operations behind step-up challenges
   * @param risk transaction monitoring
   */
  public MovementGuard(OutgoingPolicy policy, ChallengeService challenges, RiskMonitor risk) {
    this.policy = policy;
    this.challenges = challenges;
    this.risk = risk;
  }

  /**
   * Runs a movement.
   *
   * @param <T> what the execution returns
   * @param movement the movement
   * @return what the execution returned
   * @throws dev.walletsdk.mock.internal.engine.ApiProblem the policy's refusal, the movement's own
   *     check's, a step-up refusal, {@code 401 step_up_required} carrying a new challenge, or the
   *     execution's failure
   */
  public <T> T run(Movement<T> movement) {
    List<Debit> debits = admit(movement);
    movement.afterPolicy().run();
    boolean riskStepUp = monitor(movement, debits);
    holdIfStepUpNeeded(movement, debits, riskStepUp);
    T result = movement.execute(debits);
    if (!movement.isScheduled()) {
      for (Debit debit : debits) {
        policy.record(debit.wallet(), debit.amount());
        risk.record(debit.wallet(), debit.amount(), movement.payee());
      }
    }
    return result;
  }

  /** Runs a debit the engine makes on its own: no step-up is asked. */
  @Override
  public void debit(WalletRecord wallet, Amount amount, Runnable movement) {
    run(
        Movement.<@Nullable Void>of(
            wallet,
            amount,
            () -> {
              movement.run();
              return null;
            }));
  }

  private List<Debit> admit(Movement<?> movement) {
    List<Debit> debits = new ArrayList<>(movement.count());
    for (int i = 0; i < movement.count(); i++) {
      Debit debit = movement.debit(i);
      policy.check(debit.wallet(), debit.amount());
      Movement.Refusal refusal = movement.refusal();
      if (refusal != null && policy.needsStepUp(debit.wallet(), debit.amount())) {
        throw refusal.refuse(i, debit);
      }
      debits.add(debit);
    }
    return debits;
  }

  /**
   * Assesses the debits and acts on the strictest outcome; returns whether a rule asks for step-up
   * that the request can still be asked.
   */
  private boolean monitor(Movement<?> movement, List<Debit> debits) {
    StepUp stepUp = movement.stepUp();
    if (stepUp != null && stepUp.reviewed()) {
      return false;
    }
    RiskAssessment assessment = RiskAssessment.CLEAR;
    int first = -1;
    for (int i = 0; i < debits.size(); i++) {
      RiskAssessment one =
          risk.assess(debits.get(i).wallet(), debits.get(i).amount(), movement.payee());
      if (one.fired() && first < 0) {
        first = i;
      }
      assessment = assessment.and(one);
    }
    if (!assessment.fired()) {
      return false;
    }
    Debit debit = debits.get(first);
    String operation = movement.operation().isEmpty() ? "movement" : movement.operation();
    RiskOutcome outcome = assessment.outcome();
    boolean confirmed = stepUp != null && stepUp.confirmed();
    if (outcome == RiskOutcome.DECLINE || (outcome == RiskOutcome.HOLD && stepUp == null)) {
      throw risk.decline(debit.wallet(), operation, debit.amount(), assessment.reasons());
    }
    if (outcome == RiskOutcome.HOLD) {
      throw risk.hold(
          stepUp.partner(),
          debit.wallet(),
          operation,
          debit.amount(),
          assessment.reasons(),
          stepUp.held().get());
    }
    if (confirmed) {
      return false; // flagged when the challenge was asked
    }
    risk.flag(debit.wallet(), operation, debit.amount(), assessment);
    Movement.Refusal refusal = movement.refusal();
    if (outcome == RiskOutcome.STEP_UP && refusal != null) {
      throw refusal.refuse(first, debit);
    }
    return outcome == RiskOutcome.STEP_UP && stepUp != null;
  }

  private void holdIfStepUpNeeded(Movement<?> movement, List<Debit> debits, boolean riskStepUp) {
    StepUp stepUp = movement.stepUp();
    if (stepUp == null || stepUp.confirmed()) {
      return;
    }
    for (Debit debit : debits) {
      if (riskStepUp || policy.needsStepUp(debit.wallet(), debit.amount())) {
        throw challenges.hold(
            stepUp.partner(),
            debit.wallet(),
            movement.operation(),
            debit.amount(),
            stepUp.held().get());
      }
    }
  }
}
