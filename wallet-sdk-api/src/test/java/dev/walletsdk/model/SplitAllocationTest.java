/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting a bill by percentages: largest remainder, ties by participant order. */
class SplitAllocationTest {
  private static List<BigDecimal> pct(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void thirdsGiveTheLeftoverCentToTheLargestRemainder() {
    assertThat(SplitAllocation.byPercentages(eur("100.00"), pct("33.3333", "33.3333", "33.3334")))
        .containsExactly(eur("33.33"), eur("33.33"), eur("33.34"));
    assertThat(SplitAllocation.byPercentages(eur("10.00"), pct("33.3333", "33.3333", "33.3334")))
        .containsExactly(eur("3.33"), eur("3.33"), eur("3.34"));
    assertThat(SplitAllocation.byPercentages(eur("0.01"), pct("50", "50")))
        .containsExactly(eur("0.01"), eur("0.00"));
  }

  @Test
  void largestRemainderWinsOverOrder() {
    // exact: 3.335, 3.3316..., 3.3333...: floors 3.33 each, one cent left, the largest
    // remainder is the first (0.5 of a cent).
    assertThat(SplitAllocation.byPercentages(eur("10.00"), pct("33.35", "33.3167", "33.3333")))
        .containsExactly(eur("3.34"), eur("3.33"), eur("3.33"));
    // Same split, the largest remainder last.
    assertThat(SplitAllocation.byPercentages(eur("10.00"), pct("33.3167", "33.3333", "33.35")))
        .containsExactly(eur("3.33"), eur("3.33"), eur("3.34"));
  }

  @Test
  void tiesGoToEarlierParticipants() {
    assertThat(SplitAllocation.byPercentages(eur("0.05"), pct("25", "25", "25", "25")))
        .containsExactly(eur("0.02"), eur("0.01"), eur("0.01"), eur("0.01"));
    assertThat(SplitAllocation.byPercentages(Money.of("7", "JPY"), pct("50", "50")))
        .containsExactly(Money.of("4", "JPY"), Money.of("3", "JPY"));
  }

  @Test
  void badPercentagesAreRejected() {
    assertRejected(
        () -> SplitAllocation.byPercentages(eur("1.00"), pct("50", "49.99")),
        "percentages",
        "percentages_mismatch",
        "percentages add up to 99.99, not 100");
    assertRejected(
        () -> SplitAllocation.byPercentages(eur("1.00"), pct("100.5", "-0.5")),
        "percentages[0]",
        "out_of_range",
        "percentages[0] must be greater than 0 and at most 100 but was 100.5");
    assertRejected(
        () -> SplitAllocation.byPercentages(eur("1.00"), pct("50.00001", "49.99999")),
        "percentages[0]",
        "too_many_decimals",
        "percentages[0] 50.00001 has more than 4 decimal places");
  }

  @Test
  void exactSharesMustAddUp() {
    assertRejected(
        () -> SplitAllocation.byShares(eur("10.00"), List.of(eur("4.00"), eur("5.00"))),
        "shares",
        "shares_mismatch",
        "shares add up to 9.00 EUR but the bill is 10.00 EUR");
  }

  @Test
  void sharesAddUpAndStayWithinOneMinorUnitOfExact() {
    qt().withExamples(500)
        .forAll(
            longs().between(1, 100_000_000L),
            lists().of(integers().between(1, 10_000)).ofSizeBetween(2, 20))
        .checkAssert(
            (units, weights) -> {
              List<BigDecimal> percentages = percentagesFrom(weights);
              Money total = Money.ofMinor(units, CurrencyCode.EUR);

              List<Money> shares = SplitAllocation.byPercentages(total, percentages);

              assertThat(shares.stream().map(Money::minorUnits).reduce(0L, Long::sum))
                  .isEqualTo(units);
              for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact =
                    BigDecimal.valueOf(units).multiply(percentages.get(i)).movePointLeft(2);
                BigDecimal error =
                    BigDecimal.valueOf(shares.get(i).minorUnits()).subtract(exact).abs();
                assertThat(error).isLessThan(BigDecimal.ONE);
              }
              assertThat(SplitAllocation.byPercentages(total, percentages)).isEqualTo(shares);
            });
  }

  /** Percentages with 4 decimals proportional to the weights, adjusted to add up to 100. */
  private static List<BigDecimal> percentagesFrom(List<Integer> weights) {
    long sum = weights.stream().mapToLong(Integer::longValue).sum();
    List<BigDecimal> percentages = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int weight : weights) {
      BigDecimal p =
          BigDecimal.valueOf(weight * 100L)
              .divide(BigDecimal.valueOf(sum), 4, RoundingMode.DOWN)
              .max(new BigDecimal("0.0001"));
      percentages.add(p);
      total = total.add(p);
    }
    int last = percentages.size() - 1;
    BigDecimal adjusted = percentages.get(last).add(BigDecimal.valueOf(100).subtract(total));
    if (adjusted.signum() <= 0) {
      percentages.set(0, percentages.get(0).add(adjusted.subtract(new BigDecimal("0.0001"))));
      adjusted = new BigDecimal("0.0001");
    }
    percentages.set(last, adjusted);
    return percentages;
  }
}
