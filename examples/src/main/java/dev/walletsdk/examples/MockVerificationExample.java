/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import static dev.walletsdk.mock.RequestCount.exactly;
import static dev.walletsdk.mock.RequestCount.never;
import static dev.walletsdk.mock.RequestPattern.getRequestedFor;
import static dev.walletsdk.mock.RequestPattern.postRequestedFor;

import dev.walletsdk.client.ClientTls;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockTls;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.RecordedRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.util.List;

/**
 * Testing a client against the mock: verify the requests it sent (a transfer whose response was
 * lost is retried once, with the same idempotency key), then talk to the mock over HTTPS.
 */
public final class MockVerificationExample {
  private MockVerificationExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    try (MockWalletServer mock = MockWalletServer.inProcess();
        WalletClient wallet =
            WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet ann = wallet.wallets().open(r -> r.displayName("Ann").currency("EUR"));
      Wallet ben = wallet.wallets().open(r -> r.displayName("Ben").currency("EUR"));
      mock.control().fund(ann.id(), Money.of("50.00", "EUR"));
      mock.control()
          .injectFault(Fault.dropResponseAfterCommit().on("POST", "/v1/transfers").times(1));

      wallet.transfers().create(r -> r.from(ann.id()).to(ben.id()).amount(Money.of("5.00", "EUR")));

      mock.verify(exactly(2), postRequestedFor("/v1/transfers").withBodyContaining("\"5.00\""));
      mock.verify(never(), getRequestedFor("/v1/transfers"));
      List<RecordedRequest> transfers = mock.requests().find(postRequestedFor("/v1/transfers"));
      for (RecordedRequest request : transfers) {
        out.println("#" + request.sequence() + " " + request);
      }
      out.println(
          "Same idempotency key: "
              + transfers
                  .get(0)
                  .headers()
                  .first("Idempotency-Key")
                  .equals(transfers.get(1).headers().first("Idempotency-Key")));
      out.println(
          "Authorization kept as "
              + transfers.get(0).headers().first("Authorization").orElseThrow());
      out.println("Ben holds " + wallet.balances().get(ben.id(), CurrencyCode.EUR).available());
      overHttps(mock, ben, out);
    }
  }

  /**
   * Serves the same mock over HTTPS and reads a balance through a client trusting its certificate.
   */
  private static void overHttps(MockWalletServer mock, Wallet ben, PrintStream out) {
    MockTls tls = MockTls.selfSigned();
    ClientTls trust = ClientTls.builder().trustPemCertificates(tls.certificatePem()).build();
    try (MockHttpServer server = mock.start(0, tls);
        WalletClient overTls =
            WalletClient.builder()
                .baseUrl(server.baseUrl().toString())
                .apiKey(mock.apiKey())
                .tls(trust)
                .build()) {
      out.println(
          "Over "
              + server.baseUrl().getScheme()
              + ": Ben holds "
              + overTls.balances().get(ben.id(), CurrencyCode.EUR).available());
    }
  }
}
