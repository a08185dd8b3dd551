/**
 * Tink-based implementations of the Wallet SDK's security SPIs, and one-time passwords (TOTP, RFC
 * 6238) for step-up authentication.
 */
@NullMarked
package dev.walletsdk.crypto;

import org.jspecify.annotations.NullMarked;
