/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.WalletClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One operation of the contract as the fuzz targets call it: through the synchronous client (a list
 * through its lazily paged iterable, a bounded number of items) and through the asynchronous one (a
 * list one page at a time).
 *
 * @param operationId the contract's {@code operationId}
 * @param sync calls the operation and returns what the client returned
 * @param async calls the operation and returns the client's future
 */
record FuzzedOperation(
    String operationId,
    Function<WalletClient, Object> sync,
    Function<AsyncWalletClient, CompletableFuture<?>> async) {}
