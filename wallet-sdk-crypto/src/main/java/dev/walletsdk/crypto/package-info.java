/**
 * Tink-based implementations of the Wallet SDK's client-side security SPIs for a partner that
 * speaks Wallet API v1:
 *
 * <ul>
 *   <li>field encryption, HPKE (RFC 9180): {@link dev.walletsdk.crypto.HpkeFieldEncryptor};
 *   <li>request signing, RFC 9421 with RFC 9530 digests: {@link
 *       dev.walletsdk.crypto.Ed25519RequestSigner};
 *   <li>signed receipts over RFC 8785 canonical JSON: {@link
 *       dev.walletsdk.crypto.Ed25519ReceiptVerifier};
 *   <li>Standard Webhooks: {@link dev.walletsdk.crypto.StandardWebhookVerifier}, {@link
 *       dev.walletsdk.crypto.WebhookSecret};
 *   <li>keys: {@link dev.walletsdk.crypto.Ed25519Keys}, and the partner's signing keyset stored
 *       encrypted, {@link dev.walletsdk.crypto.SigningKeyset};
 *   <li>one-time passwords (TOTP, RFC 6238) for step-up authentication: {@link
 *       dev.walletsdk.crypto.Totp}.
 * </ul>
 *
 * <p>The server's halves (receipt and webhook signing, request verification, field decryption) are
 * in {@code dev.walletsdk.crypto.server}, exported only to the mock backend; canonical JSON,
 * content digests and signature bases are internal. See docs/decisions/0028-public-surface.md.
 *
 * <p>Failures of verification and decryption are {@link
 * dev.walletsdk.SignatureVerificationException} and {@link dev.walletsdk.DecryptionException} with
 * HTTP status 0; bad arguments are {@link dev.walletsdk.InvalidRequestException}. No message, log
 * line or {@code toString} shows a secret.
 */
@NullMarked
package dev.walletsdk.crypto;

import org.jspecify.annotations.NullMarked;
