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
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of operations — fundings, transfers in one currency and across currencies,
 * payments, refunds, payouts settled or failed — always leave the ledger auditable, with no wallet
 * below zero and every request answered with a 2xx or an expected 4xx.
 */
class LedgerPropertiesTest {
  private static final Set<String> EXPECTED_REFUSALS =
      Set.of("insufficient_funds", "refund_exceeds_payment", "invalid_request");

  @Test
  void randomOperationSequencesKeepTheLedgerAuditable() {
    qt().withExamples(40)
        .withShrinkCycles(20)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
        .checkAssert(LedgerPropertiesTest::runSequence);
  }

  private static void runSequence(List<Integer> draws) {
    MockWalletServer mock = MockWalletServer.inProcess();
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.0850"));
    MockApi api = new MockApi(mock);
    List<String> wallets =
        List.of(
            api.openWallet("A", "EUR", "USD"),
            api.openWallet("B", "EUR"),
            api.openWallet("C", "USD"));
    List<String> payments = new ArrayList<>();
    List<String> payouts = new ArrayList<>();
    for (int draw : draws) {
      String wallet = wallets.get(draw % 3);
      String other = wallets.get((draw / 3 + 1 + draw % 3) % 3);
      String currency = wallet.equals(wallets.get(2)) ? "USD" : "EUR";
      String amount =
          Money.ofMinor(1 + (draw / 9) % 50_000, CurrencyCode.of(currency)).toAmountString();
      Reply reply =
          switch ((draw / 7) % 7) {
            case 0 -> {
              mock.control().fund(WalletId.of(wallet), Money.of(amount, currency));
              yield null;
            }
            case 1 -> api.post("/v1/transfers", transfer(wallet, other, amount, currency));
            case 2 -> fxTransfer(api, wallet, other, amount, currency);
            case 3 -> record(payments, api.post("/v1/payments", payment(wallet, amount, currency)));
            case 4 -> payments.isEmpty() ? null : refund(api, payments.get(draw % payments.size()));
            case 5 -> record(payouts, api.post("/v1/transfers", payout(wallet, amount, currency)));
            default -> {
              resolvePayout(mock, payouts, draw);
              yield null;
            }
          };
      if (reply != null && reply.status() >= 300) {
        assertThat(reply.code()).isIn(EXPECTED_REFUSALS);
      }
    }
    assertThat(mock.ledger().audit().violations()).isEmpty();
    for (String wallet : wallets) {
      for (CurrencyCode currency : List.of(CurrencyCode.EUR, CurrencyCode.USD)) {
        assertThat(mock.control().balance(WalletId.of(wallet), currency).isNegative()).isFalse();
      }
    }
  }

  private static Reply record(List<String> ids, Reply reply) {
    if (reply.status() == 201) {
      ids.add(reply.text("/id"));
    }
    return reply;
  }

  private static void resolvePayout(MockWalletServer mock, List<String> payouts, int draw) {
    if (!payouts.isEmpty()) {
      TransferId payout = TransferId.of(payouts.remove(draw % payouts.size()));
      if (draw % 2 == 0) {
        mock.control().settlePayout(payout);
      } else {
        mock.control().failPayout(payout);
      }
    }
  }

  private static Reply fxTransfer(
      MockApi api, String from, String to, String amount, String currency) {
    String buy = currency.equals("EUR") ? "USD" : "EUR";
    Reply quote =
        api.post(
            "/v1/quotes",
            "{\"walletId\":\""
                + from
                + "\",\"sellAmount\":"
                + MockApi.money(amount, currency)
                + ",\"buyCurrency\":\""
                + buy
                + "\"}");
    if (quote.status() != 201) {
      return quote;
    }
    return api.post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + from
            + "\",\"destinationWalletId\":\""
            + to
            + "\",\"quoteId\":\""
            + quote.text("/id")
            + "\"}");
  }

  private static Reply refund(MockApi api, String payment) {
    return api.post("/v1/payments/" + payment + "/refunds", "{}");
  }

  private static String transfer(String from, String to, String amount, String currency) {
    return "{\"sourceWalletId\":\""
        + from
        + "\",\"destinationWalletId\":\""
        + to
        + "\",\"amount\":"
        + MockApi.money(amount, currency)
        + "}";
  }

  private static String payment(String wallet, String amount, String currency) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"merchantId\":\"mer_demo\",\"amount\":"
        + MockApi.money(amount, currency)
        + "}";
  }

  private static String payout(String wallet, String amount, String currency) {
    return "{\"sourceWalletId\":\""
        + wallet
        + "\",\"destinationAccount\":{\"holderName\":\"H\","
        + "\"accountNumber\":\"NL91ABNA0417164300\"},\"amount\":"
        + MockApi.money(amount, currency)
        + "}";
  }
}
