/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;

/** The request journal as the control plane's {@code GET /_mock/requests} answers it. */
final class RequestJournalJson {
  private RequestJournalJson() {}

  static JsonNode render(RequestJournal journal) {
    ArrayNode list = MockJson.array();
    journal.list().forEach(entry -> list.add(entry(entry)));
    ObjectNode json = MockJson.object();
    json.set("requests", list);
    json.put("dropped", journal.dropped());
    json.put("maxRequests", journal.maxRequests());
    json.put("maxBodyBytes", journal.maxBodyBytes());
    return json;
  }

  private static ObjectNode entry(RecordedExchange entry) {
    ObjectNode json = MockJson.object();
    json.put("sequence", entry.sequence());
    json.put("receivedAt", entry.receivedAt().toString());
    json.put("method", entry.method());
    json.put("path", entry.path());
    if (entry.query() != null) {
      json.put("query", entry.query());
    }
    ArrayNode headers = json.putArray("headers");
    for (int i = 0; i < entry.headers().size(); i++) {
      headers
          .addObject()
          .put("name", entry.headers().name(i))
          .put("value", entry.headers().value(i));
    }
    json.put("body", new String(entry.body(), StandardCharsets.UTF_8));
    json.put("bodyLength", entry.bodyLength());
    json.put("bodyTruncated", !entry.bodyErased() && entry.body().length < entry.bodyLength());
    json.put("bodyErased", entry.bodyErased());
    if (entry.status() == 0) {
      json.putNull("status");
    } else {
      json.put("status", entry.status());
    }
    if (entry.fault() == null) {
      json.putNull("fault");
    } else {
      json.put("fault", entry.fault().name());
    }
    return json;
  }
}
