/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** How the customer answers a {@link Challenge}. */
public enum ChallengeMethod {
  /** A time-based one-time password (RFC 6238) from the customer's authenticator. */
  TOTP,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
