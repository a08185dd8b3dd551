/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer of a route handler.
 *
 * @param status the HTTP status, 200 or 201
 * @param body the JSON body
 */
record Reply(int status, JsonNode body) {
  static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  static Reply created(JsonNode body) {
    return new Reply(201, body);
  }
}
