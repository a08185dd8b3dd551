/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pays a merchant bill from several wallets: one journal entry with one leg per wallet, so either
 * every share moves or none does.
 */
public final class SplitBillService {
  private final Engine engine;
  private final Movements movements;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public SplitBillService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
  }

  /**
   * Pays the bill; the caller has checked the wallets, the shares and the policy.
   *
   * @param partner the paying partner
   * @param merchantId a registered merchant
   * @param amount the whole bill, equal to the sum of the shares
   * @param method {@code exact} or {@code percentage}
   * @param wallets the paying wallets, in request order
   * @param shares what each pays, in the same order
   * @param description a description
   * @param reference the partner's reference
   * @param scope the idempotency scope of the request
   * @return the split bill
   * @throws ApiProblem {@code 422 insufficient_funds} if any wallet lacks funds; nothing moves
   */
  public SplitBillRecord pay(
      Partner partner,
      String merchantId,
      Amount amount,
      String method,
      List<WalletRecord> wallets,
      List<SplitBillRecord.Share> shares,
      @Nullable String description,
      @Nullable String reference,
      @Nullable String scope) {
    String id = engine.ids().next("spl_");
    String merchants = movements.systemAccount("merchants", amount.currency());
    List<Leg> legs = new ArrayList<>();
    for (int i = 0; i < wallets.size(); i++) {
      Amount share = shares.get(i).amount();
      if (share.minor() > 0) {
        legs.add(
            new Leg(
                movements.walletAccount(wallets.get(i), share.currency()),
                merchants,
                share.code(),
                share.minor()));
      }
    }
    movements.post(legs, new Memo(id, "split_bill", scope), reference, description);
    SplitBillRecord bill =
        new SplitBillRecord(
            id,
            partner.id(),
            merchantId,
            amount,
            method,
            List.copyOf(shares),
            description,
            reference,
            engine.clock().now());
    engine.splitBills().put(id, bill);
    engine.emit(new DomainEvent.SplitBillSucceeded(partner.id(), bill));
    return bill;
  }
}
