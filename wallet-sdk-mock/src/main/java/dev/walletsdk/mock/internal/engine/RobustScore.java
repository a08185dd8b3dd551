/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The modified z-score of an amount against a history of amounts (Iglewicz and Hoaglin): {@code M =
 * 0.6745 × (x − median) / MAD}, where {@code MAD} is the median of the absolute deviations of the
 * history from its median. Medians of an even count are the mean of the two middle values. All
 * arithmetic is exact ({@link BigDecimal} over minor units): the comparison {@code M > threshold}
 * is made as {@code 0.6745 × (x − median) > threshold × MAD}, with no division. A history whose
 * {@code MAD} is zero (at least half its amounts equal) scores an amount above its median as
 * infinitely far, and one at or below it as zero.
 */
public final class RobustScore {
  /** The constant that makes the MAD a consistent estimator of the standard deviation. */
  public static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

  private RobustScore() {}

  /**
   * Returns the median of amounts.
   *
   * @param amounts at least one amount, in minor units
   * @return the median, exact
   */
  public static BigDecimal median(List<Long> amounts) {
    if (amounts.isEmpty()) {
      throw new IllegalArgumentException("the median of no amounts");
    }
    List<Long> sorted = new ArrayList<>(amounts);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal upper = BigDecimal.valueOf(sorted.get(n / 2));
    if (n % 2 == 1) {
      return upper;
    }
    return upper.add(BigDecimal.valueOf(sorted.get(n / 2 - 1))).divide(BigDecimal.valueOf(2));
  }

  /**
   * Returns the median absolute deviation of amounts from their median.
   *
   * @param amounts at least one amount, in minor units
   * @return the MAD, exact
   */
  public static BigDecimal mad(List<Long> amounts) {
    BigDecimal median = median(amounts);
    List<BigDecimal> deviations = new ArrayList<>(amounts.size());
    for (long amount : amounts) {
      deviations.add(BigDecimal.valueOf(amount).subtract(median).abs());
    }
    Collections.sort(deviations);
    int n = deviations.size();
    BigDecimal upper = deviations.get(n / 2);
    return n % 2 == 1 ? upper : upper.add(deviations.get(n / 2 - 1)).divide(BigDecimal.valueOf(2));
  }

  /**
   * Returns the score, rounded to 4 decimals half-up for display; {@code null} when the MAD is zero
   * and the amount is above the median (infinitely far).
   *
   * @param history at least one amount, in minor units
   * @param amount the amount scored, in minor units
   * @return the score, or {@code null} for an infinite one
   */
  public static @Nullable BigDecimal score(List<Long> history, long amount) {
    BigDecimal median = median(history);
    BigDecimal mad = mad(history);
    BigDecimal deviation = BigDecimal.valueOf(amount).subtract(median);
    if (mad.signum() == 0) {
      return deviation.signum() > 0 ? null : BigDecimal.ZERO.setScale(4);
    }
    return CONSISTENCY.multiply(deviation).divide(mad, 4, RoundingMode.HALF_UP);
  }

  /**
   * Tells whether an amount scores above a threshold, exactly.
   *
   * @param history at least one amount, in minor units
   * @param amount the amount scored, in minor units
   * @param threshold the score above which it is anomalous, positive
   * @return {@code true} if {@code 0.6745 × (amount − median) > threshold × MAD}, or the MAD is
   *     zero and the amount is above the median
   */
  public static boolean exceeds(List<Long> history, long amount, BigDecimal threshold) {
    BigDecimal median = median(history);
    BigDecimal mad = mad(history);
    BigDecimal deviation = BigDecimal.valueOf(amount).subtract(median);
    if (mad.signum() == 0) {
      return deviation.signum() > 0;
    }
    return CONSISTENCY.multiply(deviation).compareTo(threshold.multiply(mad)) > 0;
  }
}
