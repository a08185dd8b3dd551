/** Exceptions and secrets of the Wallet SDK. */
@NullMarked
package dev.walletsdk;

import org.jspecify.annotations.NullMarked;
