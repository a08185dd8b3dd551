/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ChallengeRecord;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.HeldOperation;
import dev.walletsdk.mock.internal.engine.KycService;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.RiskMonitor;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.view.EventViews;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The movement guard's sequence: policy, further check, step-up, execution, recording. */
class MovementGuardTest {
  private static final CurrencyCode EUR = CurrencyCode.of("EUR");
  private static final HeldOperation HELD =
      new HeldOperation("POST /v1/payments", MockJson.object().put("walletId", "w"), "p:key-1");

  private final Engine engine =
      new Engine(MockClock.manual(Instant.parse("2026-03-01T10:00:00Z")), 7, EventViews::render);
  private final Partner partner = engine.addPartner("Acme");
  private final WalletService wallets = new WalletService(engine, new KycService(engine));
  private final OutgoingPolicy policy = new OutgoingPolicy(engine);
  private final MovementGuard guard =
      new MovementGuard(policy, new ChallengeService(engine), new RiskMonitor(engine));
  private final AtomicInteger executions = new AtomicInteger();

  private WalletRecord fundedWallet(long minor) {
    WalletRecord wallet =
        wallets.openVerified(partner, WalletKind.PERSONAL, "Ada", List.of(EUR), null);
    wallets.fund(wallet, eur(minor), null);
    return wallet;
  }

  private static Amount eur(long minor) {
    return Amount.of(EUR, minor);
  }

  private String execute() {
    executions.incrementAndGet();
    return "moved";
  }

  private StepUp unconfirmed() {
    return new StepUp(partner, false, () -> HELD);
  }

  /**
   * Asserts what the rolling 24-hour limit has counted for the wallet, by setting the limit just
   * above it: a further EUR 10.00 passes, EUR 10.01 is refused naming the exact total.
   */
  private void assertCounted(WalletRecord wallet, long minor) {
    engine.setLimits(wallet, EUR, null, minor + 1000);
    policy.check(wallet, eur(1000));
    assertThatThrownBy(() -> policy.check(wallet, eur(1001)))
        .isInstanceOf(ApiProblem.class)
        .hasMessage(
            "wallet "
                + wallet.id()
                + ": 10.01 EUR would bring the last 24 hours to "
                + eur(minor + 1001)
                + ", over the limit of "
                + eur(minor + 1000));
  }

  @Test
  void policyRefusalComesBeforeTheHoldAndNothingRuns() {
    WalletRecord wallet = fundedWallet(5_000);
    engine.setStepUpThreshold(wallet, EUR, 1_000L);

    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.of(wallet, eur(6_000), this::execute)
                        .holdForStepUp(unconfirmed(), "payments.create")))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(422);
              assertThat(problem.code()).isEqualTo("insufficient_funds");
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "wallet " + wallet.id() + " has 50.00 EUR available but 60.00 EUR is needed");
            });
    assertThat(engine.challenges().values()).isEmpty();
    assertThat(executions).hasValue(0);
    assertCounted(wallet, 0);
  }

  @Test
  void debitNeedingStepUpIsHeldAndNeitherExecutedNorRecorded() {
    WalletRecord wallet = fundedWallet(5_000);
    engine.setStepUpThreshold(wallet, EUR, 1_000L);

    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.of(wallet, eur(1_000), this::execute)
                        .holdForStepUp(unconfirmed(), "payments.create")))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(401);
              assertThat(problem.code()).isEqualTo("step_up_required");
            });
    assertThat(engine.challenges().values()).hasSize(1);
    ChallengeRecord challenge = engine.challenges().values().iterator().next();
    assertThat(challenge.operation()).isEqualTo("payments.create");
    assertThat(challenge.walletId()).isEqualTo(wallet.id());
    assertThat(challenge.amount()).isEqualTo(eur(1_000));
    assertThat(challenge.held()).isEqualTo(HELD);
    assertThat(executions).hasValue(0);
    assertCounted(wallet, 0);
  }

  @Test
  void confirmedMovementIsExecutedAndRecordedOnce() {
    WalletRecord wallet = fundedWallet(5_000);
    engine.setStepUpThreshold(wallet, EUR, 1_000L);

    String result =
        guard.run(
            Movement.of(wallet, eur(1_000), this::execute)
                .holdForStepUp(
                    new StepUp(
                        partner,
                        true,
                        () -> {
                          throw new AssertionError("a confirmed request is not held again");
                        }),
                    "payments.create"));

    assertThat(result).isEqualTo("moved");
    assertThat(executions).hasValue(1);
    assertThat(engine.challenges().values()).isEmpty();
    assertCounted(wallet, 1_000);
  }

  @Test
  void failedExecutionRecordsNothing() {
    WalletRecord wallet = fundedWallet(5_000);
    ApiProblem failure = ApiProblem.of(422, "limit_exceeded", "Limit exceeded", "too much");

    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.of(
                        wallet,
                        eur(1_000),
                        () -> {
                          throw failure;
                        })))
        .isSameAs(failure);
    assertCounted(wallet, 0);
  }

  @Test
  void furtherCheckRunsAfterThePolicyAndBeforeTheHold() {
    WalletRecord wallet = fundedWallet(5_000);
    engine.setStepUpThreshold(wallet, EUR, 1_000L);
    List<String> steps = new ArrayList<>();
    ApiProblem inactive = ApiProblem.of(409, "wallet_not_active", "Wallet not active", "frozen");

    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.of(wallet, eur(1_000), this::execute)
                        .thenCheck(
                            () -> {
                              steps.add("further check");
                              throw inactive;
                            })
                        .holdForStepUp(unconfirmed(), "transfers.create")))
        .isSameAs(inactive);
    assertThat(steps).containsExactly("further check");
    assertThat(engine.challenges().values()).isEmpty();
    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.of(wallet, eur(9_000), this::execute)
                        .thenCheck(() -> steps.add("second further check"))))
        .hasMessageContaining("is needed");
    assertThat(steps).containsExactly("further check");
  }

  @Test
  void scheduledMovementIsCheckedAndHeldButNotRecorded() {
    WalletRecord wallet = fundedWallet(5_000);

    String result =
        guard.run(
            Movement.of(wallet, eur(1_000), this::execute)
                .holdForStepUp(unconfirmed(), "billPayments.create")
                .scheduled());

    assertThat(result).isEqualTo("moved");
    assertCounted(wallet, 0);
  }

  @Test
  void debitsAreResolvedCheckedAndRefusedOneAtATime() {
    WalletRecord first = fundedWallet(5_000);
    WalletRecord second = fundedWallet(5_000);
    engine.setStepUpThreshold(first, EUR, 1_000L);
    List<Integer> resolved = new ArrayList<>();
    List<WalletRecord> payers = List.of(first, second);

    assertThatThrownBy(
            () ->
                guard.run(
                    Movement.ofEach(
                            2,
                            i -> {
                              resolved.add(i);
                              return new Debit(payers.get(i), eur(1_000));
                            },
                            debits -> execute())
                        .refuseStepUp(
                            (index, debit) ->
                                ApiProblem.unprocessable(
                                    "/participants/" + index + "/walletId",
                                    "step_up_not_supported",
                                    debit.wallet().id() + " needs step-up"))))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(422);
              assertThat(problem.errors())
                  .containsExactly(
                      new ApiProblem.FieldProblem(
                          "/participants/0/walletId",
                          "step_up_not_supported",
                          first.id() + " needs step-up"));
            });
    assertThat(resolved).containsExactly(0);
    assertThat(executions).hasValue(0);
    assertThat(engine.challenges().values()).isEmpty();
  }

  @Test
  void everyDebitOfAMovementIsRecordedAfterItRan() {
    WalletRecord first = fundedWallet(5_000);
    WalletRecord second = fundedWallet(5_000);
    List<WalletRecord> payers = List.of(first, second);

    List<Debit> seen =
        guard.run(
            Movement.ofEach(2, i -> new Debit(payers.get(i), eur(700 + i)), debits -> debits));

    assertThat(seen).containsExactly(new Debit(first, eur(700)), new Debit(second, eur(701)));
    assertCounted(first, 700);
    assertCounted(second, 701);
  }

  @Test
  void engineDebitIsCheckedMovedAndRecorded() {
    WalletRecord wallet = fundedWallet(5_000);
    engine.setStepUpThreshold(wallet, EUR, 1_000L);

    guard.debit(wallet, eur(2_000), this::execute);

    assertThat(executions).hasValue(1);
    assertThat(engine.challenges().values()).isEmpty();
    assertCounted(wallet, 2_000);
  }
}
