/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** ProxyCredentials is a secret: validated, compared by value, never printed. */
class ProxyCredentialsTest {
  @Test
  void toStringRevealsNeitherPart() {
    assertThat(ProxyCredentials.of("alice", "s3cret")).hasToString("ProxyCredentials[redacted]");
  }

  @Test
  void equalCredentialsAreEqual() {
    assertThat(ProxyCredentials.of("alice", "s3cret"))
        .isEqualTo(ProxyCredentials.of("alice", "s3cret"))
        .hasSameHashCodeAs(ProxyCredentials.of("alice", "s3cret"));
  }

  @Test
  void differentPasswordIsNotEqual() {
    assertThat(ProxyCredentials.of("alice", "s3cret"))
        .isNotEqualTo(ProxyCredentials.of("alice", "s3creT"));
  }

  @Test
  void differentUserIsNotEqual() {
    assertThat(ProxyCredentials.of("alice", "s3cret"))
        .isNotEqualTo(ProxyCredentials.of("alicf", "s3cret"));
  }

  @Test
  void partsAreReadBack() {
    ProxyCredentials credentials = ProxyCredentials.of("alice", "");

    assertThat(credentials.username()).isEqualTo("alice");
    assertThat(credentials.revealPassword()).isEmpty();
  }

  @Test
  void usernameWithColonIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> ProxyCredentials.of("al:ice", "pw"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "proxy username must be 1 to 256 characters without colon or control characters"
                + " (value not shown)");
  }

  @Test
  void passwordWithControlCharacterIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> ProxyCredentials.of("alice", "pw\r\nX-Evil: 1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "proxy password must be 0 to 256 characters without control characters"
                + " (value not shown)");
  }
}
