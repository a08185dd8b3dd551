/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldDecryptor;
import dev.walletsdk.spi.ReceiptVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The response side of client-side security: verifies the receipt of a resource that reports a
 * money movement, then decrypts encrypted fields for the partner. Each step runs only when
 * configured. The order matters: the platform signs the resource as it sends it, encrypted fields
 * in their encrypted form, so verification must see the body before decryption rewrites it.
 *
 * <p>A verifier's or decryptor's failure quotes what the server sent (a receipt's key id and
 * algorithm, an envelope's scheme and key id, member names in the field's pointer), so its message
 * passes through {@link ServerText#message} like every other message quoting server text.
 */
final class ResponseSecurity {
  private final @Nullable FieldDecryptor decryptor;
  private final @Nullable ReceiptVerifier verifier;

  ResponseSecurity(@Nullable FieldDecryptor decryptor, @Nullable ReceiptVerifier verifier) {
    this.decryptor = decryptor;
    this.verifier = verifier;
  }

  /**
   * Tells whether {@link #check} would do nothing for a response with its receipt at this place.
   *
   * @param receiptAt where the call's response carries its receipt
   * @return {@code true} when neither a receipt is verified nor a field decrypted
   */
  boolean isIdle(ApiCall.ReceiptAt receiptAt) {
    return (verifier == null || receiptAt == ApiCall.ReceiptAt.NONE) && decryptor == null;
  }

  void check(JsonNode root, ApiCall.ReceiptAt receiptAt) {
    if (verifier != null && receiptAt != ApiCall.ReceiptAt.NONE) {
      JsonNode resource = receiptAt == ApiCall.ReceiptAt.ROOT ? root : root.get("result");
      verifyReceipt(resource, verifier);
    }
    if (decryptor != null) {
      decrypt(root, "", decryptor);
    }
  }

  private static void verifyReceipt(@Nullable JsonNode resource, ReceiptVerifier verifier) {
    if (resource == null || !resource.isObject() || !resource.has("receipt")) {
      throw new SignatureVerificationException(
          "the response carries no receipt, but receipt verification is configured",
          0,
          ErrorCode.SIGNATURE_VERIFICATION_FAILED,
          null,
          null);
    }
    Receipt receipt = ModelReaders.receipt(JsonRead.root(resource, "resource"));
    ObjectNode unsigned = ((ObjectNode) resource).deepCopy();
    unsigned.remove("receipt");
    try {
      verifier.verify(Json.write(unsigned), receipt);
    } catch (SignatureVerificationException e) {
      throw new SignatureVerificationException(
          ServerText.message(String.valueOf(e.getMessage())),
          e.httpStatus(),
          e.code(),
          e.requestId(),
          e.getCause());
    }
  }

  private static void decrypt(JsonNode node, String pointer, FieldDecryptor decryptor) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        String childPointer = pointer + "/" + escape(name);
        if (isEnvelope(child)) {
          object.set(name, TextNode.valueOf(open(child, childPointer, decryptor)));
        } else {
          decrypt(child, childPointer, decryptor);
        }
      }
    } else if (node.isArray()) {
      Iterator<JsonNode> elements = node.elements();
      for (int i = 0; elements.hasNext(); i++) {
        decrypt(elements.next(), pointer + "/" + i, decryptor);
      }
    }
  }

  private static boolean isEnvelope(JsonNode node) {
    return node.isObject()
        && node.size() == 3
        && node.path("enc").isTextual()
        && node.path("kid").isTextual()
        && node.path("ct").isTextual();
  }

  private static String open(JsonNode envelope, String pointer, FieldDecryptor decryptor) {
    byte[] ciphertext;
    try {
      ciphertext = Base64.getUrlDecoder().decode(envelope.get("ct").textValue());
    } catch (IllegalArgumentException e) {
      throw new DecryptionException(
          "response field " + ServerText.of(pointer) + " has a ciphertext that is not base64url",
          0,
          ErrorCode.DECRYPTION_FAILED,
          null,
          e);
    }
    EncryptedField field =
        EncryptedField.of(
            envelope.get("enc").textValue(), envelope.get("kid").textValue(), ciphertext);
    try {
      return new String(decryptor.decrypt(pointer, field), StandardCharsets.UTF_8);
    } catch (DecryptionException e) {
      throw new DecryptionException(
          ServerText.message(String.valueOf(e.getMessage())),
          e.httpStatus(),
          e.code(),
          e.requestId(),
          e.getCause());
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
