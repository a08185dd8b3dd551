/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An EMVCo merchant-presented QR payload, parsed and validated.
 *
 * <p>{@link #parse(String)} reads the text a QR scanner returns; {@link #builder()} makes one. Both
 * apply the same rules: tag 00 first with value {@code 01}; tag 63 last with the CRC-16/CCITT-FALSE
 * of everything before its value ({@link QrChecksum}); no tag twice in the same template; the
 * mandatory tags 52 (merchant category code, 4 digits), 53 (currency, ISO 4217 numeric), 58
 * (country, ISO 3166-1 alpha-2), 59 (merchant name, up to 25 characters), 60 (city, up to 15) and
 * at least one merchant account (02 to 51); an amount (54) and a fixed fee (56) with no more
 * decimals than the currency has; fee tags only with the matching tip indicator (55). Any violation
 * is a {@link QrFormatException} naming the tag. Amounts are {@link Money} and never rounded.
 *
 * <p>Immutable and thread-safe. Two instances are equal when their payload text is equal.
 */
public final class MerchantQr {
  private final String payload;
  private final @Nullable PointOfInitiation pointOfInitiation;
  private final List<MerchantAccount> merchantAccounts;
  private final String merchantCategoryCode;
  private final CurrencyCode currency;
  private final @Nullable Money amount;
  private final @Nullable Tip tip;
  private final String countryCode;
  private final String merchantName;
  private final String merchantCity;
  private final @Nullable String postalCode;
  private final @Nullable AdditionalData additionalData;
  private final List<QrDataObject> dataObjects;

  MerchantQr(
      String payload,
      @Nullable PointOfInitiation pointOfInitiation,
      List<MerchantAccount> merchantAccounts,
      String merchantCategoryCode,
      CurrencyCode currency,
      @Nullable Money amount,
      @Nullable Tip tip,
      String countryCode,
      String merchantName,
      String merchantCity,
      @Nullable String postalCode,
      @Nullable AdditionalData additionalData,
      List<QrDataObject> dataObjects) {
    this.payload = payload;
    this.pointOfInitiation = pointOfInitiation;
    this.merchantAccounts = List.copyOf(merchantAccounts);
    this.merchantCategoryCode = merchantCategoryCode;
    this.currency = currency;
    this.amount = amount;
    this.tip = tip;
    this.countryCode = countryCode;
    this.merchantName = merchantName;
    this.merchantCity = merchantCity;
    this.postalCode = postalCode;
    this.additionalData = additionalData;
    this.dataObjects = List.copyOf(dataObjects);
  }

  /**
   * Parses and validates a payload.
   *
   * @param payload the text of the QR code
   * @return the parsed payload
   * @throws QrFormatException naming the tag, if the payload is not valid
   */
  public static MerchantQr parse(String payload) {
    return MerchantQrParser.parse(payload);
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
   * Returns the payload text, checksum included.
   *
   * @return the text to encode in a QR code
   */
  public String payload() {
    return payload;
  }

  /**
   * Returns tag 01.
   *
   * @return static or dynamic, if the payload says
   */
  public Optional<PointOfInitiation> pointOfInitiation() {
    return Optional.ofNullable(pointOfInitiation);
  }

  /**
   * Tells whether the code was generated for one payment (tag 01 is {@code 12}).
   *
   * @return {@code true} for a dynamic code
   */
  public boolean isDynamic() {
    return pointOfInitiation == PointOfInitiation.DYNAMIC;
  }

  /**
   * Returns the merchant accounts, tags 02 to 51.
   *
   * @return at least one account, in payload order
   */
  public List<MerchantAccount> merchantAccounts() {
    return merchantAccounts;
  }

  /**
   * Finds the merchant account template with a globally unique identifier, compared ignoring case
   * as payment networks differ in spelling ({@code br.gov.bcb.pix}, {@code BR.GOV.BCB.PIX}).
   *
   * @param globallyUniqueIdentifier the network's identifier
   * @return the first matching account
   */
  public Optional<MerchantAccount> merchantAccount(String globallyUniqueIdentifier) {
    Objects.requireNonNull(globallyUniqueIdentifier, "globallyUniqueIdentifier");
    return merchantAccounts.stream()
        .filter(
            account ->
                account
                    .globallyUniqueIdentifier()
                    .map(globallyUniqueIdentifier::equalsIgnoreCase)
                    .orElse(false))
        .findFirst();
  }

  /**
   * Returns the Wallet API v1 merchant the code pays, from its {@link MerchantAccount#WALLET_GUI}
   * account.
   *
   * @return the merchant id, if the code has such an account
   */
  public Optional<MerchantId> walletMerchantId() {
    return merchantAccounts.stream()
        .map(MerchantAccount::walletMerchantId)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Returns tag 52.
   *
   * @return the ISO 18245 merchant category code, 4 digits
   */
  public String merchantCategoryCode() {
    return merchantCategoryCode;
  }

  /**
   * Returns tag 53.
   *
   * @return the currency of the payment
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns tag 54.
   *
   * @return the amount, exact in {@link #currency()}; empty when the payer enters it
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns tags 55 to 57.
   *
   * @return the tip prompt or convenience fee, if any
   */
  public Optional<Tip> tip() {
    return Optional.ofNullable(tip);
  }

  /**
   * Returns tag 58.
   *
   * @return the ISO 3166-1 alpha-2 country code of the merchant
   */
  public String countryCode() {
    return countryCode;
  }

  /**
   * Returns tag 59.
   *
   * @return the merchant's name
   */
  public String merchantName() {
    return merchantName;
  }

  /**
   * Returns tag 60.
   *
   * @return the merchant's city
   */
  public String merchantCity() {
    return merchantCity;
  }

  /**
   * Returns tag 61.
   *
   * @return the postal code, if present
   */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  /**
   * Returns tag 62.
   *
   * @return the additional data, if present
   */
  public Optional<AdditionalData> additionalData() {
    return Optional.ofNullable(additionalData);
  }

  /**
   * Returns every top-level data object in payload order, including those this class has no
   * accessor for (the language template 64, RFU tags 65 to 79, unreserved templates 80 to 99).
   *
   * @return the data objects, ending with tag 63
   */
  public List<QrDataObject> dataObjects() {
    return dataObjects;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MerchantQr other && payload.equals(other.payload);
  }

  @Override
  public int hashCode() {
    return payload.hashCode();
  }

  @Override
  public String toString() {
    return "MerchantQr{merchantName="
        + merchantName
        + ", merchantCity="
        + merchantCity
        + ", countryCode="
        + countryCode
        + ", currency="
        + currency
        + ", amount="
        + amount
        + ", pointOfInitiation="
        + pointOfInitiation
        + "}";
  }

  /**
   * Builds a payload. Setters check their value at once; {@link #build()} encodes the data objects
   * in ascending tag order, appends the checksum and parses the result, so that a built payload
   * obeys exactly the rules of {@link MerchantQr#parse(String)}.
   */
  public static final class Builder {
    private @Nullable PointOfInitiation pointOfInitiation;
    private final List<MerchantAccount> merchantAccounts = new ArrayList<>();
    private @Nullable String merchantCategoryCode;
    private @Nullable CurrencyCode currency;
    private @Nullable Money amount;
    private @Nullable Tip tip;
    private @Nullable String countryCode;
    private @Nullable String merchantName;
    private @Nullable String merchantCity;
    private @Nullable String postalCode;
    private @Nullable AdditionalData additionalData;

    private Builder() {}

    /**
     * Sets tag 01. Optional.
     *
     * @param pointOfInitiation static or dynamic
     * @return this builder
     */
    public Builder pointOfInitiation(PointOfInitiation pointOfInitiation) {
      this.pointOfInitiation = QrRules.required("01", pointOfInitiation);
      return this;
    }

    /**
     * Adds a merchant account; at least one is required, each tag at most once.
     *
     * @param account the account
     * @return this builder
     */
    public Builder merchantAccount(MerchantAccount account) {
      merchantAccounts.add(QrRules.required("26", account));
      return this;
    }

    /**
     * Sets tag 52. Required.
     *
     * @param code 4 digits, for example {@code "5812"} (restaurants); {@code "0000"} if unknown
     * @return this builder
     * @throws QrFormatException if the code is not 4 digits
     */
    public Builder merchantCategoryCode(String code) {
      this.merchantCategoryCode = QrRules.merchantCategoryCode(QrRules.required("52", code));
      return this;
    }

    /**
     * Sets tag 53. Required.
     *
     * @param currency the currency of the payment
     * @return this builder
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = QrRules.required("53", currency);
      return this;
    }

    /**
     * Sets tag 54, and tag 53 to the amount's currency. Optional: without it the payer enters the
     * amount.
     *
     * @param amount greater than zero, at most 13 characters as text
     * @return this builder
     * @throws QrFormatException (tag 54) if the amount is not positive or too long
     */
    public Builder amount(Money amount) {
      QrRules.required("54", amount);
      QrRules.amountText("54", amount.toAmountString());
      this.amount = amount;
      this.currency = amount.currency();
      return this;
    }

    /**
     * Sets tags 55 to 57. Optional.
     *
     * @param tip the tip prompt or convenience fee
     * @return this builder
     */
    public Builder tip(Tip tip) {
      this.tip = QrRules.required("55", tip);
      return this;
    }

    /**
     * Sets tag 58. Required.
     *
     * @param countryCode ISO 3166-1 alpha-2, for example {@code "SG"}
     * @return this builder
     * @throws QrFormatException if the code is not a country
     */
    public Builder countryCode(String countryCode) {
      this.countryCode = QrRules.country(QrRules.required("58", countryCode));
      return this;
    }

    /**
     * Sets tag 59. Required.
     *
     * @param merchantName 1 to 25 characters
     * @return this builder
     * @throws QrFormatException if the name is empty, too long or has control characters
     */
    public Builder merchantName(String merchantName) {
      this.merchantName = QrRules.text("59", QrRules.required("59", merchantName), 25);
      return this;
    }

    /**
     * Sets tag 60. Required.
     *
     * @param merchantCity 1 to 15 characters
     * @return this builder
     * @throws QrFormatException if the city is empty, too long or has control characters
     */
    public Builder merchantCity(String merchantCity) {
      this.merchantCity = QrRules.text("60", QrRules.required("60", merchantCity), 15);
      return this;
    }

    /**
     * Sets tag 61. Optional.
     *
     * @param postalCode 1 to 10 characters
     * @return this builder
     * @throws QrFormatException if the code is empty or too long
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = QrRules.text("61", QrRules.required("61", postalCode), 10);
      return this;
    }

    /**
     * Sets tag 62. Optional.
     *
     * @param additionalData the template
     * @return this builder
     */
    public Builder additionalData(AdditionalData additionalData) {
      this.additionalData = QrRules.required("62", additionalData);
      return this;
    }

    /**
     * Encodes the payload with its checksum.
     *
     * @return the payload, parsed back
     * @throws QrFormatException if a mandatory tag is missing, a tag is repeated, the amount or fee
     *     is in another currency than tag 53, or the payload breaks any rule of {@link
     *     MerchantQr#parse(String)}
     */
    public MerchantQr build() {
      return MerchantQr.parse(MerchantQrWriter.write(this));
    }

    @Nullable PointOfInitiation pointOfInitiationValue() {
      return pointOfInitiation;
    }

    List<MerchantAccount> merchantAccountsValue() {
      return merchantAccounts;
    }

    @Nullable String merchantCategoryCodeValue() {
      return merchantCategoryCode;
    }

    @Nullable CurrencyCode currencyValue() {
      return currency;
    }

    @Nullable Money amountValue() {
      return amount;
    }

    @Nullable Tip tipValue() {
      return tip;
    }

    @Nullable String countryCodeValue() {
      return countryCode;
    }

    @Nullable String merchantNameValue() {
      return merchantName;
    }

    @Nullable String merchantCityValue() {
      return merchantCity;
    }

    @Nullable String postalCodeValue() {
      return postalCode;
    }

    @Nullable AdditionalData additionalDataValue() {
      return additionalData;
    }
  }
}
