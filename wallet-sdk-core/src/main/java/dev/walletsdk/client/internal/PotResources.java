/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.AsyncPots;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.Pots;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.WalletId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The sync and async savings pot resources. */
final class PotResources {
  private PotResources() {}

  /** {@link Pots} over a pipeline. */
  record Sync(Pipeline pipeline) implements Pots {
    @Override
    public Pot create(PotRequest request) {
      return pipeline.execute(PotOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PagedIterable<Pot> list(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor ->
              pipeline.execute(
                  PotOperations.list(wallet, cursor, SyncResources.DEFAULT_PAGE_SIZE)));
    }

    @Override
    public Pot get(PotId id) {
      return pipeline.execute(PotOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Pot rename(PotId id, String name) {
      return pipeline.execute(
          PotOperations.rename(Objects.requireNonNull(id, "id"), PotRequest.checkName(name)));
    }

    @Override
    public Pot close(PotId id) {
      return pipeline.execute(PotOperations.close(Objects.requireNonNull(id, "id")));
    }

    @Override
    public PotMove deposit(PotMoveRequest request) {
      return pipeline.execute(PotOperations.deposit(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PotMove withdraw(PotMoveRequest request) {
      return pipeline.execute(PotOperations.withdraw(Objects.requireNonNull(request, "request")));
    }
  }

  /** {@link AsyncPots} over the async calls. */
  record Async(AsyncResources.Calls calls) implements AsyncPots {
    @Override
    public CompletableFuture<Pot> create(PotRequest request) {
      return calls.submit(PotOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Page<Pot>> list(WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          PotOperations.list(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }

    @Override
    public CompletableFuture<Pot> get(PotId id) {
      return calls.submit(PotOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Pot> rename(PotId id, String name) {
      return calls.submit(
          PotOperations.rename(Objects.requireNonNull(id, "id"), PotRequest.checkName(name)));
    }

    @Override
    public CompletableFuture<Pot> close(PotId id) {
      return calls.submit(PotOperations.close(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<PotMove> deposit(PotMoveRequest request) {
      return calls.submit(PotOperations.deposit(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<PotMove> withdraw(PotMoveRequest request) {
      return calls.submit(PotOperations.withdraw(Objects.requireNonNull(request, "request")));
    }
  }
}
