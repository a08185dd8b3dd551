/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.AsyncMembership;
import dev.walletsdk.client.Membership;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.WalletId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The sync and async membership resources. */
final class MembershipResources {
  private MembershipResources() {}

  /** {@link Membership} over a pipeline. */
  record Sync(Pipeline pipeline) implements Membership {
    @Override
    public MembershipStatus get(WalletId wallet) {
      return pipeline.execute(
          MembershipOperations.status(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public MembershipTierTable tiers() {
      return pipeline.execute(MembershipOperations.tiers());
    }
  }

  /** {@link AsyncMembership} over the async calls. */
  record Async(AsyncResources.Calls calls) implements AsyncMembership {
    @Override
    public CompletableFuture<MembershipStatus> get(WalletId wallet) {
      return calls.submit(MembershipOperations.status(Objects.requireNonNull(wallet, "wallet")));
    }

    @Override
    public CompletableFuture<MembershipTierTable> tiers() {
      return calls.submit(MembershipOperations.tiers());
    }
  }
}
