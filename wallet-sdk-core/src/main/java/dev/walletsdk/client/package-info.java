/**
 * The Wallet SDK client: {@link dev.walletsdk.client.WalletClient}, its builder, its synchronous
 * and asynchronous resources, retries, timeouts, proxies and webhook handling.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 *
 * <p>Configuration errors follow one rule across the SDK (docs/decisions/0028-public-surface.md):
 *
 * <ul>
 *   <li>a value (text, numbers, durations, URLs, paths, the SDK's ids, keys and money) that is
 *       missing or bad throws {@link dev.walletsdk.InvalidRequestException} naming the field, from
 *       the setter or at the latest from {@code build()}, before anything is sent;
 *   <li>a {@code null} collaborator (a transport, clock, executor, listener, interceptor, signer,
 *       TLS or retry configuration, a JDK option) throws {@link NullPointerException} whose message
 *       is the parameter's name, as {@link java.util.Objects#requireNonNull(Object, String)} does;
 *   <li>{@link IllegalArgumentException} is not thrown for configuration.
 * </ul>
 */
@NullMarked
package dev.walletsdk.client;

import org.jspecify.annotations.NullMarked;
