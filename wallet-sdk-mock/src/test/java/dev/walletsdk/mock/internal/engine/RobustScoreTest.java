/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The modified z-score: 0.6745 × (x − median) / MAD, exact. */
class RobustScoreTest {
  private static final List<Long> HISTORY = List.of(1000L, 1200L, 1100L, 1300L, 1200L);

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(RobustScore.median(HISTORY)).isEqualByComparingTo("1200");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(RobustScore.median(List.of(1000L, 1300L, 1100L, 1200L))).isEqualTo("1150");
  }

  @Test
  void madIsTheMedianOfTheAbsoluteDeviations() {
    // deviations from 1200: 200, 0, 100, 100, 0 -> sorted 0, 0, 100, 100, 200
    assertThat(RobustScore.mad(HISTORY)).isEqualByComparingTo("100");
  }

  @Test
  void scoreIsScaledByTheConsistencyConstant() {
    // 0.6745 × (1719 − 1200) / 100 = 3.500655
    assertThat(RobustScore.score(HISTORY, 1719)).isEqualTo(new BigDecimal("3.5007"));
    assertThat(RobustScore.score(HISTORY, 1000)).isEqualTo(new BigDecimal("-1.3490"));
  }

  @Test
  void exceedsIsExactAtTheThreshold() {
    BigDecimal threshold = new BigDecimal("3.5");
    // 0.6745 × 518 = 349.391 <= 350; 0.6745 × 519 = 350.0655 > 350
    assertThat(RobustScore.exceeds(HISTORY, 1718, threshold)).isFalse();
    assertThat(RobustScore.exceeds(HISTORY, 1719, threshold)).isTrue();
  }

  @Test
  void scoreEqualToTheThresholdDoesNotExceedIt() {
    // MAD 6745: 0.6745 × (x − 1000) > 1 × 6745 needs x − 1000 > 10000
    List<Long> wide = List.of(1000L - 6745, 1000L, 1000L + 6745);
    assertThat(RobustScore.exceeds(wide, 11_000, BigDecimal.ONE)).isFalse();
    assertThat(RobustScore.exceeds(wide, 11_001, BigDecimal.ONE)).isTrue();
  }

  @Test
  void zeroMadScoresOnlyAmountsAboveTheMedianAsInfinite() {
    List<Long> flat = List.of(500L, 500L, 500L, 900L);
    assertThat(RobustScore.mad(flat)).isEqualByComparingTo("0");
    assertThat(RobustScore.score(flat, 501)).isNull();
    assertThat(RobustScore.exceeds(flat, 501, new BigDecimal("1000"))).isTrue();
    assertThat(RobustScore.exceeds(flat, 500, new BigDecimal("0.0001"))).isFalse();
    assertThat(RobustScore.score(flat, 500)).isEqualTo(new BigDecimal("0.0000"));
  }

  @Test
  void emptyHistoryHasNoMedian() {
    assertThatThrownBy(() -> RobustScore.median(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the median of no amounts");
  }
}
