/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Member names of a response reach a decryption failure's message escaped and cut. */
class DecryptionMessageTest {
  @Test
  void hostileMemberNameInADecryptionFailureIsEscapedAndCut() {
    String name = "acct\\u001b[2J" + "n".repeat(300);
    String answer =
        "{\"object\":\"wallet\",\"id\":\"wal_asked\",\""
            + name
            + "\":{\"enc\":\"e\",\"kid\":\"k\",\"ct\":\"not base64!\"}}";
    try (WalletClient decrypting =
        WalletClient.builder()
            .baseUrl("https://wallet.example")
            .apiKey(ApiKey.of("sk_test_identity"))
            .transport(
                request ->
                    TransportResponse.of(
                        200,
                        Headers.of("Request-Id", "req_d"),
                        answer.getBytes(StandardCharsets.UTF_8)))
            .fieldDecryption((pointer, field) -> new byte[0])
            .build()) {

      assertThatThrownBy(() -> decrypting.wallets().get(WalletId.of("wal_asked")))
          .isExactlyInstanceOf(DecryptionException.class)
          .hasMessage(
              "response field /acct\\u001b[2J"
                  + "n".repeat(186)
                  + "... [309 chars in all] has a ciphertext that is not base64url");
    }
  }
}
