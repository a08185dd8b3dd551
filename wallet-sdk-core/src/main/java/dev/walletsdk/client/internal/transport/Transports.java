/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.spi.Transport;

/**
 * Chooses the default transport: OkHttp when it is on the class path, else the JDK's client.
 *
 * <p>Only this class decides, by name, without loading OkHttp; {@link OkHttpTransport} and {@link
 * BasicProxyAuthenticator}, the only classes of the client that link to OkHttp, are loaded only
 * after OkHttp and what it needs were found.
 */
public final class Transports {
  private static final String OKHTTP_CLIENT = "okhttp3.OkHttpClient";

  /** What OkHttp 5 needs at run time: a class of each jar, and the jar's Maven coordinates. */
  private static final String[][] OKHTTP_NEEDS = {
    {"okio.Buffer", "com.squareup.okio:okio-jvm"},
    {"kotlin.Unit", "org.jetbrains.kotlin:kotlin-stdlib"},
  };

  private Transports() {}

  /**
   * Creates the default transport.
   *
   * @param settings the timeouts and proxy applied to the new HTTP client
   * @return an OkHttp transport, or a JDK transport when OkHttp is absent
   * @throws InvalidRequestException if OkHttp is on the class path without a library it needs
   *     (field {@code transport}, code {@code missing_dependency}, naming the library)
   */
  public static Transport createDefault(TransportSettings settings) {
    ClassLoader loader = Transports.class.getClassLoader();
    if (!isOkHttpPresent(loader)) {
      return JdkHttpTransport.create(settings);
    }
    requireOkHttpNeeds(loader);
    return OkHttpTransport.create(settings);
  }

  /**
   * Tells whether OkHttp can be loaded.
   *
   * @param loader the class loader to look in
   * @return {@code true} if {@code okhttp3.OkHttpClient} is available
   */
  public static boolean isOkHttpPresent(ClassLoader loader) {
    return isPresent(OKHTTP_CLIENT, loader);
  }

  /**
   * Checks that what OkHttp needs at run time (Okio, the Kotlin standard library) is there too, so
   * that a class path with OkHttp but without them fails with the missing jar's name instead of a
   * {@link NoClassDefFoundError} from inside OkHttp.
   *
   * @param loader the class loader OkHttp was found in
   * @throws InvalidRequestException if one is missing (field {@code transport}, code {@code
   *     missing_dependency})
   */
  public static void requireOkHttpNeeds(ClassLoader loader) {
    for (String[] need : OKHTTP_NEEDS) {
      if (!isPresent(need[0], loader)) {
        throw InvalidRequestException.forField(
            "transport",
            "missing_dependency",
            "the OkHttp transport needs "
                + need[1]
                + ", which is not on the class path: add it (OkHttp's own dependency), or remove"
                + " com.squareup.okhttp3:okhttp-jvm to use the JDK's HttpClient transport");
      }
    }
  }

  private static boolean isPresent(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
