/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.WalletException;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutBatchStatus;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch payout with request signing, field encryption, receipt verification and a step-up handler
 * on: the client never throws once money moved, except for a lost answer, whose re-send with the
 * same key pays nothing again; each paid item's transfer carries a receipt that verifies.
 */
class SecurePayoutBatchTest {
  private final SecureFixture fixture = new SecureFixture();

  @AfterEach
  void tearDown() {
    fixture.client.close();
    assertThat(fixture.mock.ledger().audit().violations()).isEmpty();
    fixture.f.assertFollowsContract(new ContractAudit(ContractSchemas.shared()));
  }

  @Test
  void aBatchWhoseAnswerWasLostIsPaidOnceWhenResentWithEveryProtectionOn() {
    WalletId payer = fixture.mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    fixture.mock.control().fund(payer, Money.of("1000.00", "EUR"));
    fixture
        .mock
        .control()
        .injectFault(
            Fault.dropResponseAfterCommit().on("POST", "/v1/wallets/*/payout-batches").times(1));
    PayoutBatchRequest request =
        PayoutBatchRequest.builder()
            .wallet(payer)
            .currency(CurrencyCode.EUR)
            .items(
                List.of(
                    PayoutItem.of("r0", fixture.f.alice.id(), Money.of("40.00", "EUR")),
                    PayoutItem.of("r1", fixture.f.bob.id(), Money.of("150.00", "EUR"))))
            .idempotencyKey(IdempotencyKey.of("batch-secure-1"))
            .build();

    assertThatThrownBy(() -> fixture.client.payoutBatches().submit(request))
        .isInstanceOf(WalletException.class);
    PayoutBatch batch = fixture.client.payoutBatches().submit(request);

    assertThat(batch.status()).isEqualTo(PayoutBatchStatus.COMPLETED);
    assertThat(batch.paidTotal()).isEqualTo(Money.of("190.00", "EUR"));
    assertThat(fixture.mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("810.00", "EUR"));
    List<String> receipted = new ArrayList<>();
    for (PayoutBatchItem item : fixture.client.payoutBatches().items(batch.id())) {
      Transfer transfer = fixture.client.transfers().get(item.transferId().orElseThrow());
      assertThat(transfer.receipt()).isPresent();
      receipted.add("transfer " + transfer.id().value());
    }
    assertThat(fixture.receipts.verified()).containsAll(receipted).isNotEmpty();
  }
}
