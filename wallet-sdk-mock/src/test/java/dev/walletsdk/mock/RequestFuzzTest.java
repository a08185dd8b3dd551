/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Fuzzes the mock's request handling, Wallet API and control plane: whatever a client sends, the
 * mock answers with a response below 500 (a problem document naming what was wrong) and its ledger
 * audit stays clean.
 *
 * <p>An input is text like an HTTP request: {@code METHOD /path}, header lines, an empty line, the
 * body. {@code {alice}} and {@code {bob}} stand for two funded wallets, so seeds in {@code
 * RequestFuzzTestInputs} reach past the id lookups. The API key and version headers are added
 * unless the input sets them. Fault injection, reset and snapshots are left out (see {@link
 * #OFF_LIMITS}).
 */
class RequestFuzzTest {
  private static final MockWalletServer MOCK = MockWalletServer.builder().seed(3).build();
  private static final WalletId ALICE = MOCK.control().openWallet("Alice", CurrencyCode.EUR);
  private static final WalletId BOB =
      MOCK.control().openWallet("Bob", CurrencyCode.EUR, CurrencyCode.USD);
  private static final MockSnapshot FRESH;

  /**
   * Control routes the harness itself depends on: faults exist to make the mock fail, and reset and
   * snapshots would discard the snapshot the harness restores.
   */
  private static final Pattern OFF_LIMITS = Pattern.compile("/_mock/(faults|reset|snapshots)");

  private static int runs;

  static {
    MOCK.control().fund(ALICE, Money.of("1000.00", "EUR"));
    MOCK.control().fund(BOB, Money.of("50.00", "USD"));
    FRESH = MOCK.control().snapshot();
  }

  @FuzzTest(maxDuration = "5m")
  void mockNeverFailsOnBadInput(byte[] input) {
    if (++runs % 200 == 0) {
      MOCK.control().restore(FRESH); // keeps the ledger small enough to audit after every request
    }
    String text =
        new String(input, StandardCharsets.UTF_8)
            .replace("{alice}", ALICE.value())
            .replace("{bob}", BOB.value());
    int headerEnd = text.indexOf("\n\n");
    String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
    byte[] body =
        headerEnd < 0
            ? new byte[0]
            : text.substring(headerEnd + 2).getBytes(StandardCharsets.UTF_8);
    String[] lines = head.split("\n");
    if (lines.length == 0) {
      return;
    }
    String[] requestLine = lines[0].split(" ", 2);
    if (requestLine.length < 2) {
      return;
    }
    TransportRequest.Builder request = TransportRequest.builder();
    boolean auth = false;
    boolean version = false;
    try {
      URI uri = URI.create("http://localhost").resolve(requestLine[1]);
      if (uri.getRawPath() != null && OFF_LIMITS.matcher(uri.getRawPath()).lookingAt()) {
        return;
      }
      request.method(requestLine[0]).uri(uri);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          String name = lines[i].substring(0, colon).trim();
          auth |= name.equalsIgnoreCase("Authorization");
          version |= name.equalsIgnoreCase("Wallet-Api-Version");
          request.header(name, lines[i].substring(colon + 1).trim());
        }
      }
      if (!auth) {
        request.header("Authorization", "Bearer " + MOCK.apiKey().reveal());
      }
      if (!version) {
        request.header("Wallet-Api-Version", "2026-11-01");
      }
      request.body(body);
    } catch (IllegalArgumentException | InvalidRequestException e) {
      return; // not a request an HTTP client could send: bad method, URI or header
    }

    TransportResponse response = MOCK.transport().execute(request.build());

    assertThat(response.status())
        .as(
            "%s %s -> %s",
            requestLine[0], requestLine[1], new String(response.body(), StandardCharsets.UTF_8))
        .isLessThan(500);
    assertThat(MOCK.ledger().audit().violations()).isEmpty();
  }
}
