/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A money movement as the {@link MovementGuard} runs it: the debits it makes, a check that follows
 * the policy's, how it answers step-up, what executes it, and whether the debits are made now.
 * Built by one command and run once; not thread-safe.
 *
 * @param <T> what the execution returns
 */
public final class Movement<T> {
  private final int count;
  private final IntFunction<Debit> debits;
  private final Function<List<Debit>, T> execution;
  private Runnable afterPolicy = () -> {};
  private @Nullable StepUp stepUp;
  private String operation = "";
  private @Nullable Refusal refusal;
  private boolean scheduled;
  private @Nullable String payee;

  /** Words the problem that refuses a debit needing step-up, for a movement that cannot hold. */
  @FunctionalInterface
  public interface Refusal {
    /**
     * Makes the refusal.
     *
     * @param index the debit's position in the movement
     * @param debit the debit
     * @return the problem to answer with
     */
    ApiProblem refuse(int index, Debit debit);
  }

  private Movement(int count, IntFunction<Debit> debits, Function<List<Debit>, T> execution) {
    this.count = count;
    this.debits = debits;
    this.execution = execution;
  }

  /**
   * A movement with one debit.
   *
   * @param <T> what the execution returns
   * @param wallet the wallet debited
   * @param amount what it pays, fees included
   * @param execution makes the movement
   * @return the movement
   */
  public static <T> Movement<T> of(WalletRecord wallet, Amount amount, Supplier<T> execution) {
    Debit debit = new Debit(wallet, amount);
    return new Movement<>(1, index -> debit, debits -> execution.get());
  }

  /**
   * A movement with several debits, resolved one at a time: each is checked before the next is
   * resolved, so a request's problems come in the order it lists its debits.
   *
   * @param <T> what the execution returns
   * @param count how many debits
   * @param debits resolves the debit at an index; it may throw the problem of a bad reference
   * @param execution makes the movement from the resolved debits, in order
   * @return the movement
   */
  public static <T> Movement<T> ofEach(
      int count, IntFunction<Debit> debits, Function<List<Debit>, T> execution) {
    return new Movement<>(count, debits, execution);
  }

  /**
   * Adds a check that runs after the policy has accepted every debit and before step-up.
   *
   * @param check throws the problem that refuses the movement
   * @return this movement
   */
  public Movement<T> thenCheck(Runnable check) {
    this.afterPolicy = Objects.requireNonNull(check, "check");
    return this;
  }

  /**
   * Holds the movement behind a step-up challenge if a debit needs one and the request is not
   * already executing for a confirmed challenge.
   *
   * @param stepUp the request's standing towards step-up
   * @param operation the operation's name in the challenge, for example {@code payments.create}
   * @return this movement
   * @throws IllegalStateException if the movement refuses step-up
   */
  public Movement<T> holdForStepUp(StepUp stepUp, String operation) {
    if (refusal != null) {
      throw new IllegalStateException("a movement either holds for step-up or refuses it");
    }
    this.stepUp = Objects.requireNonNull(stepUp, "stepUp");
    this.operation = Objects.requireNonNull(operation, "operation");
    return this;
  }

  /**
   * Refuses the movement if a debit needs step-up, right after the policy accepted that debit.
   *
   * @param refusal words the refusal
   * @return this movement
   * @throws IllegalStateException if the movement holds for step-up
   */
  public Movement<T> refuseStepUp(Refusal refusal) {
    if (stepUp != null) {
      throw new IllegalStateException("a movement either holds for step-up or refuses it");
    }
    this.refusal = Objects.requireNonNull(refusal, "refusal");
    return this;
  }

  /**
   * Marks the debits as made later by scheduled runs, which pass the guard again each: they are
   * checked and stepped up now, and not counted against the wallet's limits until each run.
   *
   * @return this movement
   */
  public Movement<T> scheduled() {
    this.scheduled = true;
    return this;
  }

  /**
   * Names whom the movement pays, for transaction monitoring's new-payee rules.
   *
   * @param payee for example {@code merchant:mer_1} or {@code wallet:wal_1}
   * @return this movement
   */
  public Movement<T> payee(String payee) {
    this.payee = Objects.requireNonNull(payee, "payee");
    return this;
  }

  @Nullable String payee() {
    return payee;
  }

  int count() {
    return count;
  }

  Debit debit(int index) {
    return debits.apply(index);
  }

  Runnable afterPolicy() {
    return afterPolicy;
  }

  @Nullable StepUp stepUp() {
    return stepUp;
  }

  String operation() {
    return operation;
  }

  @Nullable Refusal refusal() {
    return refusal;
  }

  boolean isScheduled() {
    return scheduled;
  }

  T execute(List<Debit> resolved) {
    return execution.apply(resolved);
  }
}
