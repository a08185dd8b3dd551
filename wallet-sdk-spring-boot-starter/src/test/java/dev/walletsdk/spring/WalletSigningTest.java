/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.KeysetWrappingKey;
import dev.walletsdk.crypto.SigningKeyset;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Wallet;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Request signing with a keyset stored encrypted under a key store's AES entry. */
class WalletSigningTest {
  @TempDir static Path dir;
  static SigningKeyset keyset;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class, WalletAutoConfiguration.class))
          .withPropertyValues(
              "wallet.mock.enabled=true",
              "wallet.signing.keyset=file:" + dir.resolve("keyset.json"),
              "wallet.signing.key-store.location=file:" + dir.resolve("wallet.p12"),
              "wallet.signing.key-store.alias=wallet-keyset");

  @BeforeAll
  static void storeKeyset() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = "store-pass".toCharArray();
    KeysetWrappingKey wrapping =
        KeysetWrappingKey.createInKeyStore(store, "wallet-keyset", password);
    try (OutputStream out = Files.newOutputStream(dir.resolve("wallet.p12"))) {
      store.store(out, password);
    }
    keyset = SigningKeyset.generate();
    keyset.write(dir.resolve("keyset.json"), wrapping);
  }

  @Test
  void signsEveryRequestWithTheStoredKeyset() {
    runner
        .withPropertyValues("wallet.signing.key-store.password=store-pass")
        .run(
            context -> {
              MockWalletServer mock = context.getBean(MockWalletServer.class);
              mock.control()
                  .registerSigningKey(
                      mock.control().defaultPartner(), keyset.primaryPublicKey().publicKey());
              Wallet wallet =
                  context
                      .getBean(WalletClient.class)
                      .wallets()
                      .open(r -> r.displayName("Signed").currency("EUR"));
              assertThat(wallet.displayName()).isEqualTo("Signed");
            });
  }

  @Test
  void wrongKeyStorePasswordStopsTheStartNamingTheProperty() {
    runner
        .withPropertyValues("wallet.signing.key-store.password=wrong-pass")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(java.security.UnrecoverableKeyException.class);
              assertThat(context.getStartupFailure())
                  .hasMessageContaining(
                      "wallet.signing.key-store.location: key store file:"
                          + dir.resolve("wallet.p12")
                          + " could not be opened as PKCS12 (IOException; wrong password or"
                          + " file)")
                  .hasMessageNotContaining("wrong-pass");
            });
  }
}
