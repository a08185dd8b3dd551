/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.StepUpHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a partner switches on for the secure configuration of a reliability run: RFC 9421
 * request signing, HPKE field encryption (payout account numbers, holder identities), receipt
 * verification, and automatic step-up answered by an authenticator that holds each wallet's TOTP
 * secret.
 *
 * <p>The authenticator plays the customer's app on the platform's virtual clock: the platform
 * accepts each wallet's code once per 30-second step, so when a wallet's code for the current step
 * was already given out, the authenticator moves the platform clock on by one step, as a customer
 * waiting for the next code would.
 */
final class SecureConfiguration {
  /** Payments, transfers and payouts at or above these amounts need step-up (about 10%). */
  static final List<Money> STEP_UP_THRESHOLDS =
      List.of(Money.of("45.00", "EUR"), Money.of("45.00", "USD"));

  private static final Totp TOTP = Totp.defaults();

  private final Ed25519KeyPair keys = Ed25519Keys.generate();
  private final Clock platformClock;
  private final Consumer<Duration> advancePlatformClock;
  private final Map<WalletId, TotpSecret> secrets = new HashMap<>();
  private final Map<WalletId, Long> lastStepGiven = new HashMap<>();
  private final Map<WalletId, StepUpHandler> authenticators = new HashMap<>();
  private String keyId = "";
  private List<ServerKey> serverKeys = List.of();
  private int clockSteps;

  SecureConfiguration(Clock platformClock, Consumer<Duration> advancePlatformClock) {
    this.platformClock = platformClock;
    this.advancePlatformClock = advancePlatformClock;
  }

  /** The partner's public signing key, to register with the platform. */
  byte[] publicKey() {
    return keys.publicKey();
  }

  /** Completes the setup with the key id the platform gave and the keys it publishes. */
  void registered(String keyId, List<ServerKey> serverKeys) {
    this.keyId = keyId;
    this.serverKeys = List.copyOf(serverKeys);
  }

  /** Switches signing, field encryption and receipt verification on. */
  WalletClient.Builder apply(WalletClient.Builder builder) {
    return builder
        .requestSigning(Ed25519RequestSigner.create(keyId, keys, platformClock))
        .fieldEncryption(HpkeFieldEncryptor.forServerKeys(serverKeys))
        .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(serverKeys));
  }

  /**
   * Opens a run's wallet in EUR and USD; in the secure configuration with an identity of its own,
   * whose every field travels HPKE-encrypted.
   */
  static WalletId openWallet(WalletClient client, String name, int holder, boolean secure) {
    return client
        .wallets()
        .open(
            r -> {
              r.displayName(name).currency("EUR").currency("USD");
              if (secure) {
                r.identity(identity(holder));
              }
            })
        .id();
  }

  /** An identity of full KYC level; every field travels HPKE-encrypted. */
  static Identity identity(int holder) {
    return Identity.builder()
        .fullName("Chaos Holder " + holder)
        .dateOfBirth(LocalDate.of(1980, 1, 1 + holder % 28))
        .nationalId("T2200" + (1000 + holder))
        .address(
            Address.builder()
                .line1("Hauptstrasse " + (1 + holder))
                .city("Berlin")
                .postalCode("10115")
                .country("DE")
                .build())
        .build();
  }

  /** Remembers a wallet's enrolled TOTP secret. */
  synchronized void enrolled(WalletId wallet, TotpSecret secret) {
    secrets.put(wallet, secret);
    authenticators.put(wallet, challenge -> Optional.of(code(wallet)));
  }

  /** The step-up handler that answers the wallet's challenges. */
  synchronized StepUpHandler authenticator(WalletId wallet) {
    return authenticators.get(wallet);
  }

  /** How often the authenticator moved the platform clock on. */
  synchronized int clockSteps() {
    return clockSteps;
  }

  private synchronized String code(WalletId wallet) {
    Instant now = platformClock.instant();
    Long last = lastStepGiven.get(wallet);
    if (last != null && TOTP.step(now) <= last) {
      advancePlatformClock.accept(TOTP.period());
      clockSteps++;
      now = platformClock.instant();
    }
    lastStepGiven.put(wallet, TOTP.step(now));
    return TOTP.generate(secrets.get(wallet), now);
  }
}
