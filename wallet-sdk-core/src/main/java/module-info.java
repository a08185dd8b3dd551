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
  // Optional at run time (static); transitive because dev.walletsdk.client.okhttp names
  // OkHttpClient in its API. See docs/decisions/0003-okhttp-in-public-api.md.
  requires static transitive okhttp3;

  exports dev.walletsdk.client;
  exports dev.walletsdk.client.okhttp;

  // Lets test tooling (the mock's JUnit extension) create a WalletClient without depending on core.
  provides dev.walletsdk.spi.ClientFactory with
      dev.walletsdk.client.internal.WalletClientFactory;
}
