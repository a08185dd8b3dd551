/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransactionQuery;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fuzzes what the client reads from the network: status, headers and body of the response to each
 * kind of call, through the real pipeline (codec, problem+json mapping, pagination, Retry-After).
 * Whatever arrives, a call returns a resource (the one asked for, when one was) or throws a {@link
 * WalletException}; no other exception escapes, and no message repeats the API key, carries a
 * control character or runs past a few thousand characters. A status outside 100 to 599 is an
 * invalid response.
 *
 * <p>An input is text: a first line {@code <status> <operation>}, header lines {@code Name: value},
 * an empty line, then the body — so seeds in {@code ResponseFuzzTestInputs} read like HTTP
 * responses.
 */
class ResponseFuzzTest {
  private static final String API_KEY = "sk_test_fuzzfuzzfuzzfuzz0123456789";
  private static final WalletId WALLET = WalletId.of("wal_fuzz1");
  private static final WalletId OTHER = WalletId.of("wal_fuzz2");
  private static final TransferId TRANSFER = TransferId.of("trf_fuzz");
  private static final int MAX_MESSAGE_CHARS = 4000;

  private static final List<Consumer<WalletClient>> OPERATIONS =
      List.of(
          c ->
              c.transfers()
                  .create(
                      r ->
                          r.from(WALLET)
                              .to(OTHER)
                              .amount(Money.of("12.34", "EUR"))
                              .idempotencyKey(IdempotencyKey.of("fuzz-1"))),
          c -> assertThat(c.transfers().get(TRANSFER).id()).isEqualTo(TRANSFER),
          c -> assertThat(c.wallets().get(WALLET).id()).isEqualTo(WALLET),
          c -> c.wallets().page(null, 10),
          c -> c.transactions().page(TransactionQuery.builder().wallet(WALLET).build()),
          c -> c.events().page(EventQuery.builder().build()),
          c ->
              c.payments()
                  .create(
                      r ->
                          r.wallet(WALLET)
                              .merchant(MerchantId.of("mer_demo"))
                              .amount(Money.of("5.00", "USD"))
                              .idempotencyKey(IdempotencyKey.of("fuzz-2"))),
          c -> c.balances().list(WALLET),
          c -> c.keys().list());

  /** A response read from fuzz input, with the operation to call. */
  record Scripted(int operation, TransportResponse response) {
    static Scripted parse(byte[] input) {
      String text = new String(input, StandardCharsets.UTF_8);
      int status = 200;
      int operation = 0;
      int headerEnd = text.indexOf("\n\n");
      String head = headerEnd < 0 ? "" : text.substring(0, headerEnd);
      String body = headerEnd < 0 ? text : text.substring(headerEnd + 2);
      String[] lines = head.split("\n", -1);
      String[] first = lines[0].trim().split(" ");
      if (first.length >= 1) {
        status = number(first[0], 200);
      }
      if (first.length >= 2) {
        operation = number(first[1], 0);
      }
      List<String> namesAndValues = new ArrayList<>();
      namesAndValues.add("Content-Type");
      namesAndValues.add(status >= 400 ? "application/problem+json" : "application/json");
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          namesAndValues.add(lines[i].substring(0, colon).trim());
          namesAndValues.add(lines[i].substring(colon + 1).trim());
        }
      }
      Headers headers;
      try {
        headers = Headers.of(namesAndValues.toArray(String[]::new));
      } catch (InvalidRequestException e) {
        // A transport never delivers a header it could not parse.
        headers = Headers.of(namesAndValues.subList(0, 2).toArray(String[]::new));
      }
      return new Scripted(
          Math.floorMod(operation, OPERATIONS.size()),
          TransportResponse.of(status, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int number(String text, int fallback) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void anyResponseIsAResourceOrAWalletException(byte[] input) {
    Scripted scripted = Scripted.parse(input);
    try (WalletClient client =
        WalletClient.builder()
            .baseUrl("https://wallet.example")
            .apiKey(ApiKey.of(API_KEY))
            .transport(request -> scripted.response())
            .retries(RetryPolicy.none())
            .build()) {
      try {
        OPERATIONS.get(scripted.operation()).accept(client);
        assertThat(scripted.response().status()).isBetween(200, 299);
      } catch (WalletException e) {
        int status = scripted.response().status();
        assertThat(e.getMessage()).doesNotContain(API_KEY);
        assertThat(String.valueOf(e)).doesNotContain(API_KEY);
        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE_CHARS);
        assertThat(e.getMessage().chars()).noneMatch(Character::isISOControl);
        if (status >= 400) {
          assertThat(e.httpStatus()).isEqualTo(status);
        }
        if (status < 100 || status > 599) {
          assertThat(e).isExactlyInstanceOf(InvalidResponseException.class);
        }
      }
    }
  }
}
