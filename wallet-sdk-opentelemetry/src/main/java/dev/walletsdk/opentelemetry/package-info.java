/**
 * OpenTelemetry tracing for the Wallet SDK client, built on {@link
 * dev.walletsdk.spi.RequestListener} (a span per call), {@link dev.walletsdk.spi.Interceptor} (a
 * CLIENT span per attempt, and W3C trace context on the wire) and {@link
 * dev.walletsdk.spi.TaskDecorator} (the caller's context carried to asynchronous calls). See {@link
 * dev.walletsdk.opentelemetry.WalletTelemetry} for the spans and their attributes.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.walletsdk.opentelemetry;

import org.jspecify.annotations.NullMarked;
