/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs what a review held, as its route would, once a reviewer decides; the API layer provides it,
 * since only it executes requests and keeps their idempotency keys.
 */
public interface ReviewRunner {
  /**
   * Executes a held operation without monitoring or step-up, and makes its outcome the answer of
   * the held request's idempotency key.
   *
   * @param partnerId the partner whose request was held
   * @param held the held operation
   * @return the reply's body, the resource created
   * @throws ApiProblem the operation's failure, which the key then answers
   */
  JsonNode execute(String partnerId, HeldOperation held);

  /**
   * Makes a problem the answer of the held request's idempotency key.
   *
   * @param held the held operation
   * @param problem the answer
   */
  void refuse(HeldOperation held, ApiProblem problem);
}
