/**
 * Internals shared by the SDK's own modules (client, crypto, mock); not part of the public API and
 * exported to those modules only.
 */
@NullMarked
package dev.walletsdk.internal;

import org.jspecify.annotations.NullMarked;
