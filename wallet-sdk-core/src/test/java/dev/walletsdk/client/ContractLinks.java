/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import io.swagger.v3.oas.models.links.Link;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the OpenAPI links of docs/openapi.yaml: statically, that each names an operation and that
 * operation's parameters and body members; on a real exchange, that each runtime expression finds a
 * value the linked operation accepts, so a stateful tester that follows the link sends a valid id.
 */
final class ContractLinks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION =
      Pattern.compile("\\$(response\\.body#(/.*)|request\\.(path|query)\\.([A-Za-z]+))");

  private final ContractSchemas contract;

  ContractLinks(ContractSchemas contract) {
    this.contract = contract;
  }

  /**
   * Checks every link of every response of the contract against the operation it names.
   *
   * @return the problems, empty if every link names an existing operation, parameter and member
   */
  List<String> checkDeclarations() {
    List<String> problems = new ArrayList<>();
    for (ContractSchemas.Route route : contract.routes()) {
      for (String status : route.op().getResponses().keySet()) {
        if (!status.matches("[0-9]{3}")) {
          continue;
        }
        for (Map.Entry<String, Link> link :
            contract.links(route, Integer.parseInt(status)).entrySet()) {
          String where = route.operationId() + " " + status + " link " + link.getKey();
          Optional<ContractSchemas.Route> target =
              contract.operation(link.getValue().getOperationId());
          if (target.isEmpty()) {
            problems.add(where + ": no operation " + link.getValue().getOperationId());
            continue;
          }
          parameters(link.getValue())
              .forEach(
                  (name, expression) -> {
                    if (contract.parameterSchema(target.get(), name).isEmpty()) {
                      problems.add(where + ": no parameter " + name);
                    }
                    if (!EXPRESSION.matcher(expression).matches()) {
                      problems.add(where + ": not a runtime expression: " + expression);
                    }
                  });
          for (String member :
              contract
                  .linkBody(route, Integer.parseInt(status), link.getKey())
                  .properties()
                  .stream()
                  .map(Map.Entry::getKey)
                  .toList()) {
            if (contract.bodyMemberSchema(target.get(), member).isEmpty()) {
              problems.add(where + ": no body member " + member);
            }
          }
        }
      }
    }
    return problems;
  }

  /**
   * Evaluates the links of a response on the exchange and validates each value against the linked
   * operation's schema.
   *
   * @param route the operation of the exchange
   * @param request what was sent
   * @param response what was answered
   * @return the violations
   */
  List<String> check(
      ContractSchemas.Route route, TransportRequest request, TransportResponse response) {
    Map<String, Link> links = contract.links(route, response.status());
    if (links.isEmpty() || response.status() >= 500) {
      return List.of();
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      return List.of(route.operationId() + " " + response.status() + ": links need a JSON body");
    }
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Link> entry : links.entrySet()) {
      String where = route.operationId() + " " + response.status() + " link " + entry.getKey();
      ContractSchemas.Route target =
          contract.operation(entry.getValue().getOperationId()).orElse(null);
      if (target == null) {
        violations.add(where + ": no operation " + entry.getValue().getOperationId());
        continue;
      }
      for (Map.Entry<String, String> parameter : parameters(entry.getValue()).entrySet()) {
        JsonNode value = evaluate(parameter.getValue(), route, request, body);
        if (value == null) {
          if (!isLastPage(parameter.getValue(), body)) {
            violations.add(
                where + " " + parameter.getKey() + ": " + parameter.getValue() + " is absent");
          }
          continue;
        }
        String pointer = contract.parameterSchema(target, parameter.getKey()).orElseThrow();
        violations.addAll(
            contract.validateValue(where + " " + parameter.getKey(), pointer, value.toString()));
      }
      for (Map.Entry<String, JsonNode> member :
          contract.linkBody(route, response.status(), entry.getKey()).properties()) {
        JsonNode value = evaluate(member.getValue().asText(), route, request, body);
        if (value == null) {
          violations.add(where + " body " + member.getKey() + ": absent");
          continue;
        }
        String pointer = contract.bodyMemberSchema(target, member.getKey()).orElseThrow();
        violations.addAll(
            contract.validateValue(where + " body " + member.getKey(), pointer, value.toString()));
      }
    }
    return violations;
  }

  /** A page's {@code nextCursor} is absent or null on the last page: nothing to follow. */
  private static boolean isLastPage(String expression, JsonNode body) {
    return expression.equals("$response.body#/nextCursor") && !body.path("hasMore").asBoolean();
  }

  private static @Nullable JsonNode evaluate(
      String expression, ContractSchemas.Route route, TransportRequest request, JsonNode body) {
    Matcher matcher = EXPRESSION.matcher(expression);
    if (!matcher.matches()) {
      return null;
    }
    if (matcher.group(2) != null) {
      JsonNode value = body.at(matcher.group(2));
      return value.isMissingNode() || value.isNull() ? null : value;
    }
    String name = matcher.group(4);
    String found =
        matcher.group(3).equals("path")
            ? pathValue(route.template(), request.uri().getRawPath(), name)
            : queryValue(request.uri().getRawQuery(), name);
    return found == null ? null : JSON.getNodeFactory().textNode(found);
  }

  private static @Nullable String pathValue(String template, String path, String name) {
    String[] names = template.split("/");
    String[] values = path.split("/");
    for (int i = 0; i < names.length && i < values.length; i++) {
      if (names[i].equals("{" + name + "}")) {
        return URLDecoder.decode(values[i], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static @Nullable String queryValue(@Nullable String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
        return parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static Map<String, String> parameters(Link link) {
    return link.getParameters() == null ? Map.of() : link.getParameters();
  }
}
