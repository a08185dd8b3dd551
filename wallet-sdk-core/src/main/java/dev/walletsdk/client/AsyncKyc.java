/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.KycTier;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.KycVerification;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Kyc}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncKyc {
  /**
   * Lists the KYC levels with their limits.
   *
   * @return the levels, lowest first
   */
  CompletableFuture<List<KycTier>> levels();

  /**
   * Raises a wallet's KYC level.
   *
   * @param request the request
   * @return the verification
   */
  CompletableFuture<KycVerification> upgrade(KycUpgradeRequest request);
}
