/**
 * The server's side of Wallet API v1 security, used by the mock backend: receipt signing ({@link
 * dev.walletsdk.crypto.server.Ed25519ReceiptSigner}), Standard Webhooks signing ({@link
 * dev.walletsdk.crypto.server.WebhookSigner}), RFC 9421 request verification ({@link
 * dev.walletsdk.crypto.server.Rfc9421Verifier}, {@link
 * dev.walletsdk.crypto.server.SigningKeyResolver}, {@link
 * dev.walletsdk.crypto.server.SignatureInput}) and HPKE field decryption ({@link
 * dev.walletsdk.crypto.server.HpkeFieldDecryptor}, {@link
 * dev.walletsdk.crypto.server.HpkeKeyRing}).
 *
 * <p>Exported only to {@code dev.walletsdk.mock}: not partner API, and it may change in any
 * release. See docs/decisions/0028-public-surface.md.
 */
@NullMarked
package dev.walletsdk.crypto.server;

import org.jspecify.annotations.NullMarked;
