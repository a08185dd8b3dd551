/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Real-time transaction monitoring: assesses each debit against its partner's rules before it runs
 * ({@link RiskEvaluator}), reports every decision other than a plain allow as a {@code
 * risk.flagged} event, holds a movement for review with its funds reserved, and carries out a
 * reviewer's release or rejection. Its state is rebuilt by replaying the journal: assessments read
 * only executed movements, and every hold, release and rejection is journaled with the request or
 * control operation that made it. Use under the engine's lock.
 */
public final class RiskMonitor {
  /** The reason code of a movement a reviewer rejected. */
  public static final String REVIEW_REJECTED = "review_rejected";

  private final Engine engine;
  private final RiskEvaluator evaluator;
  private final Movements movements;
  private @Nullable ReviewRunner runner;

  /**
   * Creates the monitor.
   *
   * @param engine the platform state
   */
  public RiskMonitor(Engine engine) {
    this.engine = engine;
    this.evaluator = new RiskEvaluator(engine.risk());
    this.movements = new Movements(engine);
  }

  /**
   * Sets what executes released operations.
   *
   * @param runner the API layer's runner
   */
  public void runReviewsWith(ReviewRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /**
   * Assesses a debit against its wallet's partner's rules, as of now.
   *
   * @param wallet the wallet debited
   * @param amount what it would pay
   * @param payee whom it pays, for example {@code merchant:mer_1}, or {@code null}
   * @return the assessment
   */
  public RiskAssessment assess(WalletRecord wallet, Amount amount, @Nullable String payee) {
    return evaluator.assess(wallet, amount, payee, engine.clock().now());
  }

  /**
   * Counts an executed debit in the wallet's history.
   *
   * @param wallet the wallet debited
   * @param amount what it paid
   * @param payee whom it paid, or {@code null}
   */
  public void record(WalletRecord wallet, Amount amount, @Nullable String payee) {
    engine.risk().record(wallet.id(), engine.clock().now(), amount, payee);
  }

  /**
   * Reports a decision that lets the movement go on (allow or step-up) as {@code risk.flagged}.
   *
   * @param wallet the wallet debited
   * @param operation the operation's name
   * @param amount the amount
   * @param assessment what fired
   */
  public void flag(
      WalletRecord wallet, String operation, Amount amount, RiskAssessment assessment) {
    emitFlag(wallet, operation, amount, assessment.outcome(), assessment.reasons(), null);
  }

  /**
   * Refuses a movement: reports it and returns the problem to answer with.
   *
   * @param wallet the wallet debited
   * @param operation the operation's name
   * @param amount the amount
   * @param reasons why
   * @return {@code 422 risk_declined} with the reasons
   */
  public ApiProblem decline(
      WalletRecord wallet, String operation, Amount amount, List<RiskReason> reasons) {
    ObjectNode flag = emitFlag(wallet, operation, amount, RiskOutcome.DECLINE, reasons, null);
    return declined(wallet.id(), amount, flag.get("reasons"));
  }

  /**
   * Holds a movement for review: reserves its amount and reports it.
   *
   * @param partner the partner whose request it is
   * @param wallet the wallet debited
   * @param operation the operation's name
   * @param amount the amount reserved
   * @param reasons why
   * @param held what to execute on release
   * @return {@code 409 pending_review} carrying the review
   */
  public ApiProblem hold(
      Partner partner,
      WalletRecord wallet,
      String operation,
      Amount amount,
      List<RiskReason> reasons,
      HeldOperation held) {
    String id = engine.ids().next("rrv_");
    Leg leg = reservationLeg(wallet, amount);
    long reservation =
        movements.reserve(List.of(leg), new Memo(id, "risk_review", null)).sequence();
    RiskReviewRecord review =
        new RiskReviewRecord(
            id,
            partner.id(),
            wallet.id(),
            operation,
            amount,
            reasons,
            held,
            reservation,
            engine.clock().now());
    engine.risk().reviews().put(id, review);
    ObjectNode flag = emitFlag(wallet, operation, amount, RiskOutcome.HOLD, reasons, review);
    ObjectNode extension = JsonTrees.object();
    extension.set("review", flag.get("review"));
    return ApiProblem.of(
            409,
            "pending_review",
            "Pending review",
            amount
                + " from wallet "
                + wallet.id()
                + " is held for review as "
                + id
                + "; its funds are reserved until a reviewer releases or rejects it")
        .with(extension);
  }

  /**
   * Releases a pending review: the reservation is voided and the held operation executes; its
   * outcome, success or failure, becomes the answer of the held request's key.
   *
   * @param id the review id
   * @return the review, released
   * @throws IllegalArgumentException if no such review exists
   * @throws IllegalStateException if it is not pending
   */
  public RiskReviewRecord release(String id) {
    RiskReviewRecord review = pending(id);
    unreserve(review);
    String resultId = null;
    String failure = null;
    try {
      JsonNode result =
          Objects.requireNonNull(runner, "runner").execute(review.partnerId(), review.held());
      resultId = result.path("id").textValue();
    } catch (ApiProblem problem) {
      failure = problem.code();
    }
    review.decide("released", engine.clock().now(), resultId, failure);
    engine.emit(
        new DomainEvent.RiskReviewDecided(review.partnerId(), "risk_review.released", review));
    return review;
  }

  /**
   * Rejects a pending review: the reservation is voided and the held request's key answers {@code
   * 422 risk_declined} with the reason {@link #REVIEW_REJECTED}.
   *
   * @param id the review id
   * @return the review, rejected
   * @throws IllegalArgumentException if no such review exists
   * @throws IllegalStateException if it is not pending
   */
  public RiskReviewRecord reject(String id) {
    RiskReviewRecord review = pending(id);
    unreserve(review);
    review.decide("rejected", engine.clock().now(), null, null);
    ObjectNode reason = JsonTrees.object();
    reason.put("ruleId", (String) null);
    reason.put("type", "review");
    reason.put("code", REVIEW_REJECTED);
    reason.put("outcome", RiskOutcome.DECLINE.wire());
    reason.put("detail", "a reviewer rejected review " + id);
    Objects.requireNonNull(runner, "runner")
        .refuse(
            review.held(),
            declined(review.walletId(), review.amount(), JsonTrees.array().add(reason)));
    engine.emit(
        new DomainEvent.RiskReviewDecided(review.partnerId(), "risk_review.rejected", review));
    return review;
  }

  private RiskReviewRecord pending(String id) {
    RiskReviewRecord review = engine.risk().reviews().get(id);
    if (review == null) {
      throw new IllegalArgumentException("risk review " + id + " does not exist");
    }
    if (!review.status().equals("pending_review")) {
      throw new IllegalStateException("risk review " + id + " is already " + review.status());
    }
    return review;
  }

  private void unreserve(RiskReviewRecord review) {
    engine
        .ledger()
        .voidReservation(
            review.reservation(), engine.clock().now(), new Memo(review.id(), "risk_review", null));
  }

  private Leg reservationLeg(WalletRecord wallet, Amount amount) {
    return new Leg(
        movements.walletAccount(wallet, amount.currency()),
        movements.systemAccount("risk_review", amount.currency()),
        amount.code(),
        amount.minor());
  }

  private ObjectNode emitFlag(
      WalletRecord wallet,
      String operation,
      Amount amount,
      RiskOutcome outcome,
      List<RiskReason> reasons,
      @Nullable RiskReviewRecord review) {
    Instant now = engine.clock().now();
    RiskFlag flag =
        new RiskFlag(
            engine.ids().next("rsk_"),
            wallet.partnerId(),
            wallet.id(),
            operation,
            amount,
            outcome,
            reasons,
            review,
            now);
    return engine.emit(new DomainEvent.RiskFlagged(wallet.partnerId(), flag));
  }

  private static ApiProblem declined(String walletId, Amount amount, JsonNode reasons) {
    StringBuilder codes = new StringBuilder();
    for (JsonNode reason : reasons) {
      codes.append(codes.length() == 0 ? "" : ", ").append(reason.path("code").asText());
    }
    ObjectNode extension = JsonTrees.object();
    extension.set("reasons", reasons.deepCopy());
    return ApiProblem.of(
            422,
            "risk_declined",
            "Declined by risk monitoring",
            amount + " from wallet " + walletId + " was declined by risk monitoring: " + codes)
        .with(extension);
  }
}
