/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An operation a step-up challenge holds: the route and body to execute again, and the idempotency
 * scope of the request that was held, whose stored response the result replaces.
 *
 * @param route the method and path, for example {@code POST /v1/transfers}
 * @param body the request body
 * @param idempotencyScope the partner and key of the held request
 */
public record HeldOperation(String route, JsonNode body, String idempotencyScope) {}
