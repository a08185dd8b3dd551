/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerKeyTest {
  private static ServerKey.Builder signingKey(byte[] publicKey) {
    return ServerKey.builder()
        .keyId("key_2026")
        .use(KeyUse.RECEIPT_SIGNING)
        .algorithm("ed25519")
        .publicKey(publicKey)
        .createdAt(Instant.parse("2026-11-01T00:00:00Z"));
  }

  @Test
  void keyBytesAreCopiedInAndOut() {
    byte[] bytes = {1, 2, 3};
    ServerKey key = signingKey(bytes).build();

    bytes[0] = 9;
    key.publicKey()[1] = 9;

    assertThat(key.publicKey()).containsExactly(1, 2, 3);
  }

  @Test
  void keysWithTheSameBytesAreEqual() {
    assertThat(signingKey(new byte[] {1, 2, 3}).build())
        .isEqualTo(signingKey(new byte[] {1, 2, 3}).build())
        .hasSameHashCodeAs(signingKey(new byte[] {1, 2, 3}).build())
        .isNotEqualTo(signingKey(new byte[] {1, 2, 4}).build());
  }

  @Test
  void toStringShowsTheKeyLengthOnly() {
    assertThat(signingKey(new byte[32]).build())
        .hasToString(
            "ServerKey{keyId=key_2026, use=RECEIPT_SIGNING, algorithm=ed25519,"
                + " publicKey=<32 bytes>, createdAt=2026-11-01T00:00:00Z}");
  }
}
