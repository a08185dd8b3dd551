/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one form of a request URI that is both signed and sent. Each transport changes some URIs on
 * the way to the wire: OkHttp removes dot segments and percent-encodes {@code '} in the query and
 * non-ASCII characters everywhere, the JDK's client leaves out an empty query ({@code ?} alone),
 * and both write the host as they please in {@code Host}. The canonical form is a fixed point of
 * all of them:
 *
 * <ul>
 *   <li>scheme and host in lower case, no default port, no user information, no fragment;
 *   <li>path never empty; dot segments ({@code .}, {@code ..} and their {@code %2e} spellings)
 *       removed the way OkHttp removes them; non-ASCII characters percent-encoded as UTF-8;
 *   <li>query left out when empty; non-ASCII characters and {@code '} percent-encoded as UTF-8;
 *       everything else, existing percent-encodings included, left as it is.
 * </ul>
 */
final class TargetUri {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private TargetUri() {}

  /**
   * Returns the canonical form of a request URI.
   *
   * @param uri an absolute http(s) URI
   * @return the URI as every transport sends it
   * @throws InvalidRequestException if the URI has no host
   */
  static URI canonical(URI uri) {
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw InvalidRequestException.forField(
          "uri", "invalid_format", "request URI " + uri + " has no scheme or host to send to");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    StringBuilder out =
        new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (port == 80 && scheme.equals("http"))
            || (port == 443 && scheme.equals("https"));
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path(uri.getRawPath()));
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      out.append('?').append(encode(query, "'"));
    }
    return URI.create(out.toString());
  }

  /** Removes dot segments exactly as OkHttp's {@code HttpUrl} does, and encodes non-ASCII. */
  private static String path(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    List<String> segments = new ArrayList<>(List.of(""));
    int start = 1;
    while (start < rawPath.length()) {
      int slash = rawPath.indexOf('/', start);
      boolean trailingSlash = slash != -1;
      int end = trailingSlash ? slash : rawPath.length();
      push(segments, encode(rawPath.substring(start, end), ""), trailingSlash);
      start = end + 1;
    }
    return "/" + String.join("/", segments);
  }

  private static void push(List<String> segments, String segment, boolean trailingSlash) {
    if (isDot(segment)) {
      return;
    }
    if (isDotDot(segment)) {
      pop(segments);
      return;
    }
    int last = segments.size() - 1;
    if (segments.get(last).isEmpty()) {
      segments.set(last, segment);
    } else {
      segments.add(segment);
    }
    if (trailingSlash) {
      segments.add("");
    }
  }

  private static void pop(List<String> segments) {
    String removed = segments.remove(segments.size() - 1);
    if (removed.isEmpty() && !segments.isEmpty()) {
      segments.set(segments.size() - 1, "");
    } else {
      segments.add("");
    }
  }

  private static boolean isDot(String segment) {
    return segment.equals(".") || segment.equalsIgnoreCase("%2e");
  }

  private static boolean isDotDot(String segment) {
    return segment.equals("..")
        || segment.equalsIgnoreCase("%2e.")
        || segment.equalsIgnoreCase(".%2e")
        || segment.equalsIgnoreCase("%2e%2e");
  }

  /** Percent-encodes non-ASCII characters, and the ASCII characters given, as UTF-8. */
  private static String encode(String raw, String alsoEncoded) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .forEach(
            c -> {
              if (c < 0x80 && alsoEncoded.indexOf(c) < 0) {
                out.append((char) c);
                return;
              }
              for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
              }
            });
    return out.toString();
  }
}
