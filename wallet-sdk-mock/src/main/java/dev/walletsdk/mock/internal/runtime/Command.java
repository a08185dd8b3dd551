/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One state change of the mock, as the journal records it: replaying the commands in order, each at
 * its recorded instant, rebuilds the same state.
 */
public sealed interface Command {
  /**
   * Returns when the command ran, in server time.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A partner's write request that reached execution.
   *
   * @param at when it ran
   * @param requestId the request id it was answered with
   * @param partnerId the authenticated partner
   * @param method the HTTP method
   * @param path the raw path
   * @param rawQuery the raw query, or {@code null}
   * @param idempotencyKey the idempotency key
   * @param body the parsed body
   */
  record Api(
      Instant at,
      String requestId,
      String partnerId,
      String method,
      String path,
      @Nullable String rawQuery,
      String idempotencyKey,
      JsonNode body)
      implements Command {}

  /**
   * A partner's write that its route refused as invalid before changing anything: only what the
   * idempotency store must answer for its key, not the body.
   *
   * @param at when it ran
   * @param requestId the request id it was answered with
   * @param partnerId the authenticated partner
   * @param method the HTTP method
   * @param path the raw path
   * @param idempotencyKey the idempotency key
   * @param bodyDigest the {@code BodyDigest} of the parsed body
   * @param status the HTTP status of the answer
   * @param problem the problem document it was answered with
   */
  record Rejected(
      Instant at,
      String requestId,
      String partnerId,
      String method,
      String path,
      String idempotencyKey,
      String bodyDigest,
      int status,
      JsonNode problem)
      implements Command {}

  /**
   * A control-plane operation.
   *
   * @param at when it ran
   * @param op the operation, for example {@code wallet.fund}
   * @param args its arguments
   */
  record Control(Instant at, String op, JsonNode args) implements Command {}
}
