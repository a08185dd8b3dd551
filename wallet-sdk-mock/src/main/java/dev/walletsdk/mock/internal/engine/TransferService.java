/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Moves money out of a wallet: to another wallet at once, or to a bank account as a payout that
 * stays reserved until it settles or fails; in one currency or converted at a quote.
 */
public final class TransferService {
  private final Engine engine;
  private final Movements movements;
  private final QuoteService quotes;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   * @param quotes marks quotes used
   */
  public TransferService(Engine engine, QuoteService quotes) {
    this.engine = engine;
    this.movements = new Movements(engine);
    this.quotes = quotes;
  }

  /**
   * Creates a transfer; the movement guard has checked the policy and step-up.
   *
   * @param partner the partner sending
   * @param source the wallet debited
   * @param destination the wallet credited, or {@code null} for a payout
   * @param account the payout's bank account, or {@code null} between wallets
   * @param amount the amount in the source currency, or {@code null} with a quote
   * @param quote the quote to convert at, or {@code null}
   * @param reference the partner's reference
   * @param description a description
   * @param scope the idempotency scope of the request
   * @return the transfer
   */
  public TransferRecord create(
      Partner partner,
      WalletRecord source,
      @Nullable WalletRecord destination,
      @Nullable AccountSummary account,
      @Nullable Amount amount,
      @Nullable QuoteRecord quote,
      @Nullable String reference,
      @Nullable String description,
      @Nullable String scope) {
    String id = engine.ids().next("trf_");
    Amount sourceAmount = quote != null ? quote.sell() : amount;
    Amount destinationAmount = quote != null ? quote.buy() : amount;
    Amount fee = quote != null ? quote.fee() : Amount.zero(amount.currency());
    if (destination != null) {
      destination.hold(destinationAmount.currency());
    }
    List<Leg> legs = legs(source, destination, quote, amount);
    Memo memo = new Memo(id, destination == null ? "payout" : "transfer", scope);
    String status;
    if (destination == null) {
      engine.payoutReservations().put(id, movements.reserve(legs, memo).sequence());
      status = "pending";
    } else {
      movements.post(legs, memo, reference, description);
      status = "completed";
    }
    BigDecimal rate = quote != null ? quote.rate() : null;
    TransferRecord transfer =
        new TransferRecord(
            id,
            partner.id(),
            source.id(),
            destination == null ? null : destination.id(),
            account,
            sourceAmount,
            destinationAmount,
            fee,
            rate,
            quote == null ? null : quote.id(),
            reference,
            description,
            status,
            engine.clock().now());
    engine.transferMap().put(id, transfer);
    if (quote != null) {
      quotes.markUsed(quote, id);
    }
    announce(transfer, destination == null ? "transfer.pending" : "transfer.completed");
    return transfer;
  }

  private List<Leg> legs(
      WalletRecord source,
      @Nullable WalletRecord destination,
      @Nullable QuoteRecord quote,
      @Nullable Amount amount) {
    List<Leg> legs = new ArrayList<>();
    if (quote == null) {
      legs.add(
          leg(
              movements.walletAccount(source, amount.currency()),
              target(destination, amount.currency()),
              amount));
      return legs;
    }
    return movements.fxLegs(source, quote, currency -> target(destination, currency));
  }

  private String target(@Nullable WalletRecord destination, CurrencyCode currency) {
    return destination == null
        ? movements.systemAccount("payouts", currency)
        : movements.walletAccount(destination, currency);
  }

  private static Leg leg(String debit, String credit, Amount amount) {
    return new Leg(debit, credit, amount.code(), amount.minor());
  }

  /**
   * Settles a pending payout: the reservation is posted.
   *
   * @param transfer the payout
   * @throws IllegalStateException if it is not pending
   */
  public void settlePayout(TransferRecord transfer) {
    Long reservation = pendingReservation(transfer);
    movements.postReservation(
        reservation,
        new Memo(transfer.id(), "payout", null),
        transfer.reference(),
        transfer.description());
    transfer.status("completed");
    announce(transfer, "transfer.completed");
  }

  /**
   * Fails a pending payout: the reservation is voided and the money is available again.
   *
   * @param transfer the payout
   * @throws IllegalStateException if it is not pending
   */
  public void failPayout(TransferRecord transfer) {
    Long reservation = pendingReservation(transfer);
    engine
        .ledger()
        .voidReservation(
            reservation, engine.clock().now(), new Memo(transfer.id(), "payout", null));
    transfer.status("failed");
    announce(transfer, "transfer.failed");
  }

  private Long pendingReservation(TransferRecord transfer) {
    Long reservation = engine.payoutReservations().remove(transfer.id());
    if (reservation == null || !transfer.status().equals("pending")) {
      throw new IllegalStateException(
          "transfer " + transfer.id() + " is " + transfer.status() + ", not a pending payout");
    }
    return reservation;
  }

  private void announce(TransferRecord transfer, String type) {
    engine.emit(new DomainEvent.TransferChanged(transfer.partnerId(), type, transfer));
    String destination = transfer.destinationWalletId();
    if (destination != null) {
      String receiver = engine.wallet(destination).orElseThrow().partnerId();
      if (!receiver.equals(transfer.partnerId())) {
        engine.emit(new DomainEvent.TransferChanged(receiver, type, transfer));
      }
    }
  }
}
