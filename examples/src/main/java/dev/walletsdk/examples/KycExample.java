/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.LimitExceededException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.KycLimit;
import dev.walletsdk.model.KycVerification;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * KYC tiers: an unverified wallet meets its level's limit, the holder's identity is sent
 * field-encrypted to raise the level, and the same payment then goes through.
 */
public final class KycExample {
  private KycExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    MockWalletServer mock =
        MockWalletServer.builder().startAt(Instant.parse("2026-06-01T09:00:00Z")).build();
    mock.control()
        .setKycLimits(KycLevel.UNVERIFIED, CurrencyCode.EUR, Money.of("100.00", "EUR"), null);
    mock.control()
        .setKycLimits(
            KycLevel.BASIC,
            CurrencyCode.EUR,
            Money.of("1000.00", "EUR"),
            Money.of("2500.00", "EUR"));

    WalletClient.Builder builder =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey());
    try (WalletClient bootstrap = builder.build();
        WalletClient wallet =
            builder
                .fieldEncryption(HpkeFieldEncryptor.forServerKeys(bootstrap.keys().list()))
                .build()) {
      wallet
          .kyc()
          .levels()
          .forEach(
              tier ->
                  out.println(
                      "Level "
                          + tier.level()
                          + ": "
                          + (tier.limits().isEmpty()
                              ? "no level limits"
                              : describe(tier.limits()))));
      Wallet ada = wallet.wallets().open(r -> r.displayName("Ada").currency("EUR"));
      mock.control().fund(ada.id(), Money.of("500.00", "EUR"));
      out.println("Opened " + ada.displayName() + " at level " + ada.kycLevel());

      try {
        pay(wallet, mock, ada);
      } catch (LimitExceededException e) {
        String message = e.getMessage();
        out.println(
            "Refused (" + e.code() + "): " + message.substring(0, message.indexOf(" [HTTP")));
      }

      // Every identity field travels HPKE-encrypted; the identity prints no personal data.
      Identity identity =
          Identity.builder()
              .fullName("Ada Lovelace")
              .dateOfBirth(LocalDate.of(1990, 12, 10))
              .build();
      KycVerification verification =
          wallet.kyc().upgrade(r -> r.wallet(ada.id()).level(KycLevel.BASIC).identity(identity));
      out.println(
          "Verified "
              + identity
              + ": "
              + verification.previousLevel()
              + " -> "
              + verification.level()
              + ", "
              + describe(verification.limits()));

      Payment payment = pay(wallet, mock, ada);
      out.println("Paid " + payment.amount() + ": " + payment.status().name().toLowerCase());
    }
  }

  private static Payment pay(WalletClient wallet, MockWalletServer mock, Wallet ada) {
    return wallet
        .payments()
        .create(
            r ->
                r.wallet(ada.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of("250.00", "EUR")));
  }

  private static String describe(List<KycLimit> limits) {
    StringBuilder text = new StringBuilder();
    for (KycLimit limit : limits) {
      text.append(limit.currency())
          .append(" per payment ")
          .append(limit.perTransaction().map(Money::toString).orElse("unlimited"))
          .append(", per day ")
          .append(limit.rolling24h().map(Money::toString).orElse("unlimited"));
    }
    return text.toString();
  }
}
