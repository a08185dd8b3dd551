/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Ed25519 signers the mock can sign receipts with, on the canonical JSON of a transfer: Tink's
 * pure-Java {@code Ed25519Sign} (what the SDK uses) and the JDK's own {@code Signature} ("Ed25519",
 * SunEC), with one {@code Signature} kept per thread and with a new one per signature. Set-up
 * checks that both give the same signature (Ed25519 is deterministic, RFC 8032). CPU time per
 * signature is the quotient of the {@link CpuClock} counters; run it on each JDK to compare them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignerBenchmark {
  /** The canonical JSON of a transfer as the mock signs it, without its receipt. */
  private static final byte[] MESSAGE =
      ("{\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"},\"createdAt\":"
              + "\"2026-12-03T15:00:00Z\",\"destinationWalletId\":\"wal_0000000000000002\","
              + "\"id\":\"trf_00000000000000000042\",\"object\":\"transfer\",\"reference\":null,"
              + "\"sourceWalletId\":\"wal_0000000000000001\",\"status\":\"completed\"}")
          .getBytes(StandardCharsets.UTF_8);

  private PublicKeySign tink;
  private PrivateKey jdkKey;
  private Signature jdkSignature;

  /**
   * Creates both signers from one seed and checks that they agree.
   *
   * @throws GeneralSecurityException if a signer cannot be created
   */
  @Setup
  public void setUp() throws GeneralSecurityException {
    byte[] seed = new byte[32];
    Arrays.fill(seed, (byte) 7);
    byte[] publicKey = Ed25519Sign.KeyPair.newKeyPairFromSeed(seed).getPublicKey();
    tink =
        Ed25519Sign.create(
            Ed25519PrivateKey.create(
                Ed25519PublicKey.create(Bytes.copyFrom(publicKey)),
                SecretBytes.copyFrom(seed, InsecureSecretKeyAccess.get())));
    jdkKey =
        KeyFactory.getInstance("Ed25519")
            .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    jdkSignature = Signature.getInstance("Ed25519");
    if (!Arrays.equals(tink.sign(MESSAGE), jdkReused(new CpuClock()))) {
      throw new IllegalStateException("Tink and the JDK give different Ed25519 signatures");
    }
  }

  /**
   * Tink's {@code Ed25519Sign}.
   *
   * @param clock counts the call
   * @return the signature
   * @throws GeneralSecurityException never, for a valid key
   */
  @Benchmark
  public byte[] tink(CpuClock clock) throws GeneralSecurityException {
    clock.calls++;
    return tink.sign(MESSAGE);
  }

  /**
   * The JDK's {@code Signature}, one per thread, initialized for each signature.
   *
   * @param clock counts the call
   * @return the signature
   * @throws GeneralSecurityException never, for a valid key
   */
  @Benchmark
  public byte[] jdkReused(CpuClock clock) throws GeneralSecurityException {
    clock.calls++;
    jdkSignature.initSign(jdkKey);
    jdkSignature.update(MESSAGE);
    return jdkSignature.sign();
  }

  /**
   * The JDK's {@code Signature}, a new one for each signature.
   *
   * @param clock counts the call
   * @return the signature
   * @throws GeneralSecurityException never, for a valid key
   */
  @Benchmark
  public byte[] jdkFresh(CpuClock clock) throws GeneralSecurityException {
    clock.calls++;
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(jdkKey);
    signature.update(MESSAGE);
    return signature.sign();
  }
}
