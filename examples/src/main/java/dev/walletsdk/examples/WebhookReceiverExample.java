/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver: an HTTP endpoint on loopback that checks each delivery's Standard Webhooks
 * signature with the endpoint's secret, turns it into a typed event and dispatches it to one
 * handler per event type. The platform (here the embedded mock) delivers every event twice, as real
 * networks sometimes do, and the dispatcher handles each event once.
 */
public final class WebhookReceiverExample {
  private WebhookReceiverExample() {}

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
    MockWalletServer mock = MockWalletServer.inProcess();
    AtomicInteger duplicates = new AtomicInteger();
    EventDispatcher events =
        EventDispatcher.builder()
            .on(
                EventType.WALLET_CREATED,
                Wallet.class,
                (event, wallet) -> out.println("wallet.created: " + wallet.displayName()))
            .on(
                EventType.WALLET_FUNDED,
                Transaction.class,
                (event, funding) -> out.println("wallet.funded: +" + funding.amount()))
            .on(
                EventType.PAYMENT_SUCCEEDED,
                Payment.class,
                (event, payment) ->
                    out.println(
                        "payment.succeeded: " + payment.amount() + " to " + payment.merchantId()))
            .on(
                EventType.REWARDS_EARNED,
                RewardsEntry.class,
                (event, entry) ->
                    out.println(
                        "rewards.earned: +"
                            + entry.points()
                            + " points, "
                            + entry.balanceAfter()
                            + " in all"))
            .on(
                EventType.REFUND_SUCCEEDED,
                Refund.class,
                (event, refund) -> out.println("refund.succeeded: " + refund.amount()))
            .on(
                EventType.TRANSFER_COMPLETED,
                Transfer.class,
                (event, transfer) -> out.println("transfer.completed: " + transfer.sourceAmount()))
            .on(
                EventType.SPLIT_BILL_SUCCEEDED,
                SplitBill.class,
                (event, bill) ->
                    out.println(
                        "split_bill.succeeded: "
                            + bill.amount()
                            + " shared by "
                            + bill.participants().size()
                            + " wallets"))
            .on(
                EventType.BILL_PAYMENT_SUCCEEDED,
                BillPayment.class,
                (event, bill) ->
                    out.println(
                        "bill_payment.succeeded: " + bill.amount() + " to " + bill.billerId()))
            .otherwise(event -> out.println("not handled here: " + event.type()))
            .deduplicate(10_000)
            .build();

    HttpServer server = bindLoopback();
    try {
      WebhookEndpoint endpoint =
          mock.webhooks()
              .addEndpoint(
                  URI.create(
                      "http://127.0.0.1:" + server.getAddress().getPort() + "/wallet-webhooks"));
      // The mock runs on a virtual clock; a real receiver passes Clock.systemUTC().
      WebhookHandler webhooks =
          WebhookHandler.create(
              StandardWebhookVerifier.create(List.of(endpoint.secret()), mock.control().clock()));
      server.createContext(
          "/wallet-webhooks", exchange -> receive(exchange, webhooks, events, duplicates));
      server.start();
      mock.webhooks().setChaos(1.0, false); // deliver every event twice

      try (WalletClient wallet =
          WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
        drive(mock, wallet);
      }

      // In-process, the mock delivers when asked; deliverDue() returns once every due delivery
      // has been answered, so no waiting on the wall clock is needed.
      int delivered = mock.webhooks().deliverDue();
      out.println(
          delivered
              + " events delivered, "
              + duplicates.get()
              + " duplicate deliveries skipped, "
              + mock.webhooks().pending()
              + " waiting for a retry");
    } finally {
      server.stop(0);
    }
  }

  private static HttpServer bindLoopback() {
    try {
      return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Answers one delivery: 204 once handled (or a duplicate), 400 if it is not a genuine event, and
   * 500 if a handler failed, so that the platform delivers it again later.
   */
  private static void receive(
      HttpExchange exchange,
      WebhookHandler webhooks,
      EventDispatcher events,
      AtomicInteger duplicates)
      throws IOException {
    int status;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes(); // exactly as received: the signature covers these bytes
      EventDispatcher.Outcome outcome = events.dispatch(webhooks.handle(headers(exchange), body));
      if (outcome == EventDispatcher.Outcome.DUPLICATE) {
        duplicates.incrementAndGet();
      }
      status = 204;
    } catch (SignatureVerificationException | InvalidResponseException e) {
      status = 400;
    } catch (RuntimeException e) {
      status = 500;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static Headers headers(HttpExchange exchange) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        headers.add(header.getKey(), value);
      }
    }
    return headers.build();
  }

  private static void drive(MockWalletServer mock, WalletClient wallet) {
    Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("200.00", "EUR"));
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    Payment payment =
        wallet
            .payments()
            .create(
                r ->
                    r.wallet(alice.id())
                        .merchant(mock.control().demoMerchant())
                        .amount(Money.of("42.00", "EUR")));
    wallet.payments().refund(r -> r.payment(payment.id()).amount(Money.of("12.00", "EUR")));
    wallet
        .transfers()
        .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("25.00", "EUR")));
    wallet
        .splitBills()
        .create(
            r ->
                r.merchant(mock.control().demoMerchant())
                    .amount(Money.of("30.00", "EUR"))
                    .share(alice.id(), Money.of("20.00", "EUR"))
                    .share(bob.id(), Money.of("10.00", "EUR")));
    wallet
        .billPayments()
        .create(
            r ->
                r.wallet(alice.id())
                    .biller(BillerId.of("blr_citypower"))
                    .customerReference("0012345678")
                    .amount(Money.of("64.20", "EUR")));
  }
}
