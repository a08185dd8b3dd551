/**
 * Client-side security for the Wallet SDK, built on Tink primitives configured per primitive (never
 * through Tink's global registry) and the JDK's {@code SecureRandom}.
 */
@SuppressWarnings({
  "requires-automatic", // Tink ships as an automatic module (com.google.crypto.tink).
  "module" // the qualified export names a module built after this one
})
module dev.walletsdk.crypto {
  requires transitive dev.walletsdk;
  requires com.google.crypto.tink;
  requires org.slf4j;

  exports dev.walletsdk.crypto;
  // Server-side halves (receipt and webhook signing, request verification, field decryption) that
  // only the mock backend uses: not partner API. See docs/decisions/0028-public-surface.md.
  exports dev.walletsdk.crypto.server to
      dev.walletsdk.mock;
}
