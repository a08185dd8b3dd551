/**
 * The Wallet SDK client: {@link dev.walletsdk.client.WalletClient}, its builder and resources.
 *
 * <p>OkHttp is the default transport but optional: the SDK does not bring it along, and without it
 * on the class or module path the client sends requests with the JDK's {@code
 * java.net.http.HttpClient}. An application that wants OkHttp declares {@code
 * com.squareup.okhttp3:okhttp-jvm} (module {@code okhttp3}) itself.
 */
module dev.walletsdk.client {
  requires transitive dev.walletsdk;
  requires com.fasterxml.jackson.databind;
  // JdkHttpTransports.wrap takes an HttpClient, so readers of this module must read java.net.http.
  requires transitive java.net.http;
  requires org.slf4j;
  // Optional at compile and run time for readers of this module (static, not transitive: a
  // transitive static requirement would make every reader's compilation need OkHttp). A reader
  // that calls OkHttpTransports.wrap builds an OkHttpClient, so it requires okhttp3 itself.
  // See docs/decisions/0003-okhttp-in-public-api.md and 0026-optional-okhttp.md.
  requires static okhttp3;

  exports dev.walletsdk.client;
  exports dev.walletsdk.client.okhttp;

  // Lets test tooling (the mock's JUnit extension) create a WalletClient without depending on core.
  provides dev.walletsdk.spi.testing.ClientFactory with
      dev.walletsdk.client.internal.WalletClientFactory;
}
