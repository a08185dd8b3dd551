/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.KycTier;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.KycVerification;
import java.util.List;
import java.util.function.Consumer;

/**
 * KYC levels: what each level allows, and raising a wallet's level with verified identity data.
 * Identity data is only ever sent field-encrypted. Thread-safe; every method throws {@link
 * WalletException} on failure.
 */
public interface Kyc {
  /**
   * Lists the KYC levels with their limits ({@code GET /v1/kyc/levels}).
   *
   * @return the levels, lowest first
   */
  List<KycTier> levels();

  /**
   * Raises a wallet's KYC level ({@code POST /v1/wallets/{walletId}/kyc}); the new level's limits
   * apply at once.
   *
   * @param request the request
   * @return the verification, with the new level's limits
   * @throws InvalidRequestException with code {@code encryption_required} if the request carries an
   *     identity and the client has no field encryption (nothing is sent), or code {@code
   *     kyc_rejected} if the identity does not support the level
   * @throws ConflictException with code {@code kyc_level_not_higher} if the wallet is already at or
   *     above the level
   */
  KycVerification upgrade(KycUpgradeRequest request);

  /**
   * Raises a wallet's KYC level, building the request in place.
   *
   * @param request fills in the request's builder
   * @return the verification
   * @throws InvalidRequestException if the request is invalid; nothing is sent
   */
  default KycVerification upgrade(Consumer<KycUpgradeRequest.Builder> request) {
    KycUpgradeRequest.Builder builder = KycUpgradeRequest.builder();
    request.accept(builder);
    return upgrade(builder.build());
  }
}
