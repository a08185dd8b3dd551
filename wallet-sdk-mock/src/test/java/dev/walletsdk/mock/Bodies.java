/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static dev.walletsdk.mock.MockApi.money;

/** Request bodies of Wallet API v1, written out as a client would send them. */
final class Bodies {
  /** The bank account payouts in these tests go to. */
  static final String ACCOUNT_NUMBER = "DE89370400440532013000";

  private Bodies() {}

  static String transfer(String from, String to, String amount, String currency) {
    return "{\"sourceWalletId\":\""
        + from
        + "\",\"destinationWalletId\":\""
        + to
        + "\",\"amount\":"
        + money(amount, currency)
        + "}";
  }

  static String transferAtQuote(String from, String to, String quoteId) {
    return "{\"sourceWalletId\":\""
        + from
        + "\",\"destinationWalletId\":\""
        + to
        + "\",\"quoteId\":\""
        + quoteId
        + "\"}";
  }

  static String payout(String from, String amount, String currency) {
    return "{\"sourceWalletId\":\""
        + from
        + "\",\"destinationAccount\":{\"holderName\":\"Alice Martin\",\"accountNumber\":\""
        + ACCOUNT_NUMBER
        + "\",\"bankCode\":\"COBADEFF\"},\"amount\":"
        + money(amount, currency)
        + "}";
  }

  static String sellQuote(String wallet, String amount, String currency, String buyCurrency) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"sellAmount\":"
        + money(amount, currency)
        + ",\"buyCurrency\":\""
        + buyCurrency
        + "\"}";
  }

  static String buyQuote(String wallet, String amount, String currency, String sellCurrency) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"buyAmount\":"
        + money(amount, currency)
        + ",\"sellCurrency\":\""
        + sellCurrency
        + "\"}";
  }

  static String payment(String wallet, String merchant, String amount, String currency) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"merchantId\":\""
        + merchant
        + "\",\"amount\":"
        + money(amount, currency)
        + "}";
  }

  static String paymentAtQuote(String wallet, String merchant, String quoteId) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"merchantId\":\""
        + merchant
        + "\",\"quoteId\":\""
        + quoteId
        + "\"}";
  }

  static String refund(String amount, String currency) {
    return "{\"amount\":" + money(amount, currency) + "}";
  }
}
