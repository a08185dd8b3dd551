/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.LimitExceededException;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.KycLimit;
import dev.walletsdk.model.KycTier;
import dev.walletsdk.model.KycVerification;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** KYC through the client: identity sent encrypted or not at all, levels, upgrades, limits. */
class KycClientTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final WalletClient plain =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final WalletClient client =
      WalletClient.builder()
          .transport(mock.transport())
          .apiKey(mock.apiKey())
          .fieldEncryption(HpkeFieldEncryptor.forServerKeys(plain.keys().list()))
          .build();

  @AfterEach
  void audit() {
    client.close();
    plain.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private static Identity basic() {
    return Identity.builder()
        .fullName("Ada Lovelace")
        .dateOfBirth(LocalDate.of(1990, 12, 10))
        .build();
  }

  private static Identity full() {
    return Identity.builder()
        .fullName("Ada Lovelace")
        .dateOfBirth(LocalDate.of(1990, 12, 10))
        .nationalId("T22000129")
        .address(
            Address.builder()
                .line1("Hauptstrasse 7")
                .city("Berlin")
                .postalCode("10115")
                .country("DE")
                .build())
        .build();
  }

  @Test
  void walletOpenedWithAnIdentityIsVerified() {
    Wallet wallet =
        client.wallets().open(r -> r.displayName("Ada").currency("EUR").identity(basic()));

    assertThat(wallet.kycLevel()).isEqualTo(KycLevel.BASIC);
    assertThat(wallet.kycVerifiedAt()).hasValue(START);
    assertThat(client.wallets().get(wallet.id())).isEqualTo(wallet);
  }

  @Test
  void identityIsNeverSentWithoutFieldEncryption() {
    long before = mock.control().apiRequests();

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> plain.wallets().open(r -> r.displayName("Ada").currency("EUR").identity(full())));

    assertThat(e.code()).isEqualTo(ErrorCode.ENCRYPTION_REQUIRED);
    assertThat(e.httpStatus()).isZero();
    assertThat(e.getMessage())
        .isEqualTo(
            "wallets.open sends personal data, which may only be sent field-encrypted; configure"
                + " fieldEncryption on the client builder");
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly(
            "/identity/fullName",
            "/identity/dateOfBirth",
            "/identity/nationalId",
            "/identity/address/line1",
            "/identity/address/city",
            "/identity/address/postalCode",
            "/identity/address/country");
    assertThat(mock.control().apiRequests()).isEqualTo(before);
    assertThat(plain.wallets().open(r -> r.displayName("Ada").currency("EUR")).kycLevel())
        .isEqualTo(KycLevel.UNVERIFIED);
  }

  @Test
  void upgradeRaisesTheLevelAndItsLimitsAtOnce() {
    mock.control()
        .setKycLimits(KycLevel.UNVERIFIED, CurrencyCode.EUR, Money.of("50.00", "EUR"), null);
    mock.control().setKycLimits(KycLevel.FULL, CurrencyCode.EUR, Money.of("500.00", "EUR"), null);
    Wallet wallet = client.wallets().open(r -> r.displayName("Ada").currency("EUR"));
    mock.control().fund(wallet.id(), Money.of("200.00", "EUR"));
    LimitExceededException refused =
        catchThrowableOfType(
            LimitExceededException.class,
            () ->
                client
                    .transfers()
                    .create(
                        r ->
                            r.from(wallet.id())
                                .to(mock.control().openWallet("Bob", CurrencyCode.EUR))
                                .amount(Money.of("80.00", "EUR"))));

    KycVerification verification =
        client.kyc().upgrade(r -> r.wallet(wallet.id()).level(KycLevel.FULL).identity(full()));

    assertThat(refused.getMessage()).contains("for KYC level unverified");
    assertThat(verification.previousLevel()).isEqualTo(KycLevel.UNVERIFIED);
    assertThat(verification.level()).isEqualTo(KycLevel.FULL);
    assertThat(verification.verifiedAt()).isEqualTo(START);
    assertThat(verification.limits())
        .containsExactly(KycLimit.of(CurrencyCode.EUR, Money.of("500.00", "EUR"), null));
    assertThat(client.wallets().get(wallet.id()).kycLevel()).isEqualTo(KycLevel.FULL);
  }

  @Test
  void levelsListEachLevelsLimits() {
    mock.control()
        .setKycLimits(
            KycLevel.BASIC, CurrencyCode.EUR, Money.of("150.00", "EUR"), Money.of("300.00", "EUR"));

    assertThat(client.async().kyc().levels().join())
        .containsExactly(
            KycTier.of(KycLevel.UNVERIFIED, List.of()),
            KycTier.of(
                KycLevel.BASIC,
                List.of(
                    KycLimit.of(
                        CurrencyCode.EUR, Money.of("150.00", "EUR"), Money.of("300.00", "EUR")))),
            KycTier.of(KycLevel.FULL, List.of()));
  }

  @Test
  void sameLevelIsAConflictAndAMismatchIsRejected() {
    Wallet wallet =
        client.wallets().open(r -> r.displayName("Ada").currency("EUR").identity(basic()));

    ConflictException same =
        catchThrowableOfType(
            ConflictException.class,
            () -> client.kyc().upgrade(r -> r.wallet(wallet.id()).level(KycLevel.BASIC)));
    InvalidRequestException rejected =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.kyc().upgrade(r -> r.wallet(wallet.id()).level(KycLevel.FULL)));

    assertThat(same.code()).isEqualTo(ErrorCode.KYC_LEVEL_NOT_HIGHER);
    assertThat(same.httpStatus()).isEqualTo(409);
    assertThat(rejected.code()).isEqualTo(ErrorCode.KYC_REJECTED);
    assertThat(rejected.httpStatus()).isEqualTo(422);
    assertThat(rejected.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("/identity/nationalId", "/identity/address");
  }

  @Test
  void walletFromAServerWithoutKycHasAnUnknownLevel() {
    String json =
        "{\"object\":\"wallet\",\"id\":\"wal_a\",\"displayName\":\"Ada\",\"status\":\"active\","
            + "\"currencies\":[\"EUR\"],\"createdAt\":\"2026-01-01T00:00:00Z\"}";

    Wallet wallet =
        ModelReaders.wallet(
            JsonRead.root(Json.parse(json.getBytes(StandardCharsets.UTF_8)), "wallet"));

    assertThat(wallet.kycLevel()).isEqualTo(KycLevel.UNKNOWN);
    assertThat(wallet.kycVerifiedAt()).isEmpty();
  }
}
