/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch payout is one journal record: a restart replays exactly the items it paid, and a crash
 * that tore the record before it was written loses the whole batch, which the re-sent request then
 * pays once.
 */
class PayoutBatchJournalTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private record Setup(WalletId payer, List<WalletId> payees) {}

  private static Setup setUp(MockWalletServer mock) {
    WalletId payer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    mock.control().fund(payer, Money.of("100.00", "EUR"));
    List<WalletId> payees = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      payees.add(mock.control().openWallet("Payee " + i, CurrencyCode.EUR));
    }
    mock.control().setLimits(payer, CurrencyCode.EUR, Money.of("25.00", "EUR"), null);
    return new Setup(payer, payees);
  }

  private static Reply submit(MockWalletServer mock, Setup setup) {
    StringBuilder items = new StringBuilder();
    String[] amounts = {"10.00", "30.00", "20.00"};
    for (int i = 0; i < 3; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"reference\":\"r")
          .append(i)
          .append("\",\"destinationWalletId\":\"")
          .append(setup.payees().get(i))
          .append("\",\"amount\":")
          .append(MockApi.money(amounts[i], "EUR"))
          .append('}');
    }
    return new MockApi(mock)
        .post(
            "/v1/wallets/" + setup.payer() + "/payout-batches",
            "{\"currency\":\"EUR\",\"items\":[" + items + "]}",
            "payroll-key");
  }

  @Test
  void aRestartReplaysExactlyTheItemsTheBatchPaid() {
    Path journal = dir.resolve("batch.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Setup setup = setUp(first);
    Reply paid = submit(first, setup);
    String ledger = first.ledger().exportJournal();
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    Reply resent = submit(second, setup);

    assertThat(paid.text("/status")).isEqualTo("completed_with_failures");
    assertThat(second.ledger().exportJournal()).isEqualTo(ledger);
    assertThat(resent.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(resent.body()).isEqualTo(paid.body());
    assertThat(second.control().balance(setup.payer(), CurrencyCode.EUR))
        .isEqualTo(Money.of("70.00", "EUR"));
    assertThat(second.ledger().audit().isClean()).isTrue();
    second.close();
  }

  @Test
  void aBatchWhoseRecordWasTornIsPaidOnceWhenResent() throws IOException {
    Path journal = dir.resolve("torn.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Setup setup = setUp(first);
    long beforeBatch = Files.size(journal);
    submit(first, setup);
    first.close();
    byte[] written = Files.readAllBytes(journal);
    Files.write(journal, java.util.Arrays.copyOf(written, (int) beforeBatch + 40));

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    Money afterCrash = second.control().balance(setup.payer(), CurrencyCode.EUR);
    Reply resent = submit(second, setup);

    assertThat(new String(written, StandardCharsets.UTF_8)).contains("payout-batches");
    assertThat(afterCrash).isEqualTo(Money.of("100.00", "EUR"));
    assertThat(resent.status()).isEqualTo(201);
    assertThat(resent.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(resent.body().at("/counts/paid").asInt()).isEqualTo(2);
    assertThat(second.control().balance(setup.payer(), CurrencyCode.EUR))
        .isEqualTo(Money.of("70.00", "EUR"));
    assertThat(second.ledger().audit().isClean()).isTrue();
    second.close();
  }

  @Test
  void aBatchOfAnErasedBusinessReplaysWithItsReferencesStoodIn() {
    Path journal = dir.resolve("erased.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Setup setup = setUp(first);
    submit(first, setup);
    first.control().setLimits(setup.payer(), CurrencyCode.EUR, Money.of("100.00", "EUR"), null);
    MockApi api = new MockApi(first);
    Reply emptied =
        api.post(
            "/v1/transfers",
            "{\"sourceWalletId\":\""
                + setup.payer()
                + "\",\"destinationWalletId\":\""
                + setup.payees().get(0)
                + "\",\"amount\":"
                + MockApi.money("70.00", "EUR")
                + "}");
    Reply erased = api.post("/v1/wallets/" + setup.payer() + "/erasure", "{}");
    String ledger = first.ledger().exportJournal();
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();

    assertThat(emptied.status()).isEqualTo(201);
    assertThat(erased.status()).isEqualTo(200);
    assertThat(second.ledger().exportJournal()).isEqualTo(ledger);
    assertThat(second.control().balance(setup.payees().get(2), CurrencyCode.EUR))
        .isEqualTo(Money.of("20.00", "EUR"));
    second.close();
  }
}
