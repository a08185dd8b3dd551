/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.WalletException;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 1,000-item batch whose answer comes after the call's deadline: the client reports the timeout,
 * and the batch re-sent with its key returns the first answer and pays nothing twice.
 */
class PayoutBatchTimeoutTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletId payer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
  private final WalletId payee = mock.control().openWallet("Payee", CurrencyCode.EUR);
  private final WalletClient client =
      WalletClient.builder()
          .transport(mock.transport())
          .apiKey(mock.apiKey())
          .retries(RetryPolicy.none())
          .timeouts(Timeouts.defaults().withCall(Duration.ofSeconds(2)))
          .build();

  @AfterEach
  void close() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void aThousandItemBatchAnsweredAfterTheDeadlineIsPaidOnceWhenResent() {
    mock.control().fund(payer, Money.of("5000.00", "EUR"));
    mock.control()
        .injectFault(
            Fault.delay(Duration.ofSeconds(5)).on("POST", "/v1/wallets/*/payout-batches").times(1));
    List<PayoutItem> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(PayoutItem.of("salary-" + i, payee, Money.of("1.25", "EUR")));
    }
    PayoutBatchRequest request =
        PayoutBatchRequest.builder()
            .wallet(payer)
            .currency(CurrencyCode.EUR)
            .items(items)
            .idempotencyKey(IdempotencyKey.of("payroll-timeout"))
            .build();

    assertThatThrownBy(() -> client.payoutBatches().submit(request))
        .isInstanceOf(WalletException.class);
    Money afterTimeout = mock.control().balance(payer, CurrencyCode.EUR);
    PayoutBatch batch = client.payoutBatches().submit(request);

    assertThat(afterTimeout).isEqualTo(Money.of("3750.00", "EUR"));
    assertThat(batch.paidCount()).isEqualTo(1000);
    assertThat(batch.paidTotal()).isEqualTo(Money.of("1250.00", "EUR"));
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("3750.00", "EUR"));
    assertThat(mock.control().balance(payee, CurrencyCode.EUR))
        .isEqualTo(Money.of("1250.00", "EUR"));
  }
}
