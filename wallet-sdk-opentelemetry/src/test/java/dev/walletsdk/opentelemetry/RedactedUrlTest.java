/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** url.full never carries credentials. */
class RedactedUrlTest {
  @Test
  void plainUrlIsKeptAsItIs() {
    assertThat(RedactedUrl.of(URI.create("https://api.example.com:8443/v1/wallets/wal_1")))
        .isEqualTo("https://api.example.com:8443/v1/wallets/wal_1");
  }

  @Test
  void userInformationIsRedacted() {
    assertThat(RedactedUrl.of(URI.create("https://user:s3cret@api.example.com/v1/wallets")))
        .isEqualTo("https://REDACTED:REDACTED@api.example.com/v1/wallets");
  }

  @Test
  void valuesOfUnknownQueryParametersAreRedactedAndTheSdksOwnKept() {
    assertThat(
            RedactedUrl.of(
                URI.create(
                    "https://api.example.com/v1/transactions?walletId=wal_1&cursor=c2&limit=10"
                        + "&sig=abc%3D&token=t&flag")))
        .isEqualTo(
            "https://api.example.com/v1/transactions?walletId=wal_1&cursor=c2&limit=10"
                + "&sig=REDACTED&token=REDACTED&flag");
  }
}
