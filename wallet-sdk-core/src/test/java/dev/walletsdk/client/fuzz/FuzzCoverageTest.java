/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps response fuzzing complete: every operation of the contract has a target and seeds. */
class FuzzCoverageTest {
  private static final Path CONTRACT = Path.of("..", "docs", "openapi.yaml");
  private static final Path INPUTS =
      Path.of(
          "src/test/resources/dev/walletsdk/client/fuzz",
          OperationResponseFuzzTest.class.getSimpleName() + "Inputs");

  @Test
  void everyOperationOfTheContractHasAFuzzTarget() {
    Set<String> fuzzed = new TreeSet<>();
    OperationResponseFuzzTest.TARGETS
        .values()
        .forEach(group -> group.forEach(operation -> fuzzed.add(operation.operationId())));
    fuzzed.add(OperationResponseFuzzTest.WEBHOOK_OPERATION);

    assertThat(fuzzed).isEqualTo(contractOperations());
  }

  @Test
  void everyTargetIsAFuzzTestMethod() {
    Set<String> methods =
        Arrays.stream(OperationResponseFuzzTest.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(FuzzTest.class))
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> targets = new TreeSet<>(OperationResponseFuzzTest.TARGETS.keySet());
    targets.add(OperationResponseFuzzTest.WEBHOOK_OPERATION);

    assertThat(methods).isEqualTo(targets);
  }

  @Test
  void everyFuzzedOperationHasASeedNamingIt() {
    OperationResponseFuzzTest.TARGETS.forEach(
        (target, group) -> {
          Set<String> seeded = seededOperations(INPUTS.resolve(target));
          for (FuzzedOperation operation : group) {
            assertThat(seeded).as(target).contains(operation.operationId());
          }
        });
  }

  @Test
  void theWebhookTargetHasSeeds() throws IOException {
    try (Stream<Path> seeds = Files.list(INPUTS.resolve("receiveEvent"))) {
      assertThat(seeds.count()).isGreaterThan(0);
    }
  }

  private static Set<String> contractOperations() {
    OpenAPI contract = new OpenAPIV3Parser().read(CONTRACT.toUri().toString());
    Set<String> ids = new TreeSet<>();
    Stream.concat(contract.getPaths().values().stream(), contract.getWebhooks().values().stream())
        .map(PathItem::readOperations)
        .flatMap(List::stream)
        .map(Operation::getOperationId)
        .forEach(ids::add);
    return ids;
  }

  /** The operations named on the first line of the seeds of a target. */
  private static Set<String> seededOperations(Path directory) {
    try (Stream<Path> seeds = Files.list(directory)) {
      return seeds
          .map(FuzzCoverageTest::firstLine)
          .map(line -> line.split(" "))
          .filter(words -> words.length >= 2)
          .map(words -> words[1])
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(Path seed) {
    try {
      // Findings the fuzzer wrote are bytes, not always UTF-8: decode leniently, as FuzzInput does.
      String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      return end < 0 ? text : text.substring(0, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
