/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The data of an event about a kind of resource this version of the SDK does not know, kept as raw
 * JSON so that a newer server's events reach the caller instead of failing.
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves the JSON out because it may hold
 * personal data.
 */
public final class UnknownResource implements Resource {
  private final String objectType;
  private final String json;

  private UnknownResource(String objectType, String json) {
    this.objectType = objectType;
    this.json = json;
  }

  /**
   * Wraps the data of an event.
   *
   * @param objectType the data's {@code "object"} member, for example {@code "dispute"}
   * @param json the data object as JSON text, exactly as received
   * @return the data
   * @throws InvalidRequestException (code {@code required}) if a value is missing
   */
  public static UnknownResource of(@Nullable String objectType, @Nullable String json) {
    return new UnknownResource(
        required(objectType, "UnknownResource.objectType"), required(json, "UnknownResource.json"));
  }

  /**
   * Returns the kind of resource.
   *
   * @return the data's {@code "object"} member, for example {@code "dispute"}
   */
  public String objectType() {
    return objectType;
  }

  /**
   * Returns the data object as JSON text.
   *
   * @return the JSON, exactly as received
   */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UnknownResource other
        && objectType.equals(other.objectType)
        && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objectType, json);
  }

  /** Returns the kind of resource and the length of the JSON, but not the JSON. */
  @Override
  public String toString() {
    return "UnknownResource{objectType=" + objectType + ", json=<" + json.length() + " chars>}";
  }
}
