/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A wallet holder's identity as the platform keeps it, decrypted. Personal data: the record's
 * {@code toString} names no value, so it cannot leak through a log line or an assertion message.
 *
 * @param fullName the full legal name
 * @param dateOfBirth the date of birth
 * @param nationalId the national identity number, if given
 * @param address the postal address, if given
 */
public record IdentityRecord(
    String fullName,
    LocalDate dateOfBirth,
    @Nullable String nationalId,
    @Nullable AddressRecord address) {

  /**
   * A postal address.
   *
   * @param line1 street and house number
   * @param city the city
   * @param postalCode the postal code
   * @param country ISO 3166-1 alpha-2
   */
  public record AddressRecord(String line1, String city, String postalCode, String country) {
    @Override
    public String toString() {
      return "AddressRecord{redacted}";
    }
  }

  @Override
  public String toString() {
    return "IdentityRecord{redacted}";
  }
}
