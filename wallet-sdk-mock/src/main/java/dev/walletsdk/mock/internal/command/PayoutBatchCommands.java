/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.DomainEvent;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.PayoutBatchRecord;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.TransferService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.model.CurrencyCode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Executes a batch payout item by item, each as its own transfer through the {@link MovementGuard}:
 * the policy (an active wallet, funds, per-transaction and rolling limits) and transaction
 * monitoring apply to each item on its own, and an item that fails does not stop the others. No
 * item is held for step-up: one at or above the wallet's step-up threshold, or that a rule asks to
 * step up, fails with {@code step_up_not_supported}, and one a rule holds for review is declined.
 * Each item's ledger entry carries the batch's idempotency scope with the item's index, so the
 * ledger auditor sees any item paid twice. Use under the engine's lock.
 */
public final class PayoutBatchCommands {
  private final Engine engine;
  private final MovementGuard guard;
  private final TransferService transfers;

  /**
   * Creates the commands.
   *
   * @param engine the platform state
   * @param guard checks and records each item's debit
   * @param transfers pays each item
   */
  public PayoutBatchCommands(Engine engine, MovementGuard guard, TransferService transfers) {
    this.engine = engine;
    this.guard = guard;
    this.transfers = transfers;
  }

  /**
   * An item as the request names it, validated.
   *
   * @param reference the item's reference, unique in the batch
   * @param destinationWalletId the wallet to credit, which may not exist
   * @param amount what to pay, in the batch's currency
   * @param description a description, or {@code null}
   */
  public record ItemRequest(
      String reference, String destinationWalletId, Amount amount, @Nullable String description) {}

  /**
   * Executes a batch: every item is paid or fails, then {@code payout_batch.completed} is emitted.
   *
   * @param partner the partner paying
   * @param source the business wallet debited
   * @param currency the currency of every item
   * @param reference the batch's reference, or {@code null}
   * @param items the items, validated as a whole
   * @param scope the idempotency scope of the request
   * @return the batch
   */
  public PayoutBatchRecord execute(
      Partner partner,
      WalletRecord source,
      CurrencyCode currency,
      @Nullable String reference,
      List<ItemRequest> items,
      @Nullable String scope) {
    String id = engine.ids().next("pbt_");
    List<PayoutBatchRecord.Item> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      results.add(pay(partner, source, i, items.get(i), scope == null ? null : scope + "#" + i));
    }
    PayoutBatchRecord batch =
        new PayoutBatchRecord(
            id, partner.id(), source.id(), currency, reference, results, engine.clock().now());
    engine.payoutBatches().put(id, batch);
    engine.emit(new DomainEvent.PayoutBatchCompleted(partner.id(), batch));
    return batch;
  }

  private PayoutBatchRecord.Item pay(
      Partner partner, WalletRecord source, int index, ItemRequest item, @Nullable String scope) {
    try {
      TransferRecord transfer = transfer(partner, source, index, item, scope);
      return result(index, item, transfer.id(), null);
    } catch (ApiProblem problem) {
      return result(index, item, null, problem);
    }
  }

  private TransferRecord transfer(
      Partner partner, WalletRecord source, int index, ItemRequest item, @Nullable String scope) {
    WalletRecord destination =
        engine
            .wallet(item.destinationWalletId())
            .orElseThrow(
                () ->
                    ApiProblem.unprocessable(
                        pointer(index),
                        "destination_not_found",
                        "wallet " + item.destinationWalletId() + " does not exist"));
    return guard.run(
        Movement.of(
                source,
                item.amount(),
                () ->
                    transfers.create(
                        partner,
                        source,
                        destination,
                        null,
                        item.amount(),
                        null,
                        item.reference(),
                        item.description(),
                        scope))
            .thenCheck(() -> WalletService.requireActive(destination))
            .payee("wallet:" + destination.id())
            .refuseStepUp(
                (i, debit) ->
                    ApiProblem.unprocessable(
                        pointer(index),
                        "step_up_not_supported",
                        "wallet "
                            + debit.wallet().id()
                            + " needs step-up for "
                            + debit.amount()
                            + "; pay this item on its own, with step-up")));
  }

  private static String pointer(int index) {
    return "/items/" + index + "/destinationWalletId";
  }

  /**
   * An item's result. A problem about one field of the item is named by that field's code and
   * message ({@code destination_not_found}, {@code step_up_not_supported}), any other by its own.
   */
  private static PayoutBatchRecord.Item result(
      int index, ItemRequest item, @Nullable String transferId, @Nullable ApiProblem problem) {
    String code = null;
    String message = null;
    if (problem != null && problem.errors().size() == 1) {
      code = problem.errors().get(0).code();
      message = problem.errors().get(0).message();
    } else if (problem != null) {
      code = problem.code();
      message = problem.getMessage();
    }
    return new PayoutBatchRecord.Item(
        index,
        item.reference(),
        item.destinationWalletId(),
        item.amount(),
        item.description(),
        transferId,
        code,
        message);
  }
}
