/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.internal.Jcs;
import dev.walletsdk.model.Transfer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Part 1 of docs/performance.md: the client's own cost of one transfer call, with the transport
 * answering recorded bytes at once, against {@link RawFloor}. {@code plain*} is a wallet-to-wallet
 * transfer without client-side crypto; {@code secure*} a payout with request signing, field
 * encryption and receipt verification. Run with {@code -prof gc} for bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientOverheadBenchmark {
  private WalletClient plainClient;
  private WalletClient secureClient;
  private RawFloor floor;
  private CannedExchanges canned;

  /** Records the mock's answers and builds both clients and the floor. */
  @Setup
  public void setUp() {
    canned = CannedExchanges.record();
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    String keyId = "partner-key-1";
    Ed25519RequestSigner signer =
        Ed25519RequestSigner.create(keyId, Ed25519Keys.fromSeed(seed), Clock.systemUTC());
    plainClient = client(new CannedTransport(canned.transfer())).build();
    secureClient =
        client(new CannedTransport(canned.payout()))
            .requestSigning(signer)
            .fieldEncryption(HpkeFieldEncryptor.forServerKeys(canned.serverKeys()))
            .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(canned.serverKeys()))
            .build();
    floor = new RawFloor(canned, keyId, seed);
    byte[] floorCanonical = floor.canonicalPayoutWithoutReceipt();
    if (!Arrays.equals(floorCanonical, Jcs.canonicalize(floorCanonical))) {
      throw new IllegalStateException("the floor's sorted JSON is not RFC 8785 for this response");
    }
  }

  private static WalletClient.Builder client(CannedTransport transport) {
    return WalletClient.builder()
        .baseUrl(RawFloor.BASE_URL)
        .apiKey(ApiKey.of("sk_test_benchmark_key_0000000000"))
        .transport(transport);
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    plainClient.close();
    secureClient.close();
  }

  /**
   * The SDK: a wallet-to-wallet transfer.
   *
   * @param clock counts the call
   * @return the transfer
   */
  @Benchmark
  public Transfer plainSdk(CpuClock clock) {
    clock.calls++;
    return plainClient
        .transfers()
        .create(
            r ->
                r.from(canned.from())
                    .to(canned.to())
                    .amount(CannedExchanges.AMOUNT)
                    .reference(CannedExchanges.REFERENCE));
  }

  /**
   * The floor of {@link #plainSdk()}.
   *
   * @param clock counts the call
   * @return the transfer's id
   */
  @Benchmark
  public String plainRaw(CpuClock clock) {
    clock.calls++;
    return floor.plainTransfer();
  }

  /**
   * The SDK: a payout, signed, with the account number encrypted and the receipt verified.
   *
   * @param clock counts the call
   * @return the payout
   */
  @Benchmark
  public Transfer secureSdk(CpuClock clock) {
    clock.calls++;
    return secureClient
        .transfers()
        .create(
            r ->
                r.from(canned.from())
                    .toAccount(CannedExchanges.ACCOUNT)
                    .amount(CannedExchanges.AMOUNT)
                    .reference(CannedExchanges.REFERENCE));
  }

  /**
   * The floor of {@link #secureSdk()}.
   *
   * @param clock counts the call
   * @return the payout's id
   */
  @Benchmark
  public String secureRaw(CpuClock clock) {
    clock.calls++;
    return floor.securePayout();
  }
}
