/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldEncryptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Replaces sensitive string fields of a request body by their encrypted form. */
final class FieldEncryption {
  private FieldEncryption() {}

  /**
   * Encrypts the string at each pointer that is present; absent fields are skipped.
   *
   * @param body a copy of the request body, changed in place
   * @param pointers JSON pointers of the sensitive fields
   * @param encryptor the encryptor
   * @return the body
   */
  static ObjectNode encrypt(ObjectNode body, List<String> pointers, FieldEncryptor encryptor) {
    for (String pointer : pointers) {
      JsonPointer path = JsonPointer.compile(pointer);
      JsonNode value = body.at(path);
      JsonNode parent = body.at(path.head());
      if (value.isTextual() && parent.isObject()) {
        EncryptedField field =
            encryptor.encrypt(pointer, value.textValue().getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) parent).set(path.last().getMatchingProperty(), envelope(field));
      }
    }
    return body;
  }

  /**
   * Refuses a body that carries a field which may only be sent encrypted, for a client without
   * field encryption. The message names the fields, never their values.
   *
   * @param body the request body
   * @param pointers JSON pointers of the fields that need encryption
   * @param operation the operation, for the message
   * @throws InvalidRequestException with code {@code encryption_required} and status 0
   */
  static void requireNone(ObjectNode body, List<String> pointers, String operation) {
    List<FieldError> present = new ArrayList<>();
    for (String pointer : pointers) {
      if (!body.at(JsonPointer.compile(pointer)).isMissingNode()) {
        present.add(
            FieldError.of(
                pointer, ErrorCode.ENCRYPTION_REQUIRED, "may only be sent field-encrypted"));
      }
    }
    if (!present.isEmpty()) {
      throw new InvalidRequestException(
          operation
              + " sends personal data, which may only be sent field-encrypted; configure"
              + " fieldEncryption on the client builder",
          0,
          ErrorCode.ENCRYPTION_REQUIRED,
          null,
          present);
    }
  }

  static ObjectNode envelope(EncryptedField field) {
    ObjectNode envelope = Json.object();
    envelope.put("enc", field.scheme());
    envelope.put("kid", field.keyId());
    envelope.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(field.ciphertext()));
    return envelope;
  }
}
