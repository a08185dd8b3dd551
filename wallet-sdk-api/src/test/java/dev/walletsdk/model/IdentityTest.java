/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityTest {
  private static Address address() {
    return Address.builder()
        .line1("Hauptstrasse 7")
        .city("Berlin")
        .postalCode("10115")
        .country("DE")
        .build();
  }

  private static Identity full() {
    return Identity.builder()
        .fullName("Ada Lovelace")
        .dateOfBirth(LocalDate.of(1990, 12, 10))
        .nationalId("T22000129")
        .address(address())
        .build();
  }

  @Test
  void fullNameIsCheckedAtOnceWithoutEchoingIt() {
    assertRejected(
        () -> Identity.builder().fullName("x".repeat(141)),
        "identity.fullName",
        "invalid_length",
        "identity.fullName must be 1 to 140 characters but has 141");
    assertRejected(
        () -> Identity.builder().fullName(null),
        "identity.fullName",
        "required",
        "identity.fullName is required");
  }

  @Test
  void dateOfBirthIsRequiredAndPlausible() {
    assertRejected(
        () -> Identity.builder().dateOfBirth(LocalDate.of(1899, 12, 31)),
        "identity.dateOfBirth",
        "out_of_range",
        "identity.dateOfBirth must be on or after 1900-01-01");
    assertRejected(
        () -> Identity.builder().fullName("Ada Lovelace").build(),
        "identity.dateOfBirth",
        "required",
        "identity.dateOfBirth is required");
  }

  @Test
  void nationalIdIsBounded() {
    assertRejected(
        () -> Identity.builder().nationalId(""),
        "identity.nationalId",
        "invalid_length",
        "identity.nationalId must be 1 to 32 characters but has 0");
  }

  @Test
  void countryMustBeAnIsoCodeAndIsNotEchoed() {
    assertRejected(
        () -> Address.builder().country("de"),
        "address.country",
        "invalid_country",
        "address.country must be an upper-case ISO 3166-1 alpha-2 code such as DE");
    assertRejected(
        () -> Address.builder().line1("Hauptstrasse 7").city("Berlin").country("DE").build(),
        "address.postalCode",
        "required",
        "address.postalCode is required");
  }

  @Test
  void toStringNamesTheFieldsButNoPersonalData() {
    assertThat(full())
        .hasToString("Identity{fullName, dateOfBirth, nationalId, address: redacted}");
    assertThat(Identity.builder().fullName("Ada").dateOfBirth(LocalDate.of(1990, 1, 1)).build())
        .hasToString("Identity{fullName, dateOfBirth: redacted}");
    assertThat(address()).hasToString("Address{line1, city, postalCode, country: redacted}");
    assertThat(
            OpenWalletRequest.builder()
                .displayName("Ada")
                .currency("EUR")
                .identity(full())
                .build()
                .toString())
        .doesNotContain("Lovelace", "1990", "T22000129", "Hauptstrasse", "Berlin", "10115");
  }

  @Test
  void equalIdentitiesAreEqual() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full().address()).hasValue(address());
  }

  @Test
  void upgradeNeedsAHigherLevelThanUnverified() {
    assertRejected(
        () -> KycUpgradeRequest.builder().level(KycLevel.UNVERIFIED),
        "level",
        "invalid_level",
        "level must be BASIC or FULL but was UNVERIFIED");
    assertRejected(
        () -> KycUpgradeRequest.builder().level(KycLevel.FULL).build(),
        "wallet",
        "required",
        "wallet is required");
    KycUpgradeRequest request =
        KycUpgradeRequest.builder()
            .wallet(WalletId.of("wal_a"))
            .level(KycLevel.FULL)
            .identity(full())
            .build();
    assertThat(request.toString()).doesNotContain("Lovelace", "T22000129");
  }

  @Test
  void dataExportShowsOnlyWalletTimeAndSize() {
    DataExport export =
        DataExport.of(
            WalletId.of("wal_a"),
            java.time.Instant.parse("2026-01-01T00:00:00Z"),
            "{\"displayName\":\"Ada Lovelace\"}");
    assertThat(export)
        .hasToString("DataExport{walletId=wal_a, generatedAt=2026-01-01T00:00:00Z, size=30 bytes}");
  }
}
