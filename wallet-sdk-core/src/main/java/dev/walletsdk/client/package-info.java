/**
 * The Wallet SDK client: {@link dev.walletsdk.client.WalletClient}, its builder, its synchronous
 * and asynchronous resources, retries, timeouts, proxies and webhook handling.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.walletsdk.client;

import org.jspecify.annotations.NullMarked;
