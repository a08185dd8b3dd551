/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.ReceiptVerifier;
import org.junit.jupiter.api.Test;

/** An exported statement verifies offline; any change to it is caught. */
class LedgerStatementTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();

  private String statement() {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("30.00", "EUR"));
    api.post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"amount\":"
            + MockApi.money("12.00", "EUR")
            + "}");
    mock.control().fund(WalletId.of(bob), Money.of("1.00", "EUR"));
    return mock.ledger().exportStatement();
  }

  private ReceiptVerifier verifier() {
    return Ed25519ReceiptVerifier.forServerKeys(mock.runtime().security().serverKeys());
  }

  @Test
  void exportedStatementVerifiesOffline() {
    assertThat(LedgerStatement.verify(statement(), verifier())).isEqualTo(3);
  }

  @Test
  void changedAmountIsCaught() {
    String altered = statement().replace("\"amount\":1200", "\"amount\":1100");

    assertThatThrownBy(() -> LedgerStatement.verify(altered, verifier()))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("statement does not verify: entry 2 does not match its hash");
  }

  @Test
  void removedLastEntryIsCaught() {
    String[] lines = statement().split("\n");
    String truncated = lines[0] + "\n" + lines[1] + "\n" + lines[3] + "\n";

    assertThatThrownBy(() -> LedgerStatement.verify(truncated, verifier()))
        .hasMessage("statement does not verify: the signed head does not name the last entry");
  }

  @Test
  void headSignedByAnotherKeyIsCaught() {
    String statement = statement();
    MockWalletServer other = MockWalletServer.builder().seed(99).build();

    assertThatThrownBy(
            () ->
                LedgerStatement.verify(
                    statement,
                    Ed25519ReceiptVerifier.forServerKeys(other.runtime().security().serverKeys())))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
