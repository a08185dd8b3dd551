package dev.walletsdk.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} the client sends: SDK version and Java version. */
public final class UserAgent {
  /** The header value, for example {@code wallet-sdk-java/0.1.0 java/17}. */
  public static final String VALUE =
      "wallet-sdk-java/" + sdkVersion() + " java/" + Runtime.version().feature();

  private UserAgent() {}

  /**
   * Returns the SDK's version, from the properties the build writes.
   *
   * @return the version
   */
  public static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from wallet-sdk-core");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
