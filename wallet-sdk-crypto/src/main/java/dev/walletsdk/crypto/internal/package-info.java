/**
 * Helpers of the crypto module: RFC 8785 canonical JSON ({@code Jcs}) and its strict reader,
 * ECMAScript number formatting, RFC 8941 structured fields, RFC 9530 content digests, RFC 9421
 * signature bases and the HPKE suite. Not exported; not public API.
 */
@NullMarked
package dev.walletsdk.crypto.internal;

import org.jspecify.annotations.NullMarked;
