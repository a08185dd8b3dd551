/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Checks, for every call that asks for one resource, that the response is that resource: its {@code
 * object} type is the call's root name and its id the one asked for.
 */
final class ResourceIdentity {
  private ResourceIdentity() {}

  /**
   * Checks a parsed response against what the call asked for.
   *
   * @param call the call
   * @param root the response body
   * @throws ResponseFormatException naming what was asked for and what came, if they differ
   */
  static void check(ApiCall<?> call, JsonNode root) {
    ApiCall.Identity asked = call.identity();
    if (asked == null) {
      return;
    }
    String object = text(root, "object");
    String value = text(root, asked.member());
    // A missing or malformed member is left to the resource's reader, which names it.
    boolean otherType = object != null && !object.equals(call.rootName());
    boolean otherId = value != null && !value.equals(asked.value());
    if (otherType || otherId) {
      throw new ResponseFormatException(
          "expected "
              + call.rootName()
              + " with "
              + asked.member()
              + " \""
              + asked.value()
              + "\" but got "
              + (object == null ? "no object type" : ServerText.of(object))
              + " with "
              + (value == null
                  ? "no " + asked.member()
                  : asked.member() + " \"" + ServerText.of(value) + "\""));
    }
  }

  private static @Nullable String text(JsonNode root, String member) {
    JsonNode node = root.get(member);
    return node != null && node.isTextual() ? node.textValue() : null;
  }
}
