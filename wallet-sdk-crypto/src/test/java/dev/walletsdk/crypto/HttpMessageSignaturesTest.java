/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.HttpMessageSignatures;
import dev.walletsdk.crypto.server.SignatureInput;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpMessageSignaturesTest {
  private static final SignatureInput B26_INPUT =
      SignatureInput.builder()
          .components(
              List.of("date", "@method", "@path", "@authority", "content-type", "content-length"))
          .created(1618884473)
          .keyId("test-key-ed25519")
          .build();

  private static TransportRequest request(String method, String uri, String... headers) {
    return TransportRequest.builder()
        .method(method)
        .uri(URI.create(uri))
        .headers(Headers.of(headers))
        .build();
  }

  /** RFC 9421 Appendix B.2.6: the signature base, byte for byte. */
  @Test
  void buildsTheSignatureBaseOfRfc9421AppendixB26() {
    assertThat(HttpMessageSignatures.signatureBase(Rfc9421Examples.testRequest(), B26_INPUT))
        .isEqualTo(
            "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
                + "\"@method\": POST\n"
                + "\"@path\": /foo\n"
                + "\"@authority\": example.com\n"
                + "\"content-type\": application/json\n"
                + "\"content-length\": 18\n"
                + "\"@signature-params\": (\"date\" \"@method\" \"@path\" \"@authority\""
                + " \"content-type\" \"content-length\");created=1618884473"
                + ";keyid=\"test-key-ed25519\"");
  }

  /** RFC 9421 Appendix B.2.6: the Ed25519 signature, byte for byte. */
  @Test
  void signsRfc9421AppendixB26WithTestKeyEd25519() {
    Ed25519RequestSigner signer =
        Ed25519RequestSigner.create(
            "test-key-ed25519", Rfc9421Examples.testKeyEd25519(), java.time.Clock.systemUTC());

    assertThat(Rfc9421Examples.testKeyEd25519().publicKey())
        .isEqualTo(Rfc9421Examples.testKeyEd25519PublicKey());
    assertThat("sig-b26=:" + signer.signature(Rfc9421Examples.testRequest(), B26_INPUT) + ":")
        .isEqualTo(
            "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:");
    assertThat("sig-b26=" + B26_INPUT.serialize())
        .isEqualTo(
            "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\""
                + " \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"");
  }

  /** RFC 9421 §2.2: the derived components of {@code POST /path?param=value} to www.example.com. */
  @ParameterizedTest
  @CsvSource({
    "@method, POST",
    "@target-uri, https://www.example.com/path?param=value",
    "@authority, www.example.com",
    "@scheme, https",
    "@request-target, /path?param=value",
    "@path, /path",
    "@query, ?param=value"
  })
  void derivesTheComponentsOfRfc9421Section22(String component, String value) {
    TransportRequest request = request("POST", "https://www.example.com/path?param=value");

    assertThat(HttpMessageSignatures.componentValue(request, component)).isEqualTo(value);
  }

  /** RFC 9421 §2.2.7: the query keeps its encoding; an absent query is a lone "?". */
  @ParameterizedTest
  @CsvSource({
    "https://www.example.com/path?param=value&foo=bar&baz=bat%2Dman, ?param=value&foo=bar&baz=bat%2Dman",
    "https://www.example.com/path?queryString, ?queryString",
    "https://www.example.com/path, ?"
  })
  void derivesTheQueriesOfRfc9421Section227(String uri, String query) {
    assertThat(HttpMessageSignatures.componentValue(request("GET", uri), "@query"))
        .isEqualTo(query);
  }

  @Test
  void normalizesSchemeHostAndDefaultPortAndDropsTheFragment() {
    TransportRequest request = request("GET", "HTTPS://Wallet.Bank.Example:443/v1/keys#top");

    assertThat(HttpMessageSignatures.componentValue(request, "@target-uri"))
        .isEqualTo("https://wallet.bank.example/v1/keys");
    assertThat(HttpMessageSignatures.componentValue(request, "@authority"))
        .isEqualTo("wallet.bank.example");
  }

  @Test
  void keepsANonDefaultPortAndUsesSlashForAnEmptyPath() {
    TransportRequest request = request("GET", "http://127.0.0.1:8080");

    assertThat(HttpMessageSignatures.componentValue(request, "@target-uri"))
        .isEqualTo("http://127.0.0.1:8080/");
  }

  /** RFC 9421 §2.1: values trimmed, field lines joined with ", ", inner whitespace kept. */
  @Test
  void canonicalizesHeaderFieldsAsRfc9421Section21() {
    TransportRequest request =
        request(
            "GET",
            "https://www.example.com/",
            "X-OWS-Header",
            "   Leading and trailing whitespace.   ",
            "Cache-Control",
            "max-age=60",
            "Cache-Control",
            "   must-revalidate",
            "Example-Dict",
            " a=1,    b=2;x=1;y=2,   c=(a   b   c)",
            "X-Empty-Header",
            "");

    assertThat(HttpMessageSignatures.componentValue(request, "x-ows-header"))
        .isEqualTo("Leading and trailing whitespace.");
    assertThat(HttpMessageSignatures.componentValue(request, "cache-control"))
        .isEqualTo("max-age=60, must-revalidate");
    assertThat(HttpMessageSignatures.componentValue(request, "example-dict"))
        .isEqualTo("a=1,    b=2;x=1;y=2,   c=(a   b   c)");
    assertThat(HttpMessageSignatures.componentValue(request, "x-empty-header")).isEmpty();
  }

  @Test
  void coveringAnAbsentHeaderIsRejected() {
    assertThatThrownBy(
            () ->
                HttpMessageSignatures.componentValue(
                    request("GET", "https://www.example.com/"), "content-type"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("request has no content-type header to cover");
  }

  @Test
  void responseOnlyDerivedComponentsAreRejected() {
    assertThatThrownBy(
            () ->
                HttpMessageSignatures.componentValue(
                    request("GET", "https://www.example.com/"), "@status"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("derived component \"@status\" is not supported for requests");
  }

  @Test
  void nonAsciiValuesAreRejected() {
    TransportRequest request = request("GET", "https://www.example.com/", "X-Name", "Zoë");

    assertThatThrownBy(() -> HttpMessageSignatures.componentValue(request, "x-name"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("component \"x-name\" has a non-ASCII value, which cannot be signed");
  }

  @Test
  void signatureInputRejectsUpperCaseDuplicateAndSignatureParamsComponents() {
    assertThatThrownBy(() -> SignatureInput.builder().component("Content-Type"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("\"Content-Type\" is not a component identifier that can be covered");
    assertThatThrownBy(() -> SignatureInput.builder().component("@signature-params"))
        .hasMessage("\"@signature-params\" is not a component identifier that can be covered");
    assertThatThrownBy(() -> SignatureInput.builder().component("@path").component("@path"))
        .hasMessage("component \"@path\" is covered twice");
  }

  @Test
  void signatureInputSerializesParametersInTheOrderGivenAndEscapesStrings() {
    SignatureInput input =
        SignatureInput.builder()
            .component("@method")
            .keyId("a\"b\\c")
            .created(1)
            .nonce("n")
            .expires(2)
            .tag("t")
            .algorithm("ed25519")
            .build();

    assertThat(input.serialize())
        .isEqualTo(
            "(\"@method\");keyid=\"a\\\"b\\\\c\";created=1;nonce=\"n\";expires=2;tag=\"t\""
                + ";alg=\"ed25519\"");
  }
}
