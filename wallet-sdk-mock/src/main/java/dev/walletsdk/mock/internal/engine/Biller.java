/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
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

  /**
   * How many characters a reference check may read, repeats included: a pattern that backtracks
   * catastrophically stops there, deterministically, instead of holding the engine's lock.
   */
  static final int MATCH_BUDGET = 100_000;

  /**
   * Tells whether a customer reference matches the biller's pattern whole, within {@link
   * #MATCH_BUDGET} character reads.
   *
   * @param reference the reference
   * @return {@code true} if it matches; {@code false} if it does not, or if checking it would take
   *     more than the budget
   */
  public boolean accepts(String reference) {
    try {
      return referencePattern.matcher(new Budgeted(reference, MATCH_BUDGET)).matches();
    } catch (Budgeted.Exhausted e) {
      return false;
    }
  }

  /** A string that counts its reads and gives up after a budget. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final int[] left;

    Budgeted(String text, int budget) {
      this(text, new int[] {budget});
    }

    private Budgeted(String text, int[] left) {
      this.text = text;
      this.left = left;
    }

    @Override
    public char charAt(int index) {
      if (--left[0] < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Budgeted(text.substring(start, end), left);
    }

    @Override
    public String toString() {
      return text;
    }

    /** The budget ran out. */
    static final class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super("the reference check ran out of budget", null, false, false);
      }
    }
  }

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
