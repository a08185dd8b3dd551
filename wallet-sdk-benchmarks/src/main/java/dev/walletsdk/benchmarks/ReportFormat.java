/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;

/** Number formatting and small statistics shared by the tables of {@link PerformanceReport}. */
final class ReportFormat {
  private ReportFormat() {}

  static JsonNode benchmark(JsonNode jmh, String suffix) {
    for (JsonNode b : jmh) {
      if (b.get("benchmark").asText().endsWith(suffix)) {
        return b;
      }
    }
    throw new IllegalStateException("no result for " + suffix);
  }

  static double score(JsonNode metric) {
    return metric.get("score").asDouble();
  }

  static String withError(JsonNode metric, int decimals) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return fixed(score(metric), decimals)
        + (Double.isNaN(error) ? "" : " ± " + fixed(error, decimals));
  }

  static String meanSd(JsonNode stat, int decimals) {
    return fixed(stat.get("mean").asDouble(), decimals)
        + " ± "
        + fixed(stat.get("sd").asDouble(), decimals);
  }

  static String meanSd(double[] values, int decimals) {
    double mean = mean(values);
    return fixed(mean, decimals) + " ± " + fixed(sd(values, mean), decimals);
  }

  static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double[] values(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  static double sd(double[] values, double mean) {
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
  }

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
