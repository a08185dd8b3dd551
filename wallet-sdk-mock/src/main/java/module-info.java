/**
 * The Wallet SDK's mock backend: a Wallet API v1 server with a real double-entry ledger, for tests.
 * Run it in-process through {@link dev.walletsdk.mock.MockWalletServer#transport()} or as a
 * standalone HTTP server.
 */
@SuppressWarnings(
    "requires-automatic") // Tink ships as an automatic module (com.google.crypto.tink).
module dev.walletsdk.mock {
  requires transitive dev.walletsdk;
  requires transitive dev.walletsdk.crypto;
  requires com.fasterxml.jackson.databind;
  requires com.google.crypto.tink;
  requires java.net.http;
  requires org.eclipse.jetty.server;
  requires org.slf4j;
  requires static transitive org.junit.jupiter.api;

  exports dev.walletsdk.mock;
  exports dev.walletsdk.mock.junit;

  uses dev.walletsdk.spi.testing.ClientFactory;
}
