/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/**
 * How far a wallet holder's identity is verified. Each level has its own limits on outgoing money;
 * a higher level has higher limits. Levels only go up.
 */
public enum KycLevel {
  /** No identity was verified; the lowest limits apply. */
  UNVERIFIED,
  /** The holder's name and date of birth were verified, and the holder is an adult. */
  BASIC,
  /** In addition, a national identity number and a postal address were verified. */
  FULL,
  /** A level this version of the SDK does not know; a newer server sent it, or none at all. */
  UNKNOWN
}
