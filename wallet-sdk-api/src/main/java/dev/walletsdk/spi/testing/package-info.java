/**
 * The service-provider interface between the client module and test tooling: {@link
 * dev.walletsdk.spi.testing.ClientFactory}, provided by {@code dev.walletsdk.client} and loaded by
 * the mock's JUnit extension. Exported only to those two modules: not partner API. See
 * docs/decisions/0028-public-surface.md.
 */
@NullMarked
package dev.walletsdk.spi.testing;

import org.jspecify.annotations.NullMarked;
