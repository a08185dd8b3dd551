/**
 * EMVCo QR codes: parse, validate and build merchant-presented payloads (EMV QRCPS-MPM), the text
 * behind a shop's payment QR code, as used by Pix, SGQR/PayNow, PromptPay and others.
 *
 * <p>A payload is a sequence of tag-length-value data objects ending with tag {@code 63}, a
 * CRC-16/CCITT-FALSE over everything before it. {@link dev.walletsdk.qr.MerchantQr#parse(String)}
 * checks the structure, the checksum and every field it knows, and throws {@link
 * dev.walletsdk.qr.QrFormatException} naming the offending tag; {@link
 * dev.walletsdk.qr.MerchantQr#builder()} builds a payload with its checksum. The package depends on
 * the JDK only.
 *
 * <p>Every type is immutable and thread-safe. Nothing in this package accepts or returns {@code
 * null} unless it is marked {@code @Nullable}.
 *
 * <p>Configuration errors follow one rule across the SDK (docs/decisions/0028-public-surface.md): a
 * value that is missing or bad throws {@link dev.walletsdk.InvalidRequestException}, here its
 * subclass {@link dev.walletsdk.qr.QrFormatException} naming the tag; a {@code null} passed to a
 * {@link dev.walletsdk.qr.MerchantQr.Builder} setter is the tag missing (code {@code missing_tag}).
 */
@NullMarked
package dev.walletsdk.qr;

import org.jspecify.annotations.NullMarked;
