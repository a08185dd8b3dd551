/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.view.MockJson;
import java.time.Instant;

/** Writes commands as one JSON object per journal record, and reads them back. */
final class CommandCodec {
  private CommandCodec() {}

  static ObjectNode write(Command command) {
    ObjectNode json = MockJson.object();
    json.put("at", command.at().toString());
    if (command instanceof Command.Api api) {
      json.put("t", "api");
      json.put("requestId", api.requestId());
      json.put("partnerId", api.partnerId());
      json.put("method", api.method());
      json.put("path", api.path());
      if (api.rawQuery() != null) {
        json.put("query", api.rawQuery());
      }
      json.put("key", api.idempotencyKey());
      json.set("body", api.body());
    } else if (command instanceof Command.Rejected rejected) {
      json.put("t", "rejected");
      json.put("requestId", rejected.requestId());
      json.put("partnerId", rejected.partnerId());
      json.put("method", rejected.method());
      json.put("path", rejected.path());
      json.put("key", rejected.idempotencyKey());
      json.put("bodySha256", rejected.bodyDigest());
      json.put("status", rejected.status());
      json.set("problem", rejected.problem());
    } else if (command instanceof Command.Control control) {
      json.put("t", "control");
      json.put("op", control.op());
      json.set("args", control.args());
    }
    return json;
  }

  static Command read(JsonNode json) {
    Instant at = Instant.parse(text(json, "at"));
    return switch (text(json, "t")) {
      case "api" ->
          new Command.Api(
              at,
              text(json, "requestId"),
              text(json, "partnerId"),
              text(json, "method"),
              text(json, "path"),
              json.hasNonNull("query") ? json.get("query").asText() : null,
              text(json, "key"),
              required(json, "body"));
      case "rejected" ->
          new Command.Rejected(
              at,
              text(json, "requestId"),
              text(json, "partnerId"),
              text(json, "method"),
              text(json, "path"),
              text(json, "key"),
              text(json, "bodySha256"),
              required(json, "status").intValue(),
              required(json, "problem"));
      case "control" -> new Command.Control(at, text(json, "op"), required(json, "args"));
      default -> throw new IllegalArgumentException("unknown record type " + json.get("t"));
    };
  }

  private static String text(JsonNode json, String member) {
    JsonNode value = json.get(member);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("record member " + member + " is missing");
    }
    return value.textValue();
  }

  private static JsonNode required(JsonNode json, String member) {
    JsonNode value = json.get(member);
    if (value == null) {
      throw new IllegalArgumentException("record member " + member + " is missing");
    }
    return value;
  }
}
