/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.model.Challenge;
import java.util.Optional;

/**
 * Answers step-up challenges inline, so a call that needs step-up completes without the caller
 * catching {@code StepUpRequiredException}: typically by prompting the customer for the code of
 * their authenticator app.
 *
 * <p>The client asks the handler at most once per call and confirms the challenge with the answer;
 * confirming executes the original operation exactly once. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface StepUpHandler {
  /**
   * Returns the one-time password for a challenge.
   *
   * @param challenge the challenge the server issued
   * @return the one-time password, or empty to decline (the call then throws {@code
   *     StepUpRequiredException})
   */
  Optional<String> oneTimePassword(Challenge challenge);
}
