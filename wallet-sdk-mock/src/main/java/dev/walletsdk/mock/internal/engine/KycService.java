/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.ApiProblem.FieldProblem;
import dev.walletsdk.model.KycLevel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Verifies identities and sets wallets' KYC levels. The mock's verification is deterministic: an
 * identity complete for a level, whose holder is 18 or older on the platform's clock (UTC), is
 * verified. Every method runs under the engine's lock and either completes or throws having changed
 * nothing.
 */
public final class KycService {
  /** The age from which a holder may be verified. */
  public static final int ADULT_AGE = 18;

  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public KycService(Engine engine) {
    this.engine = engine;
  }

  /**
   * Verifies the identity a wallet is opened with, before the wallet exists.
   *
   * @param identity the identity
   * @return the highest level the data supports: {@code full} with a national id and an address,
   *     else {@code basic}
   * @throws ApiProblem {@code 422 kyc_rejected} if the holder is not an adult
   */
  KycLevel levelAtOpening(IdentityRecord identity) {
    KycLevel level =
        identity.nationalId() != null && identity.address() != null
            ? KycLevel.FULL
            : KycLevel.BASIC;
    requireSupports(identity, level);
    return level;
  }

  /**
   * Raises a wallet's level.
   *
   * @param wallet the wallet
   * @param level the level asked for
   * @param identity the identity sent with the request, or {@code null} to use the one held
   * @return the {@code kyc_verification} object
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 409 kyc_level_not_higher} or {@code
   *     422 kyc_rejected}
   */
  public ObjectNode upgrade(
      WalletRecord wallet, KycLevel level, @Nullable IdentityRecord identity) {
    WalletService.requireActive(wallet);
    KycLevel previous = wallet.kycLevel();
    if (level.compareTo(previous) <= 0) {
      throw ApiProblem.of(
          409,
          "kyc_level_not_higher",
          "KYC level not higher",
          "wallet "
              + wallet.id()
              + " is at KYC level "
              + name(previous)
              + "; "
              + name(level)
              + " is not higher and levels only go up");
    }
    IdentityRecord verified = identityFor(wallet, identity);
    requireSupports(verified, level);
    wallet.verified(verified, level, engine.clock().now());
    return engine.emit(
        new DomainEvent.KycUpgraded(wallet.partnerId(), wallet, previous, engine.kycLimits()));
  }

  private static IdentityRecord identityFor(WalletRecord wallet, @Nullable IdentityRecord sent) {
    IdentityRecord held = wallet.identity();
    if (sent == null && held == null) {
      throw rejected(
          List.of(
              new FieldProblem(
                  "/identity", "required", "is required: the wallet holds no identity")));
    }
    if (sent == null) {
      return held;
    }
    if (held != null) {
      List<FieldProblem> problems = new ArrayList<>();
      if (!held.fullName().equals(sent.fullName())) {
        problems.add(mismatch("/identity/fullName"));
      }
      if (!held.dateOfBirth().equals(sent.dateOfBirth())) {
        problems.add(mismatch("/identity/dateOfBirth"));
      }
      if (!problems.isEmpty()) {
        throw rejected(problems);
      }
    }
    return sent;
  }

  private static FieldProblem mismatch(String field) {
    return new FieldProblem(
        field, "identity_mismatch", "does not match the identity the wallet holds");
  }

  private void requireSupports(IdentityRecord identity, KycLevel level) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(engine.clock().now(), ZoneOffset.UTC);
    if (identity.dateOfBirth().plusYears(ADULT_AGE).isAfter(today)) {
      problems.add(
          new FieldProblem(
              "/identity/dateOfBirth",
              "underage",
              "the holder must be " + ADULT_AGE + " or older"));
    }
    if (level == KycLevel.FULL) {
      if (identity.nationalId() == null) {
        problems.add(
            new FieldProblem("/identity/nationalId", "required", "is required for level full"));
      }
      if (identity.address() == null) {
        problems.add(
            new FieldProblem("/identity/address", "required", "is required for level full"));
      }
    }
    if (!problems.isEmpty()) {
      throw rejected(problems);
    }
  }

  private static ApiProblem rejected(List<FieldProblem> problems) {
    String detail =
        problems.size() == 1
            ? problems.get(0).field() + ": " + problems.get(0).message()
            : problems.size() + " fields do not support the KYC level; see errors";
    return ApiProblem.of(422, "kyc_rejected", "KYC rejected", detail, problems);
  }

  /**
   * Returns the wire name of a level.
   *
   * @param level the level
   * @return for example {@code basic}
   */
  public static String name(KycLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
