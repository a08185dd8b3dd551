/**
 * The Wallet SDK's mock backend: a Wallet API v1 server with a real double-entry ledger, for tests.
 * Run it in-process through {@link dev.walletsdk.mock.MockWalletServer#transport()} or as a
 * standalone HTTP server.
 */
module dev.walletsdk.mock {
  requires transitive dev.walletsdk;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires org.slf4j;

  exports dev.walletsdk.mock;
}
