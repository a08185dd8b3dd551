/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.model.IdempotencyKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One operation of Wallet API v1 as the resources describe it to the pipeline: what to send and how
 * to read the answer.
 *
 * @param <T> the result type
 */
public final class ApiCall<T> {
  /** Where a resource's receipt is checked. */
  public enum ReceiptAt {
    /** The response has no receipt. */
    NONE,
    /** The response is a resource that reports a money movement, carrying a receipt. */
    ROOT,
    /** The response is a challenge result whose {@code result} member carries a receipt. */
    RESULT
  }

  private final String operation;
  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final @Nullable ObjectNode body;
  private final List<String> sensitivePointers;
  private final boolean encryptionRequired;
  private final @Nullable IdempotencyKey idempotencyKey;
  private final String rootName;
  private final Function<JsonRead, T> reader;
  private final @Nullable BiFunction<JsonRead, String, T> bodyReader;
  private final @Nullable Function<byte[], @Nullable T> streamingReader;
  private final ReceiptAt receiptAt;
  private final boolean stepUpEligible;
  private final @Nullable Identity identity;

  /**
   * The member that names the one resource a call asks for, and its value.
   *
   * @param member {@code id}, or {@code walletId} for a view of a wallet
   * @param value the id asked for
   */
  record Identity(String member, String value) {}

  private ApiCall(Builder<T> builder) {
    this.operation = requireNonNull(builder.operation, "operation");
    this.method = builder.method;
    this.path = requireNonNull(builder.path, "path");
    // Insertion order, so query strings are stable (Map.copyOf iterates in a per-JVM order).
    this.query =
        builder.query == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
    this.body = builder.body;
    this.sensitivePointers = List.copyOf(builder.sensitivePointers);
    this.encryptionRequired = builder.encryptionRequired;
    this.idempotencyKey = builder.idempotencyKey;
    this.rootName = builder.rootName;
    this.reader = requireNonNull(builder.reader, "reader");
    this.bodyReader = builder.bodyReader;
    this.streamingReader = builder.streamingReader;
    this.receiptAt = builder.receiptAt;
    this.stepUpEligible = builder.stepUpEligible;
    this.identity = builder.identity;
  }

  /**
   * Starts a GET.
   *
   * @param operation the operation name
   * @param path the path, ids already in place
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> get(String operation, String path) {
    return new Builder<T>(operation, "GET", path);
  }

  /**
   * Starts a POST.
   *
   * @param operation the operation name
   * @param path the path, ids already in place
   * @param body the request body
   * @param <T> the result type
   * @return a builder
   */
  public static <T> Builder<T> post(String operation, String path, ObjectNode body) {
    Builder<T> builder = new Builder<>(operation, "POST", path);
    builder.body = body;
    return builder;
  }

  /**
   * Returns the operation name, for example {@code "transfers.create"}.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  Map<String, String> query() {
    return query;
  }

  @Nullable ObjectNode body() {
    return body;
  }

  List<String> sensitivePointers() {
    return sensitivePointers;
  }

  boolean encryptionRequired() {
    return encryptionRequired;
  }

  @Nullable IdempotencyKey idempotencyKey() {
    return idempotencyKey;
  }

  String rootName() {
    return rootName;
  }

  Function<JsonRead, T> reader() {
    return reader;
  }

  @Nullable BiFunction<JsonRead, String, T> bodyReader() {
    return bodyReader;
  }

  @Nullable Function<byte[], @Nullable T> streamingReader() {
    return streamingReader;
  }

  ReceiptAt receiptAt() {
    return receiptAt;
  }

  boolean stepUpEligible() {
    return stepUpEligible;
  }

  @Nullable Identity identity() {
    return identity;
  }

  /**
   * Builds an {@link ApiCall}.
   *
   * @param <T> the result type
   */
  public static final class Builder<T> {
    private final String operation;
    private final String method;
    private final String path;
    private @Nullable Map<String, String> query;
    private @Nullable ObjectNode body;
    private List<String> sensitivePointers = List.of();
    private boolean encryptionRequired;
    private @Nullable IdempotencyKey idempotencyKey;
    private String rootName = "response";
    private @Nullable Function<JsonRead, T> reader;
    private @Nullable BiFunction<JsonRead, String, T> bodyReader;
    private @Nullable Function<byte[], @Nullable T> streamingReader;
    private ReceiptAt receiptAt = ReceiptAt.NONE;
    private boolean stepUpEligible;
    private @Nullable Identity identity;

    private Builder(String operation, String method, String path) {
      this.operation = operation;
      this.method = method;
      this.path = path;
    }

    /**
     * Adds a query parameter when the value is present.
     *
     * @param name the parameter name
     * @param value the value, or {@code null} to omit the parameter
     * @return this builder
     */
    public Builder<T> query(String name, @Nullable Object value) {
      if (value != null) {
        if (query == null) {
          query = new LinkedHashMap<>();
        }
        query.put(name, value.toString());
      }
      return this;
    }

    /**
     * Names the body fields to encrypt when field encryption is configured.
     *
     * @param pointers JSON pointers into the body
     * @return this builder
     */
    public Builder<T> sensitive(String... pointers) {
      this.sensitivePointers = List.of(pointers);
      return this;
    }

    /**
     * Names body fields that hold personal data and may only be sent encrypted: when any of them is
     * present and the client has no field encryption, the call fails before anything is sent.
     *
     * @param pointers JSON pointers into the body
     * @return this builder
     */
    public Builder<T> sensitiveRequired(List<String> pointers) {
      this.sensitivePointers = List.copyOf(pointers);
      this.encryptionRequired = true;
      return this;
    }

    /**
     * Sets the caller's idempotency key.
     *
     * @param key the key, or {@code null} to have one generated
     * @return this builder
     */
    public Builder<T> idempotencyKey(@Nullable IdempotencyKey key) {
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Names the one resource the call asks for: the response must be an object of the type named by
     * the root name whose {@code member} is exactly {@code value}, or the call fails with an
     * invalid response (a server or proxy answering with another resource is never believed).
     *
     * @param member {@code id}, or {@code walletId} for a view of a wallet
     * @param value the id asked for
     * @return this builder
     */
    public Builder<T> identifiedBy(String member, String value) {
      this.identity = new Identity(member, value);
      return this;
    }

    /**
     * Marks a write that the server may hold for step-up authentication.
     *
     * @return this builder
     */
    public Builder<T> stepUpEligible() {
      this.stepUpEligible = true;
      return this;
    }

    /**
     * Sets where the receipt is.
     *
     * @param receiptAt the receipt's place
     * @return this builder
     */
    public Builder<T> receipt(ReceiptAt receiptAt) {
      this.receiptAt = receiptAt;
      return this;
    }

    /**
     * Adds a reader that reads the body straight from its tokens, used when nothing else needs the
     * tree (no identity to check, no receipt to verify, no fields to decrypt). It must return what
     * the tree reader returns for the same body, or {@code null} to leave the body to the tree
     * reader, as the readers of {@code StreamingReaders} do.
     *
     * @param reader reads the body, or returns {@code null}
     * @return this builder
     */
    public Builder<T> streaming(Function<byte[], @Nullable T> reader) {
      this.streamingReader = reader;
      return this;
    }

    /**
     * Sets how to read the response body.
     *
     * @param rootName the root's name in error messages
     * @param reader reads the root object
     * @return the finished call
     */
    public ApiCall<T> reading(String rootName, Function<JsonRead, T> reader) {
      this.rootName = rootName;
      this.reader = reader;
      return new ApiCall<>(this);
    }

    /**
     * Sets how to read the response body when the result keeps the body's text as received.
     *
     * @param rootName the root's name in error messages
     * @param reader reads the root object together with the whole body as text
     * @return the finished call
     */
    public ApiCall<T> readingWithBody(String rootName, BiFunction<JsonRead, String, T> reader) {
      this.rootName = rootName;
      this.bodyReader = reader;
      this.reader = json -> reader.apply(json, new String(Json.write(json.node()), UTF_8));
      return new ApiCall<>(this);
    }
  }
}
