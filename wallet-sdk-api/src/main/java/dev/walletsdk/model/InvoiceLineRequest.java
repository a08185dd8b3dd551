/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link InvoiceRequest}: a description, a whole quantity, a unit price and the
 * line's tax rate in basis points. The server computes the line's net (quantity times unit price)
 * and tax (net times rate / 10000, rounded half up to the minor unit, once per line). Immutable and
 * thread-safe.
 */
public final class InvoiceLineRequest {
  /** The longest description. */
  public static final int MAX_DESCRIPTION = 140;

  /** The largest quantity. */
  public static final long MAX_QUANTITY = 1_000_000;

  /** The largest tax rate: 10000 basis points, 100 %. */
  public static final int MAX_TAX_RATE = 10_000;

  private final String description;
  private final long quantity;
  private final Money unitPrice;
  private final int taxRateBasisPoints;

  private InvoiceLineRequest(
      String description, long quantity, Money unitPrice, int taxRateBasisPoints) {
    this.description = text(description, "description", MAX_DESCRIPTION);
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw InvalidRequestException.forField(
          "quantity",
          "out_of_range",
          "quantity must be between 1 and " + MAX_QUANTITY + " but was " + quantity);
    }
    this.quantity = quantity;
    this.unitPrice = positive(unitPrice, "unitPrice");
    this.taxRateBasisPoints =
        Checks.range(taxRateBasisPoints, "taxRateBasisPoints", 0, MAX_TAX_RATE);
  }

  /**
   * Creates a line.
   *
   * @param description what is invoiced, 1 to 140 characters without control characters
   * @param quantity 1 to 1,000,000
   * @param unitPrice greater than zero, in the invoice's currency
   * @param taxRateBasisPoints 0 to 10000 (2000 is 20 %)
   * @return the line
   * @throws InvalidRequestException naming the first bad value
   */
  public static InvoiceLineRequest of(
      String description, long quantity, Money unitPrice, int taxRateBasisPoints) {
    return new InvoiceLineRequest(
        description, quantity, required(unitPrice, "unitPrice"), taxRateBasisPoints);
  }

  /**
   * Returns the description.
   *
   * @return what is invoiced
   */
  public String description() {
    return description;
  }

  /**
   * Returns the quantity.
   *
   * @return 1 to 1,000,000
   */
  public long quantity() {
    return quantity;
  }

  /**
   * Returns the unit price.
   *
   * @return greater than zero
   */
  public Money unitPrice() {
    return unitPrice;
  }

  /**
   * Returns the tax rate.
   *
   * @return 0 to 10000 basis points
   */
  public int taxRateBasisPoints() {
    return taxRateBasisPoints;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvoiceLineRequest other
        && description.equals(other.description)
        && quantity == other.quantity
        && unitPrice.equals(other.unitPrice)
        && taxRateBasisPoints == other.taxRateBasisPoints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, quantity, unitPrice, taxRateBasisPoints);
  }

  @Override
  public String toString() {
    return "InvoiceLineRequest{description="
        + description
        + ", quantity="
        + quantity
        + ", unitPrice="
        + unitPrice
        + ", taxRateBasisPoints="
        + taxRateBasisPoints
        + "}";
  }
}
