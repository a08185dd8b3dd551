/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Summarizes the measured rounds of one load scenario: every round, and mean ± sample sd. */
final class LoadReport {
  private LoadReport() {}

  static ObjectNode summary(
      String server, String client, String operation, int callers, List<LoadRun.Result> rounds) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("server", server);
    node.put("client", client);
    node.put("operation", operation);
    node.put("callers", callers);
    node.put("calls", rounds.stream().mapToLong(LoadRun.Result::calls).sum());
    node.put("errors", rounds.stream().mapToLong(LoadRun.Result::errors).sum());
    stat(node, "perSecond", rounds, LoadRun.Result::perSecond);
    stat(node, "p50Millis", rounds, r -> r.percentileMillis(50));
    stat(node, "p99Millis", rounds, r -> r.percentileMillis(99));
    stat(node, "clientCpuMicrosPerCall", rounds, LoadRun.Result::clientCpuMicrosPerCall);
    stat(node, "serverCpuMicrosPerCall", rounds, LoadRun.Result::serverCpuMicrosPerCall);
    ArrayNode each = node.putArray("rounds");
    for (LoadRun.Result r : rounds) {
      ObjectNode round = each.addObject();
      round.put("calls", r.calls());
      round.put("errors", r.errors());
      round.put("seconds", r.seconds());
      round.put("perSecond", r.perSecond());
      round.put("p50Millis", r.percentileMillis(50));
      round.put("p99Millis", r.percentileMillis(99));
      round.put("clientCpuMicrosPerCall", r.clientCpuMicrosPerCall());
      round.put("serverCpuMicrosPerCall", r.serverCpuMicrosPerCall());
    }
    return node;
  }

  private static void stat(
      ObjectNode node,
      String name,
      List<LoadRun.Result> rounds,
      ToDoubleFunction<LoadRun.Result> f) {
    double[] values = rounds.stream().mapToDouble(f).toArray();
    double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    ObjectNode stat = node.putObject(name);
    stat.put("mean", mean);
    stat.put("sd", values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0);
  }
}
