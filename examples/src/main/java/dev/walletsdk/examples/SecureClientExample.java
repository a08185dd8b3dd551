/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.KeysetWrappingKey;
import dev.walletsdk.crypto.SigningKeyset;
import dev.walletsdk.crypto.SigningPublicKey;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;

/**
 * A client with every protection on: requests signed with the partner's Ed25519 key (kept encrypted
 * at rest, wrapped by a key from a JDK key store), the bank account number encrypted to the
 * platform's HPKE key, and the platform's receipt verified on the response.
 */
public final class SecureClientExample {
  private SecureClientExample() {}

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
    MockWalletServer mock = MockWalletServer.inProcess();
    SigningKeyset keyset = storedAndReloadedKeyset(out);
    SigningPublicKey publicKey = keyset.primaryPublicKey();
    mock.control().registerSigningKey(mock.control().defaultPartner(), publicKey.publicKey());
    out.println("Registered signing key " + publicKey.keyId() + " with the platform");

    // The mock checks signatures against its virtual time, so sign with its clock.
    Clock clock = mock.control().clock();
    WalletClient.Builder signed =
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(mock.apiKey())
            .requestSigning(Ed25519RequestSigner.fromKeyset(keyset, clock));
    List<ServerKey> serverKeys;
    Wallet alice;
    try (WalletClient bootstrap = signed.build()) {
      serverKeys = bootstrap.keys().list();
      alice = bootstrap.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    }
    mock.control().fund(alice.id(), Money.of("200.00", "EUR"));
    out.println("Fetched " + serverKeys.size() + " server keys");

    try (WalletClient wallet =
        signed
            .fieldEncryption(HpkeFieldEncryptor.forServerKeys(serverKeys))
            .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(serverKeys))
            .build()) {
      Transfer payout =
          wallet
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .toAccount(
                              BankAccount.of("Bob Builder", "DE89370400440532013000", "COBADEFF"))
                          .amount(Money.of("120.00", "EUR")));
      out.println(
          "Payout "
              + payout.status().name().toLowerCase()
              + " to "
              + payout.destinationAccount().orElseThrow()
              + ", receipt "
              + payout.receipt().orElseThrow().keyId()
              + " verified");
    }
  }

  private static SigningKeyset storedAndReloadedKeyset(PrintStream out) {
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      char[] password = "changeit".toCharArray();
      KeysetWrappingKey wrapping =
          KeysetWrappingKey.createInKeyStore(keyStore, "wallet-keyset", password);
      Path file = Files.createTempFile("signing-keyset", ".json");
      SigningKeyset.generate().write(file, wrapping);
      SigningKeyset loaded = SigningKeyset.read(file, wrapping);
      Files.delete(file);
      out.println("Stored the signing keyset encrypted at rest and loaded it back");
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PKCS12 is required of every Java platform", e);
    }
  }
}
