/**
 * Micrometer metrics for the Wallet SDK client, built on {@link dev.walletsdk.spi.RequestListener}:
 * call and attempt timers, retry and fault counters and an in-flight gauge, all tagged by operation
 * with bounded values. See {@link dev.walletsdk.micrometer.WalletMetrics} for the meters.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.walletsdk.micrometer;

import org.jspecify.annotations.NullMarked;
