/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.Headers;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * What a pipeline's requests share, worked out once instead of per call: the headers every request
 * carries, and per operation the last URI it resolved. Both showed in the client-overhead profile
 * (docs/performance.md): checking the same headers again and parsing the same URI for every write.
 */
final class RequestBasics {
  private final ClientConfig config;
  private final ConcurrentMap<String, ResolvedUri> uris = new ConcurrentHashMap<>();
  private volatile @Nullable Headers fixedHeaders;

  RequestBasics(ClientConfig config) {
    this.config = config;
  }

  /**
   * Resolves a call's URI, reusing the last one of its operation when the path is the same and
   * there is no query: the cache holds one entry per operation.
   *
   * @param call the call
   * @return the absolute URI
   */
  URI uri(ApiCall<?> call) {
    if (!call.query().isEmpty()) {
      return UriBuilder.resolve(config.baseUri(), call.path(), call.query());
    }
    ResolvedUri last = uris.get(call.operation());
    if (last != null && last.path().equals(call.path())) {
      return last.uri();
    }
    URI uri = UriBuilder.resolve(config.baseUri(), call.path(), call.query());
    uris.put(call.operation(), new ResolvedUri(call.path(), uri));
    return uri;
  }

  /**
   * Returns the headers every request carries, checked on first use as before and then kept (a
   * check that fails is not kept, so it fails again on the next call).
   *
   * @return the version, accept, user agent and default headers
   */
  Headers fixedHeaders() {
    Headers fixed = fixedHeaders;
    if (fixed == null) {
      Headers.Builder headers =
          Headers.builder()
              .add("Wallet-Api-Version", Pipeline.API_VERSION)
              .add("Accept", "application/json")
              .add("User-Agent", config.userAgent());
      for (int i = 0; i < config.defaultHeaders().size(); i++) {
        headers.add(config.defaultHeaders().name(i), config.defaultHeaders().value(i));
      }
      fixed = headers.build();
      fixedHeaders = fixed;
    }
    return fixed;
  }

  /** The last URI resolved for an operation and the path it was resolved from. */
  private record ResolvedUri(String path, URI uri) {}
}
