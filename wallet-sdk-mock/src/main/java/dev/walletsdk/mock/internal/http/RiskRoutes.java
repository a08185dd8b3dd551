/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.RiskReviewRecord;
import dev.walletsdk.mock.internal.view.RiskViews;
import java.util.List;
import java.util.Set;

/** The transaction-monitoring routes: a review of a movement held for review, as it is now. */
final class RiskRoutes {
  private final Engine engine;
  private final Lookups lookups;

  RiskRoutes(Engine engine, Lookups lookups) {
    this.engine = engine;
    this.lookups = lookups;
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/v1/risk/reviews/{reviewId}", Set.of(), this::review));
  }

  private Reply review(Call call) {
    String id = lookups.pathId(call.path(0), "rrv_", "path:reviewId");
    RiskReviewRecord review = engine.risk().reviews().get(id);
    if (review == null || !review.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("risk review", id);
    }
    return Reply.ok(RiskViews.review(review));
  }
}
