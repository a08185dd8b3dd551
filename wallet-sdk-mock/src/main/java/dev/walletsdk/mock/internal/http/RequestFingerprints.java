package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.walletsdk.crypto.InvalidJsonException;
import dev.walletsdk.crypto.Jcs;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.view.MockJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the idempotency store compares requests by: a salted SHA-256 digest of the body as the
 * platform reads it, with every encrypted field ({@code {"enc","kid","ct"}}) opened and the JSON in
 * canonical form (RFC 8785). HPKE encryption is randomised, so a client that re-sends a payout or
 * an identity with its idempotency key sends new ciphertext for the same plain text; comparing the
 * ciphertext would answer {@code 422 idempotency_key_reused} to a legitimate re-send and leave the
 * caller unable to learn what its first request did.
 *
 * <p>Only the digest is kept, never the opened values. The salt is random per instance; the store
 * lives in memory and is rebuilt from the journal in the same process, so digests need not survive
 * a restart. Thread-safe.
 */
final class RequestFingerprints {
  private static final byte[] NO_BODY = new byte[0];

  private final FieldDecryption decryption;
  private final byte[] salt = new byte[32];

  RequestFingerprints(FieldDecryption decryption) {
    this.decryption = decryption;
    new SecureRandom().nextBytes(salt);
  }

  /**
   * Digests a request body.
   *
   * @param body the parsed body, or {@code null} for none
   * @return the digest; equal for bodies that differ only in how their fields were encrypted
   */
  byte[] of(@Nullable JsonNode body) {
    if (body == null) {
      return NO_BODY;
    }
    byte[] json = MockJson.write(opened(body, ""));
    byte[] canonical;
    try {
      canonical = Jcs.canonicalize(json);
    } catch (InvalidJsonException e) {
      canonical = json; // not I-JSON (say, a huge number): compare it as received
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(canonical);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private JsonNode opened(JsonNode node, String pointer) {
    if (isEnvelope(node)) {
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

  private static boolean isEnvelope(JsonNode node) {
    return node.isObject()
        && node.size() == 3
        && node.path("enc").isTextual()
        && node.path("kid").isTextual()
        && node.path("ct").isTextual();
  }

  /** RFC 6901: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
