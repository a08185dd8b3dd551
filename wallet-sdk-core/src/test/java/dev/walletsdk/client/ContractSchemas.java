/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates requests, responses and webhook deliveries against the schemas of docs/openapi.yaml.
 *
 * <p>swagger-parser reads the contract unresolved, so every {@code $ref} stays visible: an exchange
 * is matched to its operation by method and path template, its response by status (exact, then
 * {@code 4XX}/{@code 5XX}), and its body by content type; the JSON pointer of the schema found that
 * way is handed to the networknt validator (OpenAPI 3.1 dialect, JSON Schema 2020-12, format
 * assertions on), which resolves the contract's references itself. A violation reads {@code
 * <operationId> <status> <where> <JSON pointer>: <message>}.
 */
final class ContractSchemas {
  private static final ContractSchemas SHARED = new ContractSchemas(OpenApiContractTest.CONTRACT);

  /** The identifier the contract is registered under with the validator. */
  private static final String DOCUMENT = "https://walletsdk.dev/contract/openapi.yaml";

  private final OpenAPI api;
  private final com.fasterxml.jackson.databind.node.ObjectNode raw;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final List<Route> routes = new ArrayList<>();

  /** One operation of the contract, with the regular expression of its path template. */
  record Route(String operationId, String method, String template, Pattern pattern, Operation op) {
    int literalSegments() {
      return (int) template.chars().filter(c -> c == '/').count() - parameterCount();
    }

    private int parameterCount() {
      return (int) template.chars().filter(c -> c == '{').count();
    }
  }

  ContractSchemas(Path contract) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    String location = contract.toAbsolutePath().normalize().toUri().toString();
    this.api = new OpenAPIV3Parser().readLocation(location, null, options).getOpenAPI();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    String text;
    try {
      text = Files.readString(contract);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      this.raw =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              new com.fasterxml.jackson.databind.ObjectMapper(
                      new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                  .readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT, text)));
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      String regex = Pattern.quote(path.getKey()).replaceAll("\\{[A-Za-z]+}", "\\\\E[^/]+\\\\Q");
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        routes.add(
            new Route(
                operation.getValue().getOperationId(),
                operation.getKey().name(),
                path.getKey(),
                Pattern.compile(regex),
                operation.getValue()));
      }
    }
  }

  /**
   * Returns the validator of docs/openapi.yaml, shared by all tests.
   *
   * @return the validator
   */
  static ContractSchemas shared() {
    return SHARED;
  }

  /**
   * Finds the operation a request is for.
   *
   * @param method the HTTP method
   * @param path the raw path
   * @return the operation, most literal template first, or empty if the contract has none
   */
  Optional<Route> route(String method, String path) {
    return routes.stream()
        .filter(r -> r.method().equals(method) && r.pattern().matcher(path).matches())
        .max((a, b) -> Integer.compare(a.literalSegments(), b.literalSegments()));
  }

  /**
   * Validates one exchange: the request's parameters and body, and the response's status, headers
   * and body.
   *
   * @param request what the client sent
   * @param response what the server answered
   * @return the violations, empty if the exchange follows the contract
   */
  List<String> validate(TransportRequest request, TransportResponse response) {
    String path = request.uri().getRawPath();
    Optional<Route> found = route(request.method(), path);
    if (found.isEmpty()) {
      return List.of(request.method() + " " + path + ": no operation of the contract matches");
    }
    Route route = found.get();
    List<String> violations = new ArrayList<>();
    validateRequest(route, request, violations);
    validateResponse(route, response, violations);
    return violations;
  }

  /**
   * Validates only the response to a request, which may itself break the contract on purpose.
   *
   * @param method the request's method
   * @param path the request's raw path
   * @param response what the server answered
   * @return the violations, empty if the response follows the contract
   */
  List<String> validateResponse(String method, String path, TransportResponse response) {
    Optional<Route> found = route(method, path);
    if (found.isEmpty()) {
      return List.of(method + " " + path + ": no operation of the contract matches");
    }
    List<String> violations = new ArrayList<>();
    validateResponse(found.get(), response, violations);
    return violations;
  }

  /**
   * Returns the operations of the contract.
   *
   * @return every operation with its method and path template
   */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * Finds an operation by its id.
   *
   * @param operationId the id
   * @return the operation, or empty
   */
  Optional<Route> operation(String operationId) {
    return routes.stream().filter(r -> r.operationId().equals(operationId)).findFirst();
  }

  /**
   * Returns the links of an operation's response for a status.
   *
   * @param route the operation
   * @param status the status
   * @return the links by name, empty if the response has none
   */
  Map<String, Link> links(Route route, int status) {
    String key = responseKey(route.op().getResponses(), status);
    if (key == null) {
      return Map.of();
    }
    ApiResponse response = route.op().getResponses().get(key);
    if (response.get$ref() != null) {
      response = api.getComponents().getResponses().get(refName(response.get$ref()));
    }
    return response.getLinks() == null ? Map.of() : response.getLinks();
  }

  /**
   * Returns the {@code requestBody} of a link as written in the contract (swagger-parser keeps only
   * expressions given as text).
   *
   * @param route the operation whose response has the link
   * @param status the response's status
   * @param name the link's name
   * @return the body, an empty object if the link gives none
   */
  com.fasterxml.jackson.databind.JsonNode linkBody(Route route, int status, String name) {
    String key = responseKey(route.op().getResponses(), status);
    ApiResponse response = route.op().getResponses().get(key);
    String pointer =
        response.get$ref() != null
            ? "/components/responses/" + escape(refName(response.get$ref()))
            : operationPointer(route) + "/responses/" + escape(key);
    com.fasterxml.jackson.databind.JsonNode body =
        raw.at(pointer + "/links/" + escape(name) + "/requestBody");
    return body.isObject() ? body : raw.objectNode();
  }

  /**
   * Returns the JSON pointer of the schema of an operation's parameter.
   *
   * @param route the operation
   * @param name the parameter's name
   * @return the pointer, or empty if the operation has no such parameter
   */
  Optional<String> parameterSchema(Route route, String name) {
    List<Parameter> parameters =
        route.op().getParameters() == null ? List.of() : route.op().getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (resolve(parameters.get(i)).getName().equals(name)) {
        return Optional.of(parameterPointer(route, i, parameters.get(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the JSON pointer of the schema of a member of an operation's JSON request body.
   *
   * @param route the operation
   * @param member the member's name
   * @return the pointer, or empty if the body's schema has no such member
   */
  Optional<String> bodyMemberSchema(Route route, String member) {
    RequestBody body = route.op().getRequestBody();
    if (body == null || body.getContent() == null) {
      return Optional.empty();
    }
    io.swagger.v3.oas.models.media.Schema<?> schema =
        body.getContent().get("application/json").getSchema();
    if (schema.get$ref() == null) {
      return Optional.empty();
    }
    String name = refName(schema.get$ref());
    io.swagger.v3.oas.models.media.Schema<?> named = api.getComponents().getSchemas().get(name);
    return named.getProperties() != null && named.getProperties().containsKey(member)
        ? Optional.of("/components/schemas/" + escape(name) + "/properties/" + escape(member))
        : Optional.empty();
  }

  /**
   * Validates a JSON value against the schema at a pointer of the contract.
   *
   * @param where what to name in violations
   * @param pointer the schema's JSON pointer
   * @param json the value
   * @return the violations
   */
  List<String> validateValue(String where, String pointer, String json) {
    List<String> violations = new ArrayList<>();
    report(where, pointer, json, InputFormat.JSON, violations);
    return violations;
  }

  private void validateRequest(Route route, TransportRequest request, List<String> violations) {
    String where = route.operationId() + " request";
    Map<String, String> query = query(request.uri().getRawQuery());
    List<String> paths = pathValues(route, request.uri().getRawPath());
    List<String> names = pathNames(route.template());
    List<Parameter> parameters =
        route.op().getParameters() == null ? List.of() : route.op().getParameters();
    List<String> declaredQuery = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter declared = parameters.get(i);
      String pointer = parameterPointer(route, i, declared);
      Parameter parameter = resolve(declared);
      String name = parameter.getName();
      String value =
          switch (parameter.getIn()) {
            case "header" -> request.headers().first(name).orElse(null);
            case "query" -> {
              declaredQuery.add(name);
              yield query.get(name);
            }
            case "path" -> paths.get(names.indexOf(name));
            default -> null;
          };
      if (value == null) {
        if (Boolean.TRUE.equals(parameter.getRequired())) {
          violations.add(where + " " + parameter.getIn() + ":" + name + ": is required");
        }
        continue;
      }
      validateText(where + " " + parameter.getIn() + ":" + name, pointer, value, violations);
    }
    for (String name : query.keySet()) {
      if (!declaredQuery.contains(name)) {
        violations.add(where + " query:" + name + ": is not a parameter of the operation");
      }
    }
    RequestBody body = route.op().getRequestBody();
    byte[] bytes = request.body().orElse(null);
    if (body == null) {
      if (bytes != null && bytes.length > 0) {
        violations.add(where + ": the operation takes no body but one was sent");
      }
      return;
    }
    if (bytes == null) {
      if (Boolean.TRUE.equals(body.getRequired())) {
        violations.add(where + ": the body is required");
      }
      return;
    }
    String mediaType = mediaType(request.headers());
    String pointer = operationPointer(route) + "/requestBody";
    validateBody(where, pointer, body.getContent(), mediaType, bytes, violations);
  }

  private void validateResponse(Route route, TransportResponse response, List<String> violations) {
    int status = response.status();
    String where = route.operationId() + " " + status + " response";
    Map<String, ApiResponse> responses = route.op().getResponses();
    String key = responseKey(responses, status);
    if (key == null) {
      violations.add(where + ": status " + status + " is not listed for the operation");
      return;
    }
    ApiResponse declared = responses.get(key);
    String pointer = operationPointer(route) + "/responses/" + escape(key);
    ApiResponse resolved = declared;
    if (declared.get$ref() != null) {
      String name = refName(declared.get$ref());
      resolved = api.getComponents().getResponses().get(name);
      pointer = "/components/responses/" + escape(name);
    }
    validateHeaders(where, pointer, resolved, response.headers(), violations);
    validateBody(
        where,
        pointer,
        resolved.getContent(),
        mediaType(response.headers()),
        response.body(),
        violations);
  }

  /**
   * Validates a webhook delivery against the contract's {@code webhooks.event}.
   *
   * @param headers the delivery's headers
   * @param body the event as delivered
   * @return the violations, empty if the delivery follows the contract
   */
  List<String> validateWebhook(Headers headers, byte[] body) {
    List<String> violations = new ArrayList<>();
    Operation operation = api.getWebhooks().get("event").getPost();
    String where = operation.getOperationId() + " delivery";
    for (int i = 0; i < operation.getParameters().size(); i++) {
      Parameter parameter = operation.getParameters().get(i);
      String value = headers.first(parameter.getName()).orElse(null);
      if (value == null) {
        violations.add(where + " header:" + parameter.getName() + ": is required");
      } else {
        validateText(
            where + " header:" + parameter.getName(),
            "/webhooks/event/post/parameters/" + i + "/schema",
            value,
            violations);
      }
    }
    validateBody(
        where,
        "/webhooks/event/post/requestBody",
        operation.getRequestBody().getContent(),
        "application/json",
        body,
        violations);
    return violations;
  }

  /**
   * Validates a JSON document against a schema of {@code components/schemas}.
   *
   * @param name the schema's name
   * @param json the document
   * @return the violations as {@code <pointer>: <message>}
   */
  List<String> validateSchema(String name, String json) {
    List<String> violations = new ArrayList<>();
    report(name, "/components/schemas/" + escape(name), json, InputFormat.JSON, violations);
    return violations;
  }

  private void validateHeaders(
      String where,
      String pointer,
      ApiResponse response,
      Headers headers,
      List<String> violations) {
    if (response.getHeaders() == null) {
      return;
    }
    for (Map.Entry<String, Header> declared : response.getHeaders().entrySet()) {
      Header header = declared.getValue();
      String headerPointer = pointer + "/headers/" + escape(declared.getKey()) + "/schema";
      if (header.get$ref() != null) {
        String name = refName(header.get$ref());
        header = api.getComponents().getHeaders().get(name);
        headerPointer = "/components/headers/" + escape(name) + "/schema";
      }
      String value = headers.first(declared.getKey()).orElse(null);
      if (value == null) {
        if (Boolean.TRUE.equals(header.getRequired())) {
          violations.add(where + " header:" + declared.getKey() + ": is required");
        }
        continue;
      }
      validateText(where + " header:" + declared.getKey(), headerPointer, value, violations);
    }
  }

  private void validateBody(
      String where,
      String pointer,
      @Nullable Content content,
      @Nullable String mediaType,
      byte[] body,
      List<String> violations) {
    if (content == null || content.isEmpty()) {
      if (body.length > 0) {
        violations.add(where + ": the contract declares no body but one was sent");
      }
      return;
    }
    if (mediaType == null || !content.containsKey(mediaType)) {
      violations.add(where + ": content type " + mediaType + " is not one of " + content.keySet());
      return;
    }
    String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
    report(
        where,
        schemaPointer,
        new String(body, StandardCharsets.UTF_8),
        InputFormat.JSON,
        violations);
  }

  /** Validates a header, path or query value: a number where the schema wants one, else text. */
  private void validateText(String where, String pointer, String value, List<String> violations) {
    String json =
        value.matches("-?(0|[1-9][0-9]{0,17})") && wantsNumber(pointer) ? value : quote(value);
    report(where, pointer, json, InputFormat.JSON, violations);
  }

  private boolean wantsNumber(String pointer) {
    String text = schema(pointer).getSchemaNode().path("type").asString("");
    return text.equals("integer") || text.equals("number");
  }

  private void report(
      String where, String pointer, String json, InputFormat format, List<String> violations) {
    List<Error> errors;
    try {
      errors = schema(pointer).validate(json, format);
    } catch (RuntimeException e) {
      violations.add(where + ": cannot validate (" + e.getMessage() + ")");
      return;
    }
    for (Error error : errors) {
      String at = error.getInstanceLocation().toString();
      violations.add(where + " " + (at.isEmpty() ? "/" : at) + ": " + error.getMessage());
    }
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer,
        p -> {
          Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + fragment(p)));
          schema.initializeValidators();
          return schema;
        });
  }

  private Parameter resolve(Parameter parameter) {
    return parameter.get$ref() == null
        ? parameter
        : api.getComponents().getParameters().get(refName(parameter.get$ref()));
  }

  private String parameterPointer(Route route, int index, Parameter declared) {
    return declared.get$ref() == null
        ? operationPointer(route) + "/parameters/" + index + "/schema"
        : "/components/parameters/" + escape(refName(declared.get$ref())) + "/schema";
  }

  private static String operationPointer(Route route) {
    return "/paths/" + escape(route.template()) + "/" + route.method().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String responseKey(Map<String, ApiResponse> responses, int status) {
    String exact = Integer.toString(status);
    if (responses.containsKey(exact)) {
      return exact;
    }
    String range = exact.charAt(0) + "XX";
    if (responses.containsKey(range)) {
      return range;
    }
    return responses.containsKey("default") ? "default" : null;
  }

  private static @Nullable String mediaType(Headers headers) {
    return headers
        .first("Content-Type")
        .map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .orElse(null);
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      query.put(
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  private static List<String> pathValues(Route route, String path) {
    java.util.regex.Matcher matcher =
        Pattern.compile(route.template().replaceAll("\\{[A-Za-z]+}", "([^/]+)")).matcher(path);
    List<String> values = new ArrayList<>();
    if (matcher.matches()) {
      for (int i = 1; i <= matcher.groupCount(); i++) {
        values.add(URLDecoder.decode(matcher.group(i), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static List<String> pathNames(String template) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher matcher = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** Escapes one JSON pointer token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON pointer as a URI fragment: the characters a URI does not allow are percent-encoded. */
  private static String fragment(String pointer) {
    return pointer.replace("{", "%7B").replace("}", "%7D").replace("+", "%2B");
  }

  private static String quote(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
