/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.walletsdk.mock.internal.command.FieldDecryption;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.BodyDigest;
import dev.walletsdk.mock.internal.security.PlatformSecurity;
import dev.walletsdk.mock.internal.view.MockJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the idempotency store compares requests by: the {@link BodyDigest} of the body as the
 * platform reads it, with every encrypted field ({@code {"enc","kid","ct"}}) opened. HPKE
 * encryption is randomised, so a client that re-sends a payout or an identity with its idempotency
 * key sends new ciphertext for the same plain text; comparing the ciphertext would answer {@code
 * 422 idempotency_key_reused} to a legitimate re-send and leave the caller unable to learn what its
 * first request did.
 *
 * <p>Only the digest is kept, never the opened values. The platform's field keys derive from its
 * seed, so a restart from the journal computes the same digests. Thread-safe.
 */
final class RequestFingerprints {
  private final FieldDecryption decryption;

  RequestFingerprints(FieldDecryption decryption) {
    this.decryption = decryption;
  }

  /**
   * Digests a request body.
   *
   * @param body the parsed body, or {@code null} for none
   * @return the digest; equal for bodies that differ only in how their fields were encrypted
   */
  String of(@Nullable JsonNode body) {
    return BodyDigest.of(body == null ? null : opened(body, ""));
  }

  private JsonNode opened(JsonNode node, String pointer) {
    if (PlatformSecurity.isEnvelope(node)) {
      try {
        return TextNode.valueOf(decryption.decrypt(pointer, node));
      } catch (ApiProblem unreadable) {
        return node; // the route refuses it; compare the envelope as sent
      }
    }
    if (node.isObject()) {
      ObjectNode copy = MockJson.object();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), opened(field.getValue(), pointer + "/" + escape(field.getKey())));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MockJson.array();
      for (int i = 0; i < node.size(); i++) {
        copy.add(opened(node.get(i), pointer + "/" + i));
      }
      return copy;
    }
    return node;
  }

  /** RFC 6901: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
