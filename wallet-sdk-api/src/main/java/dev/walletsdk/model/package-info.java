/**
 * The Wallet SDK's value types: money, ids, the resources of Wallet API v1 as the server returns
 * them, and the request types with their builders.
 *
 * <p>Every type is immutable and thread-safe. Nothing in this package accepts or returns {@code
 * null} unless it is marked {@code @Nullable}; optional values are returned as {@link
 * java.util.Optional}.
 */
@NullMarked
package dev.walletsdk.model;

import org.jspecify.annotations.NullMarked;
