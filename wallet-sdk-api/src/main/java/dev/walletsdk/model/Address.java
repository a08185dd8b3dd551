/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A postal address of a wallet holder, part of an {@link Identity}. Personal data: {@link
 * #toString()} names the fields but never prints their values.
 *
 * <p>Built with {@link #builder()}; every setter validates at once and error messages name the
 * field without echoing the value. Immutable and thread-safe.
 */
public final class Address {
  /** The longest street line accepted. */
  public static final int MAX_LINE_LENGTH = 140;

  /** The longest city name accepted. */
  public static final int MAX_CITY_LENGTH = 100;

  /** The longest postal code accepted. */
  public static final int MAX_POSTAL_CODE_LENGTH = 16;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final String line1;
  private final String city;
  private final String postalCode;
  private final String country;

  private Address(Builder builder) {
    this.line1 = required(builder.line1, "address.line1");
    this.city = required(builder.city, "address.city");
    this.postalCode = required(builder.postalCode, "address.postalCode");
    this.country = required(builder.country, "address.country");
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the street and house number.
   *
   * @return the first address line
   */
  public String line1() {
    return line1;
  }

  /**
   * Returns the city.
   *
   * @return the city
   */
  public String city() {
    return city;
  }

  /**
   * Returns the postal code.
   *
   * @return the postal code
   */
  public String postalCode() {
    return postalCode;
  }

  /**
   * Returns the country.
   *
   * @return an ISO 3166-1 alpha-2 code, upper case, such as {@code DE}
   */
  public String country() {
    return country;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Address other
        && line1.equals(other.line1)
        && city.equals(other.city)
        && postalCode.equals(other.postalCode)
        && country.equals(other.country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line1, city, postalCode, country);
  }

  /** Names the fields only: an address is personal data and must not reach logs. */
  @Override
  public String toString() {
    return "Address{line1, city, postalCode, country: redacted}";
  }

  /** Builds an {@link Address}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable String line1;
    private @Nullable String city;
    private @Nullable String postalCode;
    private @Nullable String country;

    private Builder() {}

    /**
     * Sets the street and house number. Required.
     *
     * @param line1 1 to 140 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if missing, empty, too long or with control characters
     */
    public Builder line1(String line1) {
      this.line1 = text(line1, "address.line1", MAX_LINE_LENGTH);
      return this;
    }

    /**
     * Sets the city. Required.
     *
     * @param city 1 to 100 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if missing, empty, too long or with control characters
     */
    public Builder city(String city) {
      this.city = text(city, "address.city", MAX_CITY_LENGTH);
      return this;
    }

    /**
     * Sets the postal code. Required.
     *
     * @param postalCode 1 to 16 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if missing, empty, too long or with control characters
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = text(postalCode, "address.postalCode", MAX_POSTAL_CODE_LENGTH);
      return this;
    }

    /**
     * Sets the country. Required.
     *
     * @param country an ISO 3166-1 alpha-2 code in upper case, such as {@code DE}
     * @return this builder
     * @throws InvalidRequestException if missing or not an assigned ISO 3166-1 alpha-2 code
     */
    public Builder country(String country) {
      required(country, "address.country");
      if (!COUNTRIES.contains(country)) {
        throw InvalidRequestException.forField(
            "address.country",
            "invalid_country",
            "address.country must be an upper-case ISO 3166-1 alpha-2 code such as DE");
      }
      this.country = country;
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the address
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public Address build() {
      return new Address(this);
    }
  }
}
