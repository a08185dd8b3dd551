/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldEncryptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Builds {@code identity} members with every field encrypted to the mock's key, as a client does.
 */
final class Identities {
  private final FieldEncryptor encryptor;

  Identities(MockApi api) {
    this.encryptor = HpkeFieldEncryptor.forServerKeys(SecurityTest.keys(api));
  }

  /** Name and date of birth only: enough for level basic. */
  ObjectNode basic(String fullName, String dateOfBirth) {
    ObjectNode identity = MockApi.JSON.createObjectNode();
    identity.set("fullName", sealed("/identity/fullName", fullName));
    identity.set("dateOfBirth", sealed("/identity/dateOfBirth", dateOfBirth));
    return identity;
  }

  /** Every field: enough for level full. */
  ObjectNode full(String fullName, String dateOfBirth, String nationalId, String street) {
    ObjectNode identity = basic(fullName, dateOfBirth);
    identity.set("nationalId", sealed("/identity/nationalId", nationalId));
    ObjectNode address = identity.putObject("address");
    Map<String, String> fields =
        Map.of("line1", street, "city", "Berlin", "postalCode", "10115", "country", "DE");
    fields.forEach((name, value) -> address.set(name, sealed("/identity/address/" + name, value)));
    return identity;
  }

  /** A request body with an identity member. */
  static String with(String body, ObjectNode identity) {
    ObjectNode json;
    try {
      json = (ObjectNode) MockApi.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    json.set("identity", identity);
    return json.toString();
  }

  ObjectNode sealed(String pointer, String value) {
    EncryptedField field = encryptor.encrypt(pointer, value.getBytes(StandardCharsets.UTF_8));
    ObjectNode json = MockApi.JSON.createObjectNode();
    json.put("enc", field.scheme());
    json.put("kid", field.keyId());
    json.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(field.ciphertext()));
    return json;
  }
}
