/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What caused a {@link Transaction}. */
public enum TransactionType {
  /** Money added to the wallet from outside the platform. */
  FUNDING,
  /** A payment to a merchant. */
  PAYMENT,
  /** A refund of an earlier payment. */
  REFUND,
  /** A transfer received from another wallet. */
  TRANSFER_IN,
  /** A transfer sent to another wallet. */
  TRANSFER_OUT,
  /** A transfer sent to a bank account. */
  PAYOUT,
  /** A fee charged by the platform. */
  FEE,
  /** A wallet's share of a split bill. */
  SPLIT_BILL,
  /** A payment to a biller. */
  BILL_PAYMENT,
  /** Money credited for rewards points redeemed. */
  REWARDS_REDEMPTION,
  /** Money moved from the wallet's available balance into one of its savings pots. */
  POT_DEPOSIT,
  /** Money moved from one of the wallet's savings pots back to its available balance. */
  POT_WITHDRAWAL,
  /** A payment of an e-invoice: a debit of the payer, a credit of the issuing business wallet. */
  INVOICE_PAYMENT,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
