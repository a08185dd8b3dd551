/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.nonEmpty;
import static dev.walletsdk.model.Checks.required;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A company whose bills wallets can pay, from the platform's catalogue. Immutable. */
public final class Biller {
  private final BillerId id;
  private final String name;
  private final String category;
  private final List<CurrencyCode> currencies;
  private final String customerReferenceFormat;

  private Biller(
      BillerId id,
      String name,
      String category,
      List<CurrencyCode> currencies,
      String customerReferenceFormat) {
    this.id = required(id, "Biller.id");
    this.name = nonEmpty(name, "Biller.name");
    this.category = nonEmpty(category, "Biller.category");
    this.currencies = list(currencies, "Biller.currencies");
    this.customerReferenceFormat = nonEmpty(customerReferenceFormat, "Biller.format");
  }

  /**
   * Creates a biller, as the client reads it from the catalogue.
   *
   * @param id the biller's id
   * @param name its display name
   * @param category what it bills for, such as {@code utilities}
   * @param currencies the currencies it accepts
   * @param customerReferenceFormat the format of customer references, in words
   * @return the biller
   */
  public static Biller of(
      BillerId id,
      String name,
      String category,
      List<CurrencyCode> currencies,
      String customerReferenceFormat) {
    return new Biller(id, name, category, currencies, customerReferenceFormat);
  }

  /**
   * Returns the id.
   *
   * @return the biller's id
   */
  public BillerId id() {
    return id;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the biller bills for.
   *
   * @return the category, such as {@code utilities}
   */
  public String category() {
    return category;
  }

  /**
   * Returns the currencies the biller accepts.
   *
   * @return the currencies
   */
  public List<CurrencyCode> currencies() {
    return currencies;
  }

  /**
   * Returns the format of the biller's customer references, in words.
   *
   * @return for example {@code "10 digits"}
   */
  public String customerReferenceFormat() {
    return customerReferenceFormat;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Biller other
        && id.equals(other.id)
        && name.equals(other.name)
        && category.equals(other.category)
        && currencies.equals(other.currencies)
        && customerReferenceFormat.equals(other.customerReferenceFormat);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, category, currencies, customerReferenceFormat);
  }

  @Override
  public String toString() {
    return "Biller{id=" + id + ", name=" + name + ", category=" + category + "}";
  }
}
