/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Field encryption to the platform's HPKE key, pinned in the properties. */
class WalletFieldEncryptionTest {
  @Test
  void theAccountNumberLeavesEncryptedToThePinnedServerKey() {
    MockWalletServer mock = MockWalletServer.inProcess();
    ServerKey key;
    try (WalletClient bootstrap =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      key =
          bootstrap.keys().list().stream()
              .filter(k -> k.use() == KeyUse.FIELD_ENCRYPTION)
              .findFirst()
              .orElseThrow();
    }
    List<String> bodies = new CopyOnWriteArrayList<>();
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(WalletMockAutoConfiguration.class, WalletAutoConfiguration.class))
        .withBean(MockWalletServer.class, () -> mock)
        .withBean(
            WalletClientBuilderCustomizer.class,
            () ->
                builder ->
                    builder.addInterceptor(
                        chain -> {
                          chain
                              .request()
                              .body()
                              .ifPresent(b -> bodies.add(new String(b, StandardCharsets.UTF_8)));
                          return chain.proceed(chain.request());
                        }))
        .withPropertyValues(
            "wallet.mock.enabled=true",
            "wallet.field-encryption.key-id=" + key.keyId(),
            "wallet.field-encryption.public-key="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(key.publicKey()))
        .run(
            context -> {
              WalletClient client = context.getBean(WalletClient.class);
              Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
              mock.control().fund(alice.id(), Money.of("200.00", "EUR"));
              Transfer payout =
                  client
                      .transfers()
                      .create(
                          r ->
                              r.from(alice.id())
                                  .toAccount(
                                      BankAccount.of(
                                          "Bob Builder", "DE89370400440532013000", "COBADEFF"))
                                  .amount(Money.of("120.00", "EUR")));

              assertThat(payout.sourceAmount()).isEqualTo(Money.of("120.00", "EUR"));
              assertThat(bodies.get(bodies.size() - 1))
                  .contains("\"enc\":\"hpke-x25519-sha256-aes256gcm\"", "\"kid\":\"" + key.keyId())
                  .doesNotContain("DE89370400440532013000");
            });
  }
}
