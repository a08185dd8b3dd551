/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds of voucher payments in many parts: the holder's share and the discount's share each sum
 * exactly to what was paid and what was funded, whatever the parts.
 */
class VoucherRefundsTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private String wallet;
  private String shop;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
    shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private String voucherPayment(int percentOff, String amount) {
    Reply offer =
        api.post(
            "/v1/offers",
            "{\"merchantId\":\""
                + shop
                + "\",\"title\":\"Deal\",\"currency\":\"EUR\",\"validUntil\":"
                + "\"2026-04-01T00:00:00Z\",\"percentOff\":"
                + percentOff
                + "}");
    String voucher =
        api.post(
                "/v1/offers/" + offer.text("/id") + "/vouchers",
                "{\"walletId\":\"" + wallet + "\"}")
            .text("/id");
    Reply paid =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + wallet
                + "\",\"merchantId\":\""
                + shop
                + "\",\"amount\":"
                + MockApi.money(amount, "EUR")
                + ",\"voucherId\":\""
                + voucher
                + "\"}");
    assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
    return paid.text("/id");
  }

  private List<String> refundInCents(String payment, int parts) {
    List<String> credited = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      Reply refund =
          api.post(
              "/v1/payments/" + payment + "/refunds",
              "{\"amount\":" + MockApi.money("0.01", "EUR") + "}");
      assertThat(refund.status()).as(refund.body().toString()).isEqualTo(201);
      credited.add(refund.text("/creditedAmount/amount"));
    }
    return credited;
  }

  private long posted(String account) {
    return mock.runtime()
        .read(engine -> engine.ledger().find(account).map(Account::posted).orElse(0L));
  }

  @Test
  void centByCentRefundsReturnExactlyTheDiscountToTheFundingAndNeverMoreThanEachRefund() {
    // 50 % off 0.10 EUR: the holder pays 0.05 and the merchant's offer funding 0.05.
    String payment = voucherPayment(50, "0.10");

    List<String> credited = refundInCents(payment, 10);

    assertThat(credited).allSatisfy(c -> assertThat(c).isIn("0.00", "0.01"));
    assertThat(credited.stream().filter("0.01"::equals).count()).isEqualTo(5);
    assertThat(
            api.get("/v1/wallets/" + wallet + "/balances?currency=EUR")
                .text("/balances/0/available/amount"))
        .isEqualTo("1000.00");
    assertThat(posted("system:offers:" + shop + ":EUR")).isZero();
    assertThat(posted("system:merchants:EUR")).isZero();
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  private Money balance() {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  private static String cents(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  private long minor(String amount) {
    return new BigDecimal(amount).movePointRight(2).longValueExact();
  }

  /** Whether a voucher of this percentage takes more than nothing and less than all off. */
  private static boolean applies(int percent, int amount) {
    long discount = (amount * percent + 50) / 100;
    return discount > 0 && discount < amount;
  }

  private Reply refund(String payment, String amount) {
    String body = amount == null ? "{}" : "{\"amount\":" + MockApi.money(amount, "EUR") + "}";
    return api.post("/v1/payments/" + payment + "/refunds", body);
  }

  @Test
  void refundsInAnyPartsSplitEachPartBetweenHolderAndFundingAndSumToWhatEachPaid() {
    String funding = "system:offers:" + shop + ":EUR";
    qt().withExamples(60)
        .forAll(
            integers().between(1, 99),
            integers().between(2, 24),
            lists().of(integers().between(1, 3)).ofSizeBetween(1, 10))
        .assuming((percent, amount, parts) -> applies(percent, amount))
        .checkAssert(
            (percent, amount, parts) -> {
              Money walletBefore = balance();
              long fundingBefore = posted(funding);
              String payment = voucherPayment(percent, cents(amount));
              long remaining = amount;
              for (int part : parts) {
                if (part >= remaining) {
                  break;
                }
                Reply refund = refund(payment, cents(part));
                long credited = minor(refund.text("/creditedAmount/amount"));
                assertThat(credited).isBetween(0L, (long) part);
                remaining -= part;
              }
              assertThat(refund(payment, null).status()).isEqualTo(201);
              assertThat(balance()).isEqualTo(walletBefore);
              assertThat(posted(funding)).isEqualTo(fundingBefore);
            });
    assertThat(posted("system:merchants:EUR")).isZero();
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void concurrentPartialRefundsCreditExactlyWhatTheHolderPaid() throws Exception {
    String payment = voucherPayment(50, "0.10");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      replies.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return refund(payment, "0.01");
              }));
    }
    start.countDown();
    long credited = 0;
    for (Future<Reply> reply : replies) {
      Reply r = reply.get(30, TimeUnit.SECONDS);
      assertThat(r.status()).isEqualTo(201);
      credited += minor(r.text("/creditedAmount/amount"));
    }
    pool.shutdown();
    credited += minor(refund(payment, null).text("/creditedAmount/amount"));

    assertThat(credited).isEqualTo(5);
    assertThat(api.get("/v1/payments/" + payment).text("/refundedAmount/amount")).isEqualTo("0.10");
    assertThat(posted("system:offers:" + shop + ":EUR")).isZero();
    assertThat(posted("system:merchants:EUR")).isZero();
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }
}
