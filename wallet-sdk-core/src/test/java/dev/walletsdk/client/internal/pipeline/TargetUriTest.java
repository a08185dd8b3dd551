/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetUriTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://LocalHost:80/v1/wallets | http://localhost/v1/wallets",
        "https://Wallet.Bank.Example:443/v1 | https://wallet.bank.example/v1",
        "http://127.0.0.1:8080 | http://127.0.0.1:8080/",
        "http://h/v1/wallets? | http://h/v1/wallets",
        "http://h/a/./b/../c | http://h/a/c",
        "http://h/a/%2E/b/%2e%2E/c/. | http://h/a/c/",
        "http://h/.. | http://h/",
        "http://h/v1/wallets?q='x' | http://h/v1/wallets?q=%27x%27",
        "http://h/caf\u00e9?q=\u20ac | http://h/caf%C3%A9?q=%E2%82%AC",
        "http://h/a%2fb?x=%20+y&z | http://h/a%2fb?x=%20+y&z",
        "http://user@h/p#fragment | http://h/p",
      })
  void uriIsBroughtToTheFormEveryTransportSends(String given, String canonical) {
    assertThat(TargetUri.canonical(URI.create(given))).hasToString(canonical);
  }
}
