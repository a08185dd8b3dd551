/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pays bills from wallets, at once or on a schedule. Scheduled runs execute when server time has
 * passed their due time and the mock next changes state: a journaled write or a clock change.
 * Running them only inside journaled operations makes replay run them at the same instants.
 */
public final class BillPaymentService {
  private final Engine engine;
  private final Movements movements;
  private final DebitGuard guard;

  /**
   * Creates the service and registers its runs with the clock's scheduler: they run when the clock
   * moves and before each command, whatever fell due by then.
   *
   * @param engine the platform state
   * @param guard checks, makes and records each scheduled run, under the wallet's limits
   */
  public BillPaymentService(Engine engine, DebitGuard guard) {
    this.engine = engine;
    this.movements = new Movements(engine);
    this.guard = guard;
    engine.clock().onDue(this::runDue);
  }

  /**
   * Finds a biller of the catalogue.
   *
   * @param id the biller id
   * @return the biller, if it exists
   */
  public Optional<Biller> biller(String id) {
    return Optional.ofNullable(engine.billers().get(id));
  }

  /**
   * Creates a bill payment; one without a schedule is paid at once.
   *
   * @param partner the paying partner
   * @param wallet the paying wallet
   * @param biller the biller
   * @param customerReference the customer's reference, in the biller's format
   * @param amount the amount of each run
   * @param description a description
   * @param scheduledFor the first run, or {@code null} to pay now
   * @param interval {@code weekly}, {@code monthly} or {@code null}
   * @param count the number of runs of a recurring payment, or {@code null}
   * @param scope the idempotency scope of the request
   * @return the bill payment
   * @throws ApiProblem {@code 422 insufficient_funds} for an immediate payment the wallet cannot
   *     cover; nothing is recorded
   */
  public BillPaymentRecord create(
      Partner partner,
      WalletRecord wallet,
      Biller biller,
      String customerReference,
      Amount amount,
      @Nullable String description,
      @Nullable Instant scheduledFor,
      @Nullable String interval,
      @Nullable Integer count,
      @Nullable String scope) {
    Instant now = engine.clock().now();
    BillPaymentRecord bill =
        new BillPaymentRecord(
            engine.ids().next("bpy_"),
            partner.id(),
            wallet.id(),
            biller.id(),
            customerReference,
            amount,
            description,
            scheduledFor,
            interval,
            count,
            now);
    if (scheduledFor == null) {
      move(bill, wallet, scope);
      bill.addRun(new BillPaymentRecord.Run(now, now, true, null));
    }
    engine.billPayments().put(bill.id(), bill);
    engine.emit(
        new DomainEvent.BillPaymentChanged(
            partner.id(),
            scheduledFor == null ? "bill_payment.succeeded" : "bill_payment.scheduled",
            bill));
    return bill;
  }

  /**
   * Cancels the runs not yet made.
   *
   * @param bill the bill payment
   * @return the bill payment
   * @throws ApiProblem {@code 409 conflict} if no run is left to cancel
   */
  public BillPaymentRecord cancel(BillPaymentRecord bill) {
    if (!bill.status().equals("scheduled")) {
      throw ApiProblem.of(
          409,
          "conflict",
          "Conflict",
          "bill payment " + bill.id() + " is " + bill.status() + "; nothing is left to cancel");
    }
    bill.cancel();
    engine.emit(
        new DomainEvent.BillPaymentChanged(bill.partnerId(), "bill_payment.cancelled", bill));
    return bill;
  }

  /**
   * Executes every run that is due, oldest bill payment first. The clock's scheduler calls it; use
   * under the lock.
   */
  public void runDue() {
    Instant now = engine.clock().now();
    for (BillPaymentRecord bill : List.copyOf(engine.billPayments().values())) {
      Instant due = bill.nextRunAt();
      while (due != null && !due.isAfter(now)) {
        run(bill, due, now);
        due = bill.nextRunAt();
      }
    }
  }

  private void run(BillPaymentRecord bill, Instant due, Instant now) {
    WalletRecord wallet = engine.wallet(bill.walletId()).orElseThrow();
    String failure = null;
    try {
      guard.debit(wallet, bill.amount(), () -> move(bill, wallet, null));
    } catch (ApiProblem problem) {
      failure = problem.code();
    }
    bill.addRun(new BillPaymentRecord.Run(due, now, failure == null, failure));
    engine.emit(
        new DomainEvent.BillPaymentChanged(
            bill.partnerId(),
            failure == null ? "bill_payment.succeeded" : "bill_payment.failed",
            bill));
  }

  private void move(BillPaymentRecord bill, WalletRecord wallet, @Nullable String scope) {
    Amount amount = bill.amount();
    Leg leg =
        new Leg(
            movements.walletAccount(wallet, amount.currency()),
            movements.systemAccount("billers", amount.currency()),
            amount.code(),
            amount.minor());
    movements.post(
        List.of(leg),
        new Memo(bill.id(), "bill_payment", scope),
        bill.customerReference(),
        bill.description());
  }
}
