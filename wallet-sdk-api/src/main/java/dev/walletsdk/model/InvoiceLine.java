/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link Invoice}, its net and tax fixed when the invoice was issued: the tax is the
 * net times the rate, rounded half up to the currency's minor unit once for this line.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class InvoiceLine {
  private final String description;
  private final long quantity;
  private final Money unitPrice;
  private final int taxRateBasisPoints;
  private final Money netAmount;
  private final Money taxAmount;

  private InvoiceLine(Builder builder) {
    this.description = required(builder.description, "InvoiceLine.description");
    this.quantity = required(builder.quantity, "InvoiceLine.quantity");
    this.unitPrice = required(builder.unitPrice, "InvoiceLine.unitPrice");
    this.taxRateBasisPoints =
        required(builder.taxRateBasisPoints, "InvoiceLine.taxRateBasisPoints");
    this.netAmount = required(builder.netAmount, "InvoiceLine.netAmount");
    this.taxAmount = required(builder.taxAmount, "InvoiceLine.taxAmount");
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
   * Returns what is invoiced.
   *
   * @return the value
   */
  public String description() {
    return description;
  }

  /**
   * Returns how many, at least 1.
   *
   * @return the value
   */
  public long quantity() {
    return quantity;
  }

  /**
   * Returns the price of one.
   *
   * @return the value
   */
  public Money unitPrice() {
    return unitPrice;
  }

  /**
   * Returns the tax rate in basis points (2000 is 20 %).
   *
   * @return the value
   */
  public int taxRateBasisPoints() {
    return taxRateBasisPoints;
  }

  /**
   * Returns quantity times unit price.
   *
   * @return the value
   */
  public Money netAmount() {
    return netAmount;
  }

  /**
   * Returns the line's tax.
   *
   * @return the value
   */
  public Money taxAmount() {
    return taxAmount;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvoiceLine other
        && Objects.equals(description, other.description)
        && quantity == other.quantity
        && Objects.equals(unitPrice, other.unitPrice)
        && taxRateBasisPoints == other.taxRateBasisPoints
        && Objects.equals(netAmount, other.netAmount)
        && Objects.equals(taxAmount, other.taxAmount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, quantity, unitPrice, taxRateBasisPoints, netAmount, taxAmount);
  }

  @Override
  public String toString() {
    return "InvoiceLine{description="
        + description
        + ", quantity="
        + quantity
        + ", unitPrice="
        + unitPrice
        + ", taxRateBasisPoints="
        + taxRateBasisPoints
        + ", netAmount="
        + netAmount
        + ", taxAmount="
        + taxAmount
        + "}";
  }

  /** Builds a {@link InvoiceLine}; {@link #build()} checks that every required value is set. */
  public static final class Builder {
    private @Nullable String description;
    private @Nullable Long quantity;
    private @Nullable Money unitPrice;
    private @Nullable Integer taxRateBasisPoints;
    private @Nullable Money netAmount;
    private @Nullable Money taxAmount;

    private Builder() {}

    /**
     * Sets what is invoiced.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets how many, at least 1.
     *
     * @param quantity the value
     * @return this builder
     */
    public Builder quantity(long quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the price of one.
     *
     * @param unitPrice the value
     * @return this builder
     */
    public Builder unitPrice(@Nullable Money unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    /**
     * Sets the tax rate in basis points (2000 is 20 %).
     *
     * @param taxRateBasisPoints the value
     * @return this builder
     */
    public Builder taxRateBasisPoints(int taxRateBasisPoints) {
      this.taxRateBasisPoints = taxRateBasisPoints;
      return this;
    }

    /**
     * Sets quantity times unit price.
     *
     * @param netAmount the value
     * @return this builder
     */
    public Builder netAmount(@Nullable Money netAmount) {
      this.netAmount = netAmount;
      return this;
    }

    /**
     * Sets the line's tax.
     *
     * @param taxAmount the value
     * @return this builder
     */
    public Builder taxAmount(@Nullable Money taxAmount) {
      this.taxAmount = taxAmount;
      return this;
    }

    /**
     * Builds the InvoiceLine.
     *
     * @return the InvoiceLine
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public InvoiceLine build() {
      return new InvoiceLine(this);
    }
  }
}
