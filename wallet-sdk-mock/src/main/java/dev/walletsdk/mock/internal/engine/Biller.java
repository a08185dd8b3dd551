package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A company whose bills wallets can pay.
 *
 * @param id the biller id
 * @param name the display name
 * @param category what it bills for
 * @param currencies the currencies it accepts
 * @param referencePattern the format of its customer references
 * @param referenceFormat the format, in words
 */
public record Biller(
    String id,
    String name,
    String category,
    List<CurrencyCode> currencies,
    Pattern referencePattern,
    String referenceFormat) {

  /** The catalogue every mock has: fixed, so it needs no journal. */
  public static final List<Biller> CATALOGUE =
      List.of(
          new Biller(
              "blr_citypower",
              "City Power",
              "utilities",
              List.of(CurrencyCode.EUR),
              Pattern.compile("[0-9]{10}"),
              "10 digits"),
          new Biller(
              "blr_metrowater",
              "Metro Water",
              "utilities",
              List.of(CurrencyCode.EUR),
              Pattern.compile("MW[0-9]{6}"),
              "MW and 6 digits"),
          new Biller(
              "blr_telcomobile",
              "Telco Mobile",
              "telecom",
              List.of(CurrencyCode.EUR, CurrencyCode.USD),
              Pattern.compile("\\+[1-9][0-9]{7,14}"),
              "a phone number in E.164 form, such as +4915112345678"));
}
