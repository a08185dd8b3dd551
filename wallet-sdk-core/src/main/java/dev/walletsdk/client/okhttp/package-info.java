/**
 * The OkHttp integration: {@link dev.walletsdk.client.okhttp.OkHttpTransports} wraps the caller's
 * own {@code OkHttpClient}. The one package of the SDK whose public signatures name an OkHttp type
 * (see docs/decisions/0003-okhttp-in-public-api.md).
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.walletsdk.client.okhttp;

import org.jspecify.annotations.NullMarked;
