/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChallengeTest {
  @Test
  void challengeIsExpiredFromItsExpiryInstantOn() {
    Instant expiresAt = Instant.parse("2026-11-01T10:05:00Z");
    Challenge challenge =
        Challenge.builder()
            .id(ChallengeId.of("chl_c1"))
            .method(ChallengeMethod.TOTP)
            .status(ChallengeStatus.PENDING)
            .createdAt(Instant.parse("2026-11-01T10:00:00Z"))
            .expiresAt(expiresAt)
            .amount(Money.of("5000.00", "EUR"))
            .operation("transfers.create")
            .build();

    assertThat(challenge.isExpiredAt(expiresAt.minusSeconds(1))).isFalse();
    assertThat(challenge.isExpiredAt(expiresAt)).isTrue();
  }
}
