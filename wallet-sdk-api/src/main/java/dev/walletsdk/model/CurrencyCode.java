/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 4217 currency: its three-letter code, numeric code and number of minor-unit digits.
 *
 * <p>The SDK carries its own table of the currencies in circulation (funds codes, precious metals
 * and withdrawn currencies are not included), so that scales never depend on the JDK in use.
 * Instances are interned: {@code CurrencyCode.of("EUR") == CurrencyCode.EUR}.
 */
public final class CurrencyCode {
  private final String code;
  private final int numericCode;
  private final int minorUnits;
  private final String displayName;

  private CurrencyCode(String code, int numericCode, int minorUnits, String displayName) {
    this.code = code;
    this.numericCode = numericCode;
    this.minorUnits = minorUnits;
    this.displayName = displayName;
  }

  private static CurrencyCode entry(String code, int numeric, int minorUnits, String name) {
    return new CurrencyCode(code, numeric, minorUnits, name);
  }

  private static Map<String, CurrencyCode> table(CurrencyCode... entries) {
    Map<String, CurrencyCode> byCode = new LinkedHashMap<>();
    for (CurrencyCode entry : entries) {
      byCode.put(entry.code, entry);
    }
    return Collections.unmodifiableMap(byCode);
  }

  private static final Map<String, CurrencyCode> BY_CODE =
      table(
          entry("AED", 784, 2, "United Arab Emirates Dirham"),
          entry("AFN", 971, 2, "Afghan Afghani"),
          entry("ALL", 8, 2, "Albanian Lek"),
          entry("AMD", 51, 2, "Armenian Dram"),
          entry("AOA", 973, 2, "Angolan Kwanza"),
          entry("ARS", 32, 2, "Argentine Peso"),
          entry("AUD", 36, 2, "Australian Dollar"),
          entry("AWG", 533, 2, "Aruban Florin"),
          entry("AZN", 944, 2, "Azerbaijani Manat"),
          entry("BAM", 977, 2, "Bosnia-Herzegovina Convertible Mark"),
          entry("BBD", 52, 2, "Barbadian Dollar"),
          entry("BDT", 50, 2, "Bangladeshi Taka"),
          entry("BHD", 48, 3, "Bahraini Dinar"),
          entry("BIF", 108, 0, "Burundian Franc"),
          entry("BMD", 60, 2, "Bermudan Dollar"),
          entry("BND", 96, 2, "Brunei Dollar"),
          entry("BOB", 68, 2, "Bolivian Boliviano"),
          entry("BRL", 986, 2, "Brazilian Real"),
          entry("BSD", 44, 2, "Bahamian Dollar"),
          entry("BTN", 64, 2, "Bhutanese Ngultrum"),
          entry("BWP", 72, 2, "Botswanan Pula"),
          entry("BYN", 933, 2, "Belarusian Ruble"),
          entry("BZD", 84, 2, "Belize Dollar"),
          entry("CAD", 124, 2, "Canadian Dollar"),
          entry("CDF", 976, 2, "Congolese Franc"),
          entry("CHF", 756, 2, "Swiss Franc"),
          entry("CLP", 152, 0, "Chilean Peso"),
          entry("CNY", 156, 2, "Chinese Yuan"),
          entry("COP", 170, 2, "Colombian Peso"),
          entry("CRC", 188, 2, "Costa Rican Colón"),
          entry("CUP", 192, 2, "Cuban Peso"),
          entry("CVE", 132, 2, "Cape Verdean Escudo"),
          entry("CZK", 203, 2, "Czech Koruna"),
          entry("DJF", 262, 0, "Djiboutian Franc"),
          entry("DKK", 208, 2, "Danish Krone"),
          entry("DOP", 214, 2, "Dominican Peso"),
          entry("DZD", 12, 2, "Algerian Dinar"),
          entry("EGP", 818, 2, "Egyptian Pound"),
          entry("ERN", 232, 2, "Eritrean Nakfa"),
          entry("ETB", 230, 2, "Ethiopian Birr"),
          entry("EUR", 978, 2, "Euro"),
          entry("FJD", 242, 2, "Fijian Dollar"),
          entry("FKP", 238, 2, "Falkland Islands Pound"),
          entry("GBP", 826, 2, "British Pound"),
          entry("GEL", 981, 2, "Georgian Lari"),
          entry("GHS", 936, 2, "Ghanaian Cedi"),
          entry("GIP", 292, 2, "Gibraltar Pound"),
          entry("GMD", 270, 2, "Gambian Dalasi"),
          entry("GNF", 324, 0, "Guinean Franc"),
          entry("GTQ", 320, 2, "Guatemalan Quetzal"),
          entry("GYD", 328, 2, "Guyanaese Dollar"),
          entry("HKD", 344, 2, "Hong Kong Dollar"),
          entry("HNL", 340, 2, "Honduran Lempira"),
          entry("HTG", 332, 2, "Haitian Gourde"),
          entry("HUF", 348, 2, "Hungarian Forint"),
          entry("IDR", 360, 2, "Indonesian Rupiah"),
          entry("ILS", 376, 2, "Israeli New Shekel"),
          entry("INR", 356, 2, "Indian Rupee"),
          entry("IQD", 368, 3, "Iraqi Dinar"),
          entry("IRR", 364, 2, "Iranian Rial"),
          entry("ISK", 352, 0, "Icelandic Króna"),
          entry("JMD", 388, 2, "Jamaican Dollar"),
          entry("JOD", 400, 3, "Jordanian Dinar"),
          entry("JPY", 392, 0, "Japanese Yen"),
          entry("KES", 404, 2, "Kenyan Shilling"),
          entry("KGS", 417, 2, "Kyrgystani Som"),
          entry("KHR", 116, 2, "Cambodian Riel"),
          entry("KMF", 174, 0, "Comorian Franc"),
          entry("KPW", 408, 2, "North Korean Won"),
          entry("KRW", 410, 0, "South Korean Won"),
          entry("KWD", 414, 3, "Kuwaiti Dinar"),
          entry("KYD", 136, 2, "Cayman Islands Dollar"),
          entry("KZT", 398, 2, "Kazakhstani Tenge"),
          entry("LAK", 418, 2, "Laotian Kip"),
          entry("LBP", 422, 2, "Lebanese Pound"),
          entry("LKR", 144, 2, "Sri Lankan Rupee"),
          entry("LRD", 430, 2, "Liberian Dollar"),
          entry("LSL", 426, 2, "Lesotho Loti"),
          entry("LYD", 434, 3, "Libyan Dinar"),
          entry("MAD", 504, 2, "Moroccan Dirham"),
          entry("MDL", 498, 2, "Moldovan Leu"),
          entry("MGA", 969, 2, "Malagasy Ariary"),
          entry("MKD", 807, 2, "Macedonian Denar"),
          entry("MMK", 104, 2, "Myanmar Kyat"),
          entry("MNT", 496, 2, "Mongolian Tugrik"),
          entry("MOP", 446, 2, "Macanese Pataca"),
          entry("MRU", 929, 2, "Mauritanian Ouguiya"),
          entry("MUR", 480, 2, "Mauritian Rupee"),
          entry("MVR", 462, 2, "Maldivian Rufiyaa"),
          entry("MWK", 454, 2, "Malawian Kwacha"),
          entry("MXN", 484, 2, "Mexican Peso"),
          entry("MYR", 458, 2, "Malaysian Ringgit"),
          entry("MZN", 943, 2, "Mozambican Metical"),
          entry("NAD", 516, 2, "Namibian Dollar"),
          entry("NGN", 566, 2, "Nigerian Naira"),
          entry("NIO", 558, 2, "Nicaraguan Córdoba"),
          entry("NOK", 578, 2, "Norwegian Krone"),
          entry("NPR", 524, 2, "Nepalese Rupee"),
          entry("NZD", 554, 2, "New Zealand Dollar"),
          entry("OMR", 512, 3, "Omani Rial"),
          entry("PAB", 590, 2, "Panamanian Balboa"),
          entry("PEN", 604, 2, "Peruvian Sol"),
          entry("PGK", 598, 2, "Papua New Guinean Kina"),
          entry("PHP", 608, 2, "Philippine Peso"),
          entry("PKR", 586, 2, "Pakistani Rupee"),
          entry("PLN", 985, 2, "Polish Zloty"),
          entry("PYG", 600, 0, "Paraguayan Guarani"),
          entry("QAR", 634, 2, "Qatari Riyal"),
          entry("RON", 946, 2, "Romanian Leu"),
          entry("RSD", 941, 2, "Serbian Dinar"),
          entry("RUB", 643, 2, "Russian Ruble"),
          entry("RWF", 646, 0, "Rwandan Franc"),
          entry("SAR", 682, 2, "Saudi Riyal"),
          entry("SBD", 90, 2, "Solomon Islands Dollar"),
          entry("SCR", 690, 2, "Seychellois Rupee"),
          entry("SDG", 938, 2, "Sudanese Pound"),
          entry("SEK", 752, 2, "Swedish Krona"),
          entry("SGD", 702, 2, "Singapore Dollar"),
          entry("SHP", 654, 2, "St. Helena Pound"),
          entry("SLE", 925, 2, "Sierra Leonean Leone"),
          entry("SOS", 706, 2, "Somali Shilling"),
          entry("SRD", 968, 2, "Surinamese Dollar"),
          entry("SSP", 728, 2, "South Sudanese Pound"),
          entry("STN", 930, 2, "São Tomé & Príncipe Dobra"),
          entry("SVC", 222, 2, "Salvadoran Colón"),
          entry("SYP", 760, 2, "Syrian Pound"),
          entry("SZL", 748, 2, "Swazi Lilangeni"),
          entry("THB", 764, 2, "Thai Baht"),
          entry("TJS", 972, 2, "Tajikistani Somoni"),
          entry("TMT", 934, 2, "Turkmenistani Manat"),
          entry("TND", 788, 3, "Tunisian Dinar"),
          entry("TOP", 776, 2, "Tongan Paʻanga"),
          entry("TRY", 949, 2, "Turkish Lira"),
          entry("TTD", 780, 2, "Trinidad & Tobago Dollar"),
          entry("TWD", 901, 2, "New Taiwan Dollar"),
          entry("TZS", 834, 2, "Tanzanian Shilling"),
          entry("UAH", 980, 2, "Ukrainian Hryvnia"),
          entry("UGX", 800, 0, "Ugandan Shilling"),
          entry("USD", 840, 2, "US Dollar"),
          entry("UYU", 858, 2, "Uruguayan Peso"),
          entry("UZS", 860, 2, "Uzbekistani Som"),
          entry("VED", 926, 2, "Bolívar Soberano"),
          entry("VES", 928, 2, "Venezuelan Bolívar"),
          entry("VND", 704, 0, "Vietnamese Dong"),
          entry("VUV", 548, 0, "Vanuatu Vatu"),
          entry("WST", 882, 2, "Samoan Tala"),
          entry("XAF", 950, 0, "Central African CFA Franc"),
          entry("XCD", 951, 2, "East Caribbean Dollar"),
          entry("XCG", 532, 2, "Caribbean guilder"),
          entry("XOF", 952, 0, "West African CFA Franc"),
          entry("XPF", 953, 0, "CFP Franc"),
          entry("YER", 886, 2, "Yemeni Rial"),
          entry("ZAR", 710, 2, "South African Rand"),
          entry("ZMW", 967, 2, "Zambian Kwacha"),
          entry("ZWG", 924, 2, "Zimbabwean Gold"));

  /** Euro (2 minor units). */
  public static final CurrencyCode EUR = BY_CODE.get("EUR");

  /** US dollar (2 minor units). */
  public static final CurrencyCode USD = BY_CODE.get("USD");

  /** Pound sterling (2 minor units). */
  public static final CurrencyCode GBP = BY_CODE.get("GBP");

  /** Swiss franc (2 minor units). */
  public static final CurrencyCode CHF = BY_CODE.get("CHF");

  /** Japanese yen (no minor units). */
  public static final CurrencyCode JPY = BY_CODE.get("JPY");

  /** Bahraini dinar (3 minor units). */
  public static final CurrencyCode BHD = BY_CODE.get("BHD");

  /** Singapore dollar (2 minor units). */
  public static final CurrencyCode SGD = BY_CODE.get("SGD");

  /** Brazilian real (2 minor units). */
  public static final CurrencyCode BRL = BY_CODE.get("BRL");

  /**
   * Returns the currency with the given ISO 4217 alphabetic code.
   *
   * @param code three upper-case letters, for example {@code "EUR"}
   * @return the interned currency
   * @throws InvalidRequestException (field {@code currency}, code {@code unknown_currency}) if the
   *     code is not a currency in circulation
   */
  public static CurrencyCode of(String code) {
    CurrencyCode currency = code == null ? null : BY_CODE.get(code);
    if (currency == null) {
      throw InvalidRequestException.forField(
          "currency",
          "unknown_currency",
          "currency " + quoted(code) + " is not a known ISO 4217 currency code");
    }
    return currency;
  }

  /**
   * Returns the currency with the given ISO 4217 numeric code, as used in EMVCo QR payloads.
   *
   * @param numericCode the numeric code, for example {@code 978} for the euro
   * @return the interned currency
   * @throws InvalidRequestException (field {@code currency}, code {@code unknown_currency}) if no
   *     currency in circulation has that numeric code
   */
  public static CurrencyCode ofNumeric(int numericCode) {
    for (CurrencyCode currency : BY_CODE.values()) {
      if (currency.numericCode == numericCode) {
        return currency;
      }
    }
    throw InvalidRequestException.forField(
        "currency",
        "unknown_currency",
        "numeric currency code " + numericCode + " is not a known ISO 4217 currency");
  }

  /**
   * Tells whether the code names a currency in the SDK's table.
   *
   * @param code a candidate alphabetic code
   * @return {@code true} if {@link #of(String)} would accept it
   */
  public static boolean isKnown(@Nullable String code) {
    return code != null && BY_CODE.containsKey(code);
  }

  /**
   * Returns every currency in the SDK's table, in alphabetical order of code.
   *
   * @return an unmodifiable collection
   */
  public static Collection<CurrencyCode> all() {
    return Collections.unmodifiableCollection(BY_CODE.values());
  }

  static String quoted(@Nullable String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  /**
   * Returns the alphabetic code.
   *
   * @return three upper-case letters
   */
  public String code() {
    return code;
  }

  /**
   * Returns the numeric code.
   *
   * @return the ISO 4217 numeric code, 1 to 999
   */
  public int numericCode() {
    return numericCode;
  }

  /**
   * Returns the number of digits after the decimal point: 0 for JPY, 2 for EUR, 3 for BHD.
   *
   * @return the ISO 4217 minor units, which is the scale of every {@link Money} in this currency
   */
  public int minorUnits() {
    return minorUnits;
  }

  /**
   * Returns the English name of the currency.
   *
   * @return the display name, for example {@code "Euro"}
   */
  public String displayName() {
    return displayName;
  }

  /** Returns the alphabetic code. */
  @Override
  public String toString() {
    return code;
  }
}
