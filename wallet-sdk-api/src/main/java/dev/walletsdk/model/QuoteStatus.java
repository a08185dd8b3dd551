/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The lifecycle state of a {@link Quote}. */
public enum QuoteStatus {
  /** The quote can be used by one payment or transfer until it expires. */
  OPEN,
  /** A payment or transfer has used the quote; a quote is single-use. */
  USED,
  /** The quote expired before it was used. */
  EXPIRED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
