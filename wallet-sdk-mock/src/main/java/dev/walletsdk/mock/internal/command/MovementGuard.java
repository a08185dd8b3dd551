package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.DebitGuard;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place that sequences a money movement. For each debit in order: the policy (an active
 * wallet, funds, the per-transaction and rolling limits of the wallet and its KYC level), and a
 * refusal if the movement cannot hold for step-up; then the movement's own further check; then the
 * step-up hold, unless a confirmed challenge is executing the request; then the execution; then
 * each debit is counted against its wallet's rolling limit. Whatever throws stops the sequence:
 * nothing after it runs and nothing is recorded.
 *
 * <p>Use under the engine's lock, like the services it calls.
 */
public final class MovementGuard implements DebitGuard {
  private final OutgoingPolicy policy;
  private final ChallengeService challenges;

  /**
   * Creates the guard.
   *
   * @param policy funds, limits and step-up rules
   * @param challenges holds operations behind step-up challenges
   */
  public MovementGuard(OutgoingPolicy policy, ChallengeService challenges) {
    this.policy = policy;
    this.challenges = challenges;
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
    holdIfStepUpNeeded(movement, debits);
    T result = movement.execute(debits);
    if (!movement.isScheduled()) {
      debits.forEach(debit -> policy.record(debit.wallet(), debit.amount()));
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

  private void holdIfStepUpNeeded(Movement<?> movement, List<Debit> debits) {
    StepUp stepUp = movement.stepUp();
    if (stepUp == null || stepUp.confirmed()) {
      return;
    }
    for (Debit debit : debits) {
      if (policy.needsStepUp(debit.wallet(), debit.amount())) {
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
