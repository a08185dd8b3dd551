/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.HeldOperation;
import dev.walletsdk.mock.internal.engine.Partner;
import java.util.function.Supplier;

/**
 * How a request stands towards step-up authentication and transaction monitoring.
 *
 * @param partner the partner asking, who answers a new challenge
 * @param confirmed whether a confirmed challenge is executing the request, so none is asked again
 * @param reviewed whether a reviewer released the request held for review, so it is not assessed
 *     again (and no step-up is asked: the review stands in for it)
 * @param held what a new challenge or review holds; asked only when one is created
 */
public record StepUp(
    Partner partner, boolean confirmed, boolean reviewed, Supplier<HeldOperation> held) {
  /**
   * A request not released by a reviewer.
   *
   * @param partner the partner asking
   * @param confirmed whether a confirmed challenge is executing the request
   * @param held what a new challenge or review holds
   */
  public StepUp(Partner partner, boolean confirmed, Supplier<HeldOperation> held) {
    this(partner, confirmed, false, held);
  }
}
