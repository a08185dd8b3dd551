/**
 * Helpers of the crypto module: a strict JSON reader for canonicalization, ECMAScript number
 * formatting, RFC 8941 structured fields and the HPKE suite. Not exported; not public API.
 */
@NullMarked
package dev.walletsdk.crypto.internal;

import org.jspecify.annotations.NullMarked;
