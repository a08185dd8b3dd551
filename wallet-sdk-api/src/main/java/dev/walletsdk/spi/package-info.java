/**
 * Service-provider interfaces of the Wallet SDK: the {@link dev.walletsdk.spi.Transport} that
 * carries requests, {@link dev.walletsdk.spi.Interceptor}s, and the seams for encryption, signing,
 * receipt verification, waiting and idempotency keys. Implementations come from {@code
 * wallet-sdk-core}, {@code wallet-sdk-crypto}, {@code wallet-sdk-mock}, or the user.
 */
@NullMarked
package dev.walletsdk.spi;

import org.jspecify.annotations.NullMarked;
