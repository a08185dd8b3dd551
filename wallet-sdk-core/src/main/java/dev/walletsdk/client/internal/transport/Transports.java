package dev.walletsdk.client.internal.transport;

import dev.walletsdk.spi.Transport;

/** Chooses the default transport: OkHttp when it is on the class path, else the JDK's client. */
public final class Transports {
  private static final String OKHTTP_CLIENT = "okhttp3.OkHttpClient";

  private Transports() {}

  /**
   * Creates the default transport.
   *
   * @param settings the timeouts and proxy applied to the new HTTP client
   * @return an OkHttp transport, or a JDK transport when OkHttp is absent
   */
  public static Transport createDefault(TransportSettings settings) {
    return isOkHttpPresent(Transports.class.getClassLoader())
        ? OkHttpTransport.create(settings)
        : JdkHttpTransport.create(settings);
  }

  /**
   * Tells whether OkHttp can be loaded.
   *
   * @param loader the class loader to look in
   * @return {@code true} if {@code okhttp3.OkHttpClient} is available
   */
  public static boolean isOkHttpPresent(ClassLoader loader) {
    try {
      Class.forName(OKHTTP_CLIENT, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
