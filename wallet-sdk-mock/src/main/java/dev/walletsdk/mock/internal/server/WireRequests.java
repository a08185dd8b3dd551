/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;

/** Turns a request as the server parsed it into the mock's {@link TransportRequest}. */
final class WireRequests {
  // Compiled once: compiling it per request showed up in the load profile (docs/performance.md).
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

  private WireRequests() {}

  /**
   * Converts a request.
   *
   * @param request the parsed request
   * @param body its body, read in full
   * @return the mock's request
   * @throws IllegalArgumentException if the target is not a URI, or a header cannot be carried (the
   *     message names it)
   */
  static TransportRequest of(Request request, byte[] body) {
    Headers.Builder headers = Headers.builder();
    String host = null;
    for (HttpField field : request.getHeaders()) {
      headers.add(field.getName(), fieldValue(field.getValue()));
      if (host == null && field.getName().equalsIgnoreCase("Host")) {
        host = field.getValue();
      }
    }
    HttpURI uri = request.getHttpURI();
    String target = uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    URI base =
        host == null || !HOST.matcher(host).matches()
            ? URI.create("http://127.0.0.1:" + Request.getLocalPort(request))
            : URI.create("http://" + host);
    // The URI the client addressed, so that a signed @target-uri matches: its Host, our scheme.
    return TransportRequest.builder()
        .method(request.getMethod())
        .uri(base.resolve(URI.create(target)))
        .headers(headers.build())
        .body(body.length == 0 ? null : body)
        .build();
  }

  /**
   * A field value as the mock keeps it. The server reads octets above 0x7F (obs-text, legal in a
   * value) one per character; those that are UTF-8 become the characters they encode, and any
   * others that would read as C1 control characters become U+FFFD, so a value the mock never looks
   * at does not stop the request, and one it does look at fails its own check.
   */
  static String fieldValue(String value) {
    if (value.chars().allMatch(c -> c < 0x80)) {
      return value;
    }
    if (value.chars().allMatch(c -> c <= 0xFF)) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
            .toString();
      } catch (CharacterCodingException e) {
        // not UTF-8: keep the octets as ISO-8859-1 characters, below
      }
    }
    StringBuilder kept = new StringBuilder(value.length());
    value.chars().forEach(c -> kept.append(c >= 0x80 && c <= 0x9F ? '\uFFFD' : (char) c));
    return kept.toString();
  }
}
