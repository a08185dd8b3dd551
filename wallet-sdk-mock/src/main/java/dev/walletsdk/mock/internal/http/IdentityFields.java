/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.FieldDecryption;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ApiProblem.FieldProblem;
import dev.walletsdk.mock.internal.engine.IdentityRecord;
import dev.walletsdk.mock.internal.engine.IdentityRecord.AddressRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code identity} member of a request. Every text field of an identity is personal data
 * and must arrive as a field-encryption envelope; a plain value anywhere gets {@code 400
 * encryption_required} naming each such field, and the values are never echoed in a problem.
 */
final class IdentityFields {
  private static final Set<String> MEMBERS =
      Set.of("fullName", "dateOfBirth", "nationalId", "address");
  private static final Set<String> ADDRESS_MEMBERS =
      Set.of("line1", "city", "postalCode", "country");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private final FieldDecryption decryption;
  private final List<FieldProblem> plain = new ArrayList<>();

  IdentityFields(FieldDecryption decryption) {
    this.decryption = decryption;
  }

  /**
   * Reads the identity.
   *
   * @param fields collects validation problems
   * @param body the request body
   * @return the identity, or {@code null} if absent or invalid
   * @throws ApiProblem {@code 400 encryption_required} if any identity field is in plain text
   */
  @Nullable IdentityRecord read(Fields fields, @Nullable JsonNode body) {
    JsonNode member = body == null ? null : body.get("identity");
    JsonNode node =
        member == null || member.isNull() ? null : fields.object(member, "/identity", MEMBERS);
    if (node == null) {
      return null;
    }
    String fullName = text(fields, node, "/identity/fullName", "fullName", true, 140);
    LocalDate dateOfBirth = date(fields, node);
    String nationalId = text(fields, node, "/identity/nationalId", "nationalId", false, 32);
    AddressRecord address = address(fields, node);
    if (!plain.isEmpty()) {
      throw ApiProblem.of(
          400,
          "encryption_required",
          "Encryption required",
          "identity data must be sent field-encrypted; see errors",
          plain);
    }
    if (fullName == null || dateOfBirth == null || fields.hasProblems()) {
      return null;
    }
    return new IdentityRecord(fullName, dateOfBirth, nationalId, address);
  }

  private @Nullable AddressRecord address(Fields fields, JsonNode identity) {
    JsonNode member = identity.get("address");
    JsonNode node =
        member == null || member.isNull()
            ? null
            : fields.object(member, "/identity/address", ADDRESS_MEMBERS);
    if (node == null) {
      return null;
    }
    String at = "/identity/address/";
    String line1 = text(fields, node, at + "line1", "line1", true, 140);
    String city = text(fields, node, at + "city", "city", true, 100);
    String postalCode = text(fields, node, at + "postalCode", "postalCode", true, 16);
    String country = text(fields, node, at + "country", "country", true, 2);
    if (country != null && !COUNTRIES.contains(country)) {
      fields.add(at + "country", "invalid_country", "must decrypt to an ISO 3166-1 alpha-2 code");
      return null;
    }
    if (line1 == null || city == null || postalCode == null || country == null) {
      return null;
    }
    return new AddressRecord(line1, city, postalCode, country);
  }

  private @Nullable LocalDate date(Fields fields, JsonNode identity) {
    String at = "/identity/dateOfBirth";
    String text = text(fields, identity, at, "dateOfBirth", true, 10);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
      if (date != null && !date.isBefore(EARLIEST)) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    fields.add(at, "invalid_format", "must decrypt to a date YYYY-MM-DD on or after 1900-01-01");
    return null;
  }

  /** A decrypted text field; a plain string is recorded as a field that needs encryption. */
  private @Nullable String text(
      Fields fields,
      JsonNode parent,
      String pointer,
      String member,
      boolean required,
      int maxLength) {
    JsonNode value = parent.get(member);
    if (value == null || value.isNull()) {
      if (required) {
        fields.missing(pointer);
      }
      return null;
    }
    if (value.isTextual()) {
      plain.add(new FieldProblem(pointer, "encryption_required", "must be sent field-encrypted"));
      return null;
    }
    if (!value.isObject()) {
      fields.add(pointer, "invalid_type", "must be a field-encryption envelope");
      return null;
    }
    String text = decryption.decrypt(pointer, value);
    if (text.isEmpty() || text.length() > maxLength || hasControl(text)) {
      fields.add(
          pointer,
          "invalid_length",
          "must decrypt to 1 to " + maxLength + " characters without control characters");
      return null;
    }
    return text;
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
