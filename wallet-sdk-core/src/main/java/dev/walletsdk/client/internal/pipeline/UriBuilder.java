/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Joins the base URI, a path and percent-encoded query parameters (RFC 3986). */
final class UriBuilder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriBuilder() {}

  static URI resolve(URI base, String path, Map<String, String> query) {
    StringBuilder uri = new StringBuilder(base.toString());
    if (uri.charAt(uri.length() - 1) == '/') {
      uri.setLength(uri.length() - 1);
    }
    uri.append(path);
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      uri.append(separator);
      encode(parameter.getKey(), uri);
      uri.append('=');
      encode(parameter.getValue(), uri);
      separator = '&';
    }
    return URI.create(uri.toString());
  }

  private static void encode(String value, StringBuilder out) {
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
  }
}
