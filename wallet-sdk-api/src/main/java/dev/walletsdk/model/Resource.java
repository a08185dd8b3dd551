/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/**
 * A resource of Wallet API v1 that can stand on its own: the data of an {@link Event}, or the
 * result of a confirmed step-up {@link Challenge} ({@link ChallengeResult#result()}).
 *
 * <p>Switch over the permitted types to handle each kind; {@link UnknownResource} stands for
 * resources this version of the SDK does not know.
 */
public sealed interface Resource
    permits Wallet,
        Payment,
        Refund,
        Transfer,
        Transaction,
        Challenge,
        PaymentToken,
        SplitBill,
        BillPayment,
        RewardsEntry,
        RewardsRedemption,
        KycVerification,
        DataExportSummary,
        Erasure,
        BudgetAlert,
        RiskFlag,
        RiskReview,
        UnknownResource,
        Pot,
        PotMove,
        Offer,
        Voucher,
        Invoice,
        InvoicePayment,
        MembershipTierChange,
        PayoutBatch {}
