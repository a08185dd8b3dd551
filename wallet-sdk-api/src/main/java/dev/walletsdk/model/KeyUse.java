/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What a {@link ServerKey} is for. */
public enum KeyUse {
  /** Encrypting sensitive request fields to the server (HPKE). */
  FIELD_ENCRYPTION,
  /** Verifying the server's signatures on receipts. */
  RECEIPT_SIGNING,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
