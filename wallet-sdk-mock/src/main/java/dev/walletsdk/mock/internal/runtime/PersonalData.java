/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.crypto.tink.Aead;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seals the personal data of a command before the command log keeps it, and opens it again for
 * replay. Each personal member's value is replaced by {@code {"$pd": <key id>, "t": "text"|"json",
 * "ct": <base64url AES-256-GCM ciphertext of the value's JSON>}} under the data key of the holder
 * the command belongs to ({@link DataKeys}); the associated data binds the ciphertext to the
 * record's position in the journal, the member's JSON pointer and the key id, so a ciphertext moved
 * to another record or member does not open.
 *
 * <p>A value whose key was destroyed (the holder was erased) opens as a {@link StandIns stand-in},
 * which passes the checks the original passed; the erasure replayed later removes it.
 *
 * <p>Personal members, wherever they occur in an API body: {@link #TEXT_MEMBERS}, and every member
 * of {@code identity} (and of its {@code address}). A feature whose requests carry other personal
 * text adds the member's name to {@link #TEXT_MEMBERS}. Control operations: the text members of
 * {@code wallet.open}.
 */
final class PersonalData {
  /** Members whose value is personal data, wherever they occur in a request body. */
  static final Set<String> TEXT_MEMBERS =
      Set.of(
          "displayName",
          "reference",
          "reason",
          "description",
          "customerReference",
          "holderName",
          "accountNumber",
          "name");

  /** Control operations whose arguments carry personal data. */
  private static final Set<String> PERSONAL_CONTROL_OPS = Set.of("wallet.open");

  private static final String IDENTITY = "identity";
  private static final String ADDRESS = "address";
  private static final String SEALED = "$pd";
  private static final String AD_PREFIX = "wallet-sdk-mock journal personal data|";

  private final DataKeys keys;

  PersonalData(DataKeys keys) {
    this.keys = keys;
  }

  /** What to do with one personal member's value. */
  @FunctionalInterface
  private interface Transform {
    JsonNode apply(String pointer, JsonNode value);
  }

  /**
   * Returns the command with its personal data sealed under the holder's key.
   *
   * @param command the command as executed
   * @param position its position in the command log
   * @param holder whose data it is, asked only if the command carries personal data
   * @return the command to keep; the given one if it carries no personal data
   */
  Command seal(Command command, int position, Supplier<String> holder) {
    return transform(
        command,
        (pointer, value) -> {
          String keyId = keys.keyIdFor(holder.get());
          Aead aead = keys.aead(keyId).orElseThrow();
          byte[] plain = MockJson.write(value);
          try {
            byte[] sealed = aead.encrypt(plain, associatedData(position, pointer, keyId));
            ObjectNode node = MockJson.object();
            node.put(SEALED, keyId);
            node.put("t", value.isTextual() ? "text" : "json");
            node.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(sealed));
            return node;
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal personal data at " + pointer, e);
          }
        });
  }

  /**
   * Returns the command with its personal data opened, or replaced by stand-ins where the key was
   * destroyed.
   *
   * @param command the command as the log keeps it
   * @param position its position in the command log
   * @return the command to replay
   * @throws IllegalStateException if a sealed value fails its authentication (the journal was
   *     altered)
   */
  Command open(Command command, int position) {
    return transform(
        command,
        (pointer, value) -> {
          if (!value.isObject() || !value.has(SEALED)) {
            return value; // written before personal data was sealed
          }
          String keyId = value.path(SEALED).asText();
          Optional<Aead> aead = keys.aead(keyId);
          if (aead.isEmpty()) {
            return "text".equals(value.path("t").asText())
                ? TextNode.valueOf(StandIns.TEXT)
                : StandIns.envelope();
          }
          try {
            byte[] sealed = Base64.getUrlDecoder().decode(value.path("ct").asText());
            byte[] plain = aead.get().decrypt(sealed, associatedData(position, pointer, keyId));
            return MockJson.parse(plain);
          } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                "record "
                    + (position + 1)
                    + ": the personal data at "
                    + pointer
                    + " fails its authentication under key "
                    + keyId
                    + "; the journal was altered");
          }
        });
  }

  private static byte[] associatedData(int position, String pointer, String keyId) {
    return (AD_PREFIX + position + "|" + pointer + "|" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  private static Command transform(Command command, Transform transform) {
    if (command instanceof Command.Api api && api.body().isContainerNode()) {
      JsonNode body = api.body().deepCopy();
      if (!walk(body, "", transform)) {
        return command;
      }
      return new Command.Api(
          api.at(),
          api.requestId(),
          api.partnerId(),
          api.method(),
          api.path(),
          api.rawQuery(),
          api.idempotencyKey(),
          body);
    }
    if (command instanceof Command.Control control
        && PERSONAL_CONTROL_OPS.contains(control.op())
        && control.args().isObject()) {
      JsonNode args = control.args().deepCopy();
      if (!walk(args, "", transform)) {
        return command;
      }
      return new Command.Control(control.at(), control.op(), args);
    }
    return command;
  }

  /** Applies the transform to every personal member under a node; tells whether there was one. */
  private static boolean walk(JsonNode node, String pointer, Transform transform) {
    boolean found = false;
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        String at = pointer + "/" + escape(name);
        if (value.isNull()) {
          continue;
        }
        if (TEXT_MEMBERS.contains(name)) {
          object.set(name, transform.apply(at, value));
          found = true;
        } else if (name.equals(IDENTITY) && value instanceof ObjectNode identity) {
          found |= members(identity, at, transform);
        } else {
          found |= walk(value, at, transform);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        found |= walk(array.get(i), pointer + "/" + i, transform);
      }
    }
    return found;
  }

  /** Every member of an identity is personal; its address's members one by one. */
  private static boolean members(ObjectNode identity, String pointer, Transform transform) {
    List<String> names = new ArrayList<>();
    identity.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = identity.get(name);
      String at = pointer + "/" + escape(name);
      if (value.isNull()) {
        continue;
      }
      if (name.equals(ADDRESS) && value instanceof ObjectNode address && !address.has(SEALED)) {
        members(address, at, transform);
      } else {
        identity.set(name, transform.apply(at, value));
      }
    }
    return !names.isEmpty();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
