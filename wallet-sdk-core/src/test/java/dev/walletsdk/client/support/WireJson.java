/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

/** Wallet API v1 bodies as a server sends them, for scripted responses. */
public final class WireJson {
  private WireJson() {}

  public static String money(String amount, String currency) {
    return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}";
  }

  public static String transfer(String id, String description) {
    return "{\"object\":\"transfer\",\"id\":\""
        + id
        + "\",\"sourceWalletId\":\"wal_a\",\"destinationWalletId\":\"wal_b\",\"sourceAmount\":"
        + money("25.00", "EUR")
        + ",\"destinationAmount\":"
        + money("25.00", "EUR")
        + ",\"fee\":"
        + money("0.00", "EUR")
        + ",\"description\":\""
        + description
        + "\",\"status\":\"completed\",\"createdAt\":\"2026-11-24T10:00:00Z\"}";
  }

  public static String transfer(String id) {
    return transfer(id, "lunch");
  }

  public static String challenge(String id, String status) {
    return "{\"object\":\"challenge\",\"id\":\""
        + id
        + "\",\"method\":\"totp\",\"status\":\""
        + status
        + "\",\"operation\":\"transfers.create\",\"amount\":"
        + money("25.00", "EUR")
        + ",\"createdAt\":\"2026-11-24T10:00:00Z\",\"expiresAt\":\"2026-11-24T10:05:00Z\"}";
  }

  public static String stepUpProblem(String challengeId) {
    return "{\"type\":\"https://walletsdk.dev/problems/step_up_required\",\"title\":\"Step-up"
        + " required\",\"status\":401,\"code\":\"step_up_required\",\"detail\":\"confirm the"
        + " transfer with a one-time password\",\"challenge\":"
        + challenge(challengeId, "pending")
        + "}";
  }

  public static String challengeResult(String challengeId, String resultJson) {
    return "{\"object\":\"challenge_result\",\"challenge\":"
        + challenge(challengeId, "confirmed")
        + ",\"result\":"
        + resultJson
        + "}";
  }

  public static String transaction(String id) {
    return "{\"object\":\"transaction\",\"id\":\""
        + id
        + "\",\"walletId\":\"wal_a\",\"type\":\"funding\",\"direction\":\"credit\",\"amount\":"
        + money("10.00", "EUR")
        + ",\"balanceAfter\":"
        + money("10.00", "EUR")
        + ",\"resourceId\":\"fnd_1\",\"createdAt\":\"2026-11-24T10:00:00Z\"}";
  }

  public static String event(String id) {
    return "{\"object\":\"event\",\"id\":\""
        + id
        + "\",\"type\":\"transfer.completed\",\"createdAt\":\"2026-11-24T10:00:00Z\",\"data\":"
        + transfer("trf_1")
        + "}";
  }

  /** A list page: items joined, with a next cursor or none. */
  public static String page(String nextCursor, String... items) {
    return "{\"object\":\"list\",\"data\":["
        + String.join(",", items)
        + "],\"hasMore\":"
        + (nextCursor != null)
        + (nextCursor == null ? "" : ",\"nextCursor\":\"" + nextCursor + "\"")
        + "}";
  }
}
