/**
 * Wallet SDK public API: value types, requests, the exception tree and the service-provider
 * interfaces. Depends on the JDK only (and JSpecify's nullness annotations).
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.walletsdk {
  requires transitive org.jspecify;

  exports dev.walletsdk;
  exports dev.walletsdk.model;
  exports dev.walletsdk.qr;
  exports dev.walletsdk.spi;
  // Test tooling: the client module provides a ClientFactory, the mock's JUnit extension loads it.
  exports dev.walletsdk.spi.testing to
      dev.walletsdk.client,
      dev.walletsdk.mock;
  exports dev.walletsdk.internal to
      dev.walletsdk.client,
      dev.walletsdk.crypto,
      dev.walletsdk.mock;
}
