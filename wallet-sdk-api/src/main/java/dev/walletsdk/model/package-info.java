/**
 * The Wallet SDK's value types: money, ids, the resources of Wallet API v1 as the server returns
 * them, and the request types with their builders.
 *
 * <p>Every type is immutable and thread-safe. Nothing in this package accepts or returns {@code
 * null} unless it is marked {@code @Nullable}; optional values are returned as {@link
 * java.util.Optional}.
 *
 * <p>Configuration errors follow one rule across the SDK (docs/decisions/0028-public-surface.md): a
 * value that is missing or bad throws {@link dev.walletsdk.InvalidRequestException} naming the
 * field (its {@link dev.walletsdk.FieldError}), before anything is sent. In this package a {@code
 * null} passed where no {@code @Nullable} is declared is such a missing value (code {@code
 * required}), reported by the setter or, for the resources' builders, by {@code build()}; {@code
 * IllegalArgumentException} is never thrown for a bad value.
 */
@NullMarked
package dev.walletsdk.model;

import org.jspecify.annotations.NullMarked;
