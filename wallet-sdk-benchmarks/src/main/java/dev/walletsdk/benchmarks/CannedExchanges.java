/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportResponse;
import java.util.List;

/**
 * Real responses of the mock, recorded once: a payout to a bank account (with its receipt, as the
 * platform signs it) and a wallet-to-wallet transfer. The benchmarks of the client replay them.
 *
 * @param from the paying wallet
 * @param to the receiving wallet
 * @param serverKeys the platform's published keys (HPKE field key, receipt key)
 * @param payout the response to a payout, receipt included
 * @param transfer the response to a wallet-to-wallet transfer
 */
record CannedExchanges(
    WalletId from,
    WalletId to,
    List<ServerKey> serverKeys,
    TransportResponse payout,
    TransportResponse transfer) {

  static final Money AMOUNT = Money.of("25.50", "EUR");
  static final BankAccount ACCOUNT =
      BankAccount.of("Bob Builder", "DE89370400440532013000", "COBADEFF");
  static final String REFERENCE = "invoice-42";

  static CannedExchanges record() {
    try (MockWalletServer mock = MockWalletServer.inProcess()) {
      WalletId from = mock.control().openWallet("Alice", CurrencyCode.EUR);
      WalletId to = mock.control().openWallet("Bob", CurrencyCode.EUR);
      mock.control().fund(from, Money.of("1000.00", "EUR"));
      RecordingTransport recorder = new RecordingTransport(mock.transport());
      WalletClient.Builder builder =
          WalletClient.builder().transport(recorder).apiKey(mock.apiKey());
      List<ServerKey> keys;
      try (WalletClient bootstrap = builder.build()) {
        keys = bootstrap.keys().list();
      }
      try (WalletClient client =
          builder
              .fieldEncryption(HpkeFieldEncryptor.forServerKeys(keys))
              .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(keys))
              .build()) {
        client
            .transfers()
            .create(r -> r.from(from).toAccount(ACCOUNT).amount(AMOUNT).reference(REFERENCE));
        TransportResponse payout = recorder.lastResponse();
        client.transfers().create(r -> r.from(from).to(to).amount(AMOUNT).reference(REFERENCE));
        return new CannedExchanges(from, to, keys, payout, recorder.lastResponse());
      }
    }
  }

  ServerKey key(KeyUse use) {
    return serverKeys.stream().filter(key -> key.use() == use).findFirst().orElseThrow();
  }
}
