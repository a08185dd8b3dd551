/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The identity data of a wallet holder, verified by the platform to set the wallet's {@link
 * KycLevel}: name and date of birth for {@link KycLevel#BASIC}, in addition a national identity
 * number and an address for {@link KycLevel#FULL}.
 *
 * <p>Personal data: the client sends every text field of an identity encrypted to the platform's
 * field-encryption key and refuses to send it otherwise; {@link #toString()} names the fields that
 * are present but never prints their values, and builder errors never echo a value.
 *
 * <p>Built with {@link #builder()}; immutable and thread-safe.
 */
public final class Identity {
  /** The longest full name accepted. */
  public static final int MAX_FULL_NAME_LENGTH = 140;

  /** The longest national identity number accepted. */
  public static final int MAX_NATIONAL_ID_LENGTH = 32;

  /** The earliest date of birth accepted. */
  public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

  private final String fullName;
  private final LocalDate dateOfBirth;
  private final @Nullable String nationalId;
  private final @Nullable Address address;

  private Identity(Builder builder) {
    this.fullName = required(builder.fullName, "identity.fullName");
    this.dateOfBirth = required(builder.dateOfBirth, "identity.dateOfBirth");
    this.nationalId = builder.nationalId;
    this.address = builder.address;
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
   * Returns the holder's full legal name.
   *
   * @return the name
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the holder's date of birth.
   *
   * @return the date
   */
  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  /**
   * Returns the holder's national identity number.
   *
   * @return the number, if given
   */
  public Optional<String> nationalId() {
    return Optional.ofNullable(nationalId);
  }

  /**
   * Returns the holder's postal address.
   *
   * @return the address, if given
   */
  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Identity other
        && fullName.equals(other.fullName)
        && dateOfBirth.equals(other.dateOfBirth)
        && Objects.equals(nationalId, other.nationalId)
        && Objects.equals(address, other.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fullName, dateOfBirth, nationalId, address);
  }

  /** Names the fields that are present, never their values: an identity is personal data. */
  @Override
  public String toString() {
    List<String> present = new ArrayList<>(List.of("fullName", "dateOfBirth"));
    if (nationalId != null) {
      present.add("nationalId");
    }
    if (address != null) {
      present.add("address");
    }
    return "Identity{" + String.join(", ", present) + ": redacted}";
  }

  /** Builds an {@link Identity}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable String fullName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String nationalId;
    private @Nullable Address address;

    private Builder() {}

    /**
     * Sets the holder's full legal name. Required.
     *
     * @param fullName 1 to 140 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if missing, empty, too long or with control characters
     */
    public Builder fullName(String fullName) {
      this.fullName = text(fullName, "identity.fullName", MAX_FULL_NAME_LENGTH);
      return this;
    }

    /**
     * Sets the holder's date of birth. Required. Whether the holder is an adult is decided by the
     * platform, on its own clock.
     *
     * @param dateOfBirth a date on or after 1900-01-01
     * @return this builder
     * @throws InvalidRequestException if missing or before 1900-01-01
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      required(dateOfBirth, "identity.dateOfBirth");
      if (dateOfBirth.isBefore(EARLIEST_DATE_OF_BIRTH)) {
        throw InvalidRequestException.forField(
            "identity.dateOfBirth",
            "out_of_range",
            "identity.dateOfBirth must be on or after " + EARLIEST_DATE_OF_BIRTH);
      }
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    /**
     * Sets the holder's national identity number, needed for {@link KycLevel#FULL}. Optional.
     *
     * @param nationalId 1 to 32 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if empty, too long or with control characters
     */
    public Builder nationalId(@Nullable String nationalId) {
      this.nationalId = optionalText(nationalId, "identity.nationalId", MAX_NATIONAL_ID_LENGTH);
      return this;
    }

    /**
     * Sets the holder's postal address, needed for {@link KycLevel#FULL}. Optional.
     *
     * @param address the address, or {@code null} for none
     * @return this builder
     */
    public Builder address(@Nullable Address address) {
      this.address = address;
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity
     * @throws InvalidRequestException (code {@code required}) if the name or date of birth is
     *     missing
     */
    public Identity build() {
      return new Identity(this);
    }
  }
}
