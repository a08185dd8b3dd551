/**
 * Tink-based implementations of the Wallet SDK's security SPIs, for the client and for servers (the
 * mock backend) that speak Wallet API v1:
 *
 * <ul>
 *   <li>field encryption, HPKE (RFC 9180): {@link dev.walletsdk.crypto.HpkeFieldEncryptor}, {@link
 *       dev.walletsdk.crypto.HpkeKeyRing}, {@link dev.walletsdk.crypto.HpkeFieldDecryptor};
 *   <li>request signing, RFC 9421 with RFC 9530 digests: {@link
 *       dev.walletsdk.crypto.Ed25519RequestSigner}, {@link dev.walletsdk.crypto.Rfc9421Verifier},
 *       {@link dev.walletsdk.crypto.HttpMessageSignatures}, {@link
 *       dev.walletsdk.crypto.ContentDigest};
 *   <li>signed receipts over RFC 8785 canonical JSON: {@link
 *       dev.walletsdk.crypto.Ed25519ReceiptSigner}, {@link
 *       dev.walletsdk.crypto.Ed25519ReceiptVerifier}, {@link dev.walletsdk.crypto.Jcs};
 *   <li>Standard Webhooks: {@link dev.walletsdk.crypto.WebhookSigner}, {@link
 *       dev.walletsdk.crypto.StandardWebhookVerifier}, {@link dev.walletsdk.crypto.WebhookSecret};
 *   <li>keys: {@link dev.walletsdk.crypto.Ed25519Keys}, and the partner's signing keyset stored
 *       encrypted, {@link dev.walletsdk.crypto.SigningKeyset};
 *   <li>one-time passwords (TOTP, RFC 6238) for step-up authentication: {@link
 *       dev.walletsdk.crypto.Totp}.
 * </ul>
 *
 * <p>Failures of verification and decryption are {@link
 * dev.walletsdk.SignatureVerificationException} and {@link dev.walletsdk.DecryptionException} with
 * HTTP status 0; bad arguments are {@link dev.walletsdk.InvalidRequestException}. No message, log
 * line or {@code toString} shows a secret.
 */
@NullMarked
package dev.walletsdk.crypto;

import org.jspecify.annotations.NullMarked;
