/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.mock.internal.view.Views;
import java.util.List;
import java.util.Set;

/** The event feed: the partner's events after a given one, oldest first. */
final class EventRoutes {
  private final Engine engine;

  EventRoutes(Engine engine) {
    this.engine = engine;
  }

  List<Route> routes() {
    return List.of(Route.of("GET", "/v1/events", Set.of("after", "limit"), this::list));
  }

  private Reply list(Call call) {
    List<EventRecord> events = engine.events().of(call.partner().id());
    String after = call.query().get("after");
    int start = 0;
    if (after != null) {
      start = indexOf(events, after) + 1;
    }
    int limit = Query.limit(call.query());
    int end = Math.min(events.size(), start + limit);
    List<EventRecord> page = events.subList(start, end);
    String next = end < events.size() ? events.get(end - 1).id() : null;
    return Reply.ok(Views.page(page, next, Views::event));
  }

  private static int indexOf(List<EventRecord> events, String id) {
    if (!Fields.isId(id, "evt_")) {
      throw ApiProblem.invalidField(
          "query:after", "invalid_id", "must be \"evt_\" followed by 1 to 64 letters or digits");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(id)) {
        return i;
      }
    }
    throw ApiProblem.invalidField(
        "query:after", "unknown_event", "event " + id + " is not in the feed");
  }
}
