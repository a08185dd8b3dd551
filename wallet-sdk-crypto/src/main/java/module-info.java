/**
 * Client-side security for the Wallet SDK, built on Tink primitives configured per primitive (never
 * through Tink's global registry) and the JDK's {@code SecureRandom}.
 */
@SuppressWarnings(
    "requires-automatic") // Tink ships as an automatic module (com.google.crypto.tink).
module dev.walletsdk.crypto {
  requires transitive dev.walletsdk;
  requires com.google.crypto.tink;
  requires org.slf4j;

  exports dev.walletsdk.crypto;
}
