/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.logging.CapturedLogs;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.KeysetWrappingKey;
import dev.walletsdk.crypto.SigningKeyset;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.crypto.server.WebhookSigner;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookDelivery;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.KycUpgradeRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.OpenWalletRequest;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.Wallet;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secret hygiene across a full scenario: request signing from a keyset stored encrypted in a
 * PKCS#12 key store, field encryption, signed receipts, a step-up confirmed with a TOTP, a wrong
 * OTP, a payout to a bank account, a card number in a description, webhooks verified and one forged
 * — all with every logger at TRACE. Neither the log output nor the {@code toString} of any object
 * the scenario touched, followed through its fields, holds an API key, OTP, TOTP secret, webhook
 * secret, private key material, key store password or Luhn-valid card number.
 */
class SecretHygieneTest {
  private static final byte[] PRIVATE_SEED =
      HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  private static final String KEY_STORE_PASSWORD = "keystore-pass-7731";
  private static final String ACCOUNT_NUMBER = "DE89370400440532013000";
  private static final String CARD = "4111111111111111";
  private static final String FULL_NAME = "Ada Quietname";
  private static final String BIRTH_DATE = "1990-12-10";
  private static final String NATIONAL_ID = "T22000129X";
  private static final String STREET = "Geheimweg 42";
  private static final String CITY = "Verborgenstadt";
  private static final String POSTAL_CODE = "99887";

  private final List<String> secrets = new CopyOnWriteArrayList<>();
  private final List<Object> touched = new CopyOnWriteArrayList<>();

  private void secret(String value) {
    secrets.add(value);
  }

  private void secret(byte[] value) {
    secrets.add(HexFormat.of().formatHex(value));
    secrets.add(Base64.getEncoder().withoutPadding().encodeToString(value));
    secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(value));
  }

  private <T> T touch(T object) {
    touched.add(object);
    return object;
  }

  @Test
  void noSecretInTraceLogsOrInTheToStringOfAnythingTheScenarioTouched() throws Exception {
    int mark = CapturedLogs.mark();
    MockWalletServer mock = touch(MockWalletServer.inProcess());
    ApiKey apiKey = touch(mock.apiKey());
    secret(apiKey.reveal());
    secret(PRIVATE_SEED);
    secret(KEY_STORE_PASSWORD);
    secret(ACCOUNT_NUMBER);
    List.of(FULL_NAME, BIRTH_DATE, NATIONAL_ID, STREET, CITY, POSTAL_CODE).forEach(this::secret);

    Ed25519KeyPair keyPair = touch(Ed25519Keys.fromSeed(PRIVATE_SEED));
    SigningKeyset keyset = touch(storedKeyset());
    String keyId =
        mock.control()
            .registerSigningKey(touch(mock.control().defaultPartner()), keyPair.publicKey());
    secret(touch(mock.control().newPartner("Second partner")).apiKey().reveal());
    Clock clock = touch(mock.control().clock());
    Ed25519RequestSigner signer = touch(Ed25519RequestSigner.create(keyId, keyPair, clock));
    touch(Ed25519RequestSigner.fromKeyset(keyset, clock));

    List<String> otps = new CopyOnWriteArrayList<>();
    WalletClient.Builder builder =
        touch(WalletClient.builder().transport(mock.transport()).apiKey(apiKey))
            .requestSigning(signer);
    Wallet alice;
    Wallet bob;
    List<ServerKey> serverKeys;
    try (WalletClient bootstrap = builder.build()) {
      serverKeys = touch(bootstrap.keys().list());
      alice = touch(bootstrap.wallets().open(r -> r.displayName("Alice").currency("EUR")));
      bob = touch(bootstrap.wallets().open(r -> r.displayName("Bob").currency("EUR")));
    }
    mock.control().fund(alice.id(), Money.of("1000.00", "EUR"));
    TotpSecret totp = touch(mock.control().enrollTotp(alice.id()));
    secret(totp.revealBase32());
    mock.control().setStepUpThreshold(alice.id(), Money.of("100.00", "EUR"));

    try (WalletClient client =
        touch(
            builder
                .fieldEncryption(touch(HpkeFieldEncryptor.forServerKeys(serverKeys)))
                .receiptVerification(touch(Ed25519ReceiptVerifier.forServerKeys(serverKeys)))
                .stepUpHandler(
                    challenge -> {
                      String otp = mock.control().currentTotp(alice.id());
                      otps.add(otp);
                      return Optional.of(otp);
                    })
                .build())) {
      touch(
          client
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .to(bob.id())
                          .amount(Money.of("150.00", "EUR"))
                          .description("card " + CARD + " on file")));
      touch(
          client
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .toAccount(BankAccount.of("Bob Builder", ACCOUNT_NUMBER, "COBADEFF"))
                          .amount(Money.of("20.00", "EUR"))));
      touch(client.balances().list(alice.id()));
      touch(
          catchThrowable(
              () ->
                  client
                      .withOptions(o -> o.stepUpHandler(challenge -> Optional.of("000000")))
                      .transfers()
                      .create(
                          r -> r.from(alice.id()).to(bob.id()).amount(Money.of("300.00", "EUR")))));
      touch(catchThrowable(() -> client.wallets().open(r -> r.displayName(""))));
      kycScenario(client);
    }
    try (WalletClient plain =
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(apiKey)
            .requestSigning(signer)
            .build()) {
      touch(
          catchThrowable(
              () ->
                  plain
                      .wallets()
                      .open(r -> r.displayName("Dora").currency("EUR").identity(identity(false)))));
    }
    otps.forEach(this::secret);
    secret("000000");

    List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    WebhookEndpoint endpoint =
        touch(mock.webhooks().addReceiver(delivery -> deliveries.add(delivery) ? 200 : 500));
    WebhookSecret webhookSecret = touch(endpoint.secret());
    secret(webhookSecret.reveal());
    secret(webhookSecret.reveal().substring(WebhookSecret.PREFIX.length()));
    mock.control().fund(bob.id(), Money.of("1.00", "EUR"));
    mock.webhooks().deliverDue();
    StandardWebhookVerifier verifier =
        touch(
            StandardWebhookVerifier.create(
                List.of(webhookSecret), Clock.fixed(mock.control().now(), ZoneOffset.UTC)));
    touch(WebhookSigner.of(List.of(webhookSecret)));
    WebhookHandler handler = touch(WebhookHandler.create(verifier));
    assertThat(deliveries).isNotEmpty();
    for (WebhookDelivery delivery : deliveries) {
      touch(delivery);
      touch(handler.handle(delivery.headers(), delivery.body()));
    }
    byte[] forged = deliveries.get(0).body().clone();
    forged[forged.length - 2] ^= 1;
    touch(catchThrowable(() -> handler.handle(deliveries.get(0).headers(), forged)));

    assertThat(otps).as("the step-up really ran").isNotEmpty();
    String logs = CapturedLogs.textSince(mark);
    assertThat(logs).as("the scenario logged at TRACE").contains("call=");
    assertNoSecret("logs", logs);

    Set<Class<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object root : touched) {
      walk(root, visited, seen, "root " + root.getClass().getSimpleName(), 0);
    }
    System.out.println(
        "toString checked on "
            + visited.size()
            + " objects of "
            + seen.size()
            + " public types; "
            + secrets.size()
            + " secret forms scanned for in "
            + logs.length()
            + " characters of TRACE logs");
    assertThat(seen).hasSizeGreaterThan(40);
    assertThat(unseenSecretBearingTypes(seen))
        .as("public types that hold secrets but were not covered by the scenario")
        .isEmpty();
  }

  private Identity identity(boolean full) {
    Identity.Builder identity =
        Identity.builder().fullName(FULL_NAME).dateOfBirth(LocalDate.parse(BIRTH_DATE));
    if (full) {
      identity
          .nationalId(NATIONAL_ID)
          .address(
              touch(
                  Address.builder()
                      .line1(STREET)
                      .city(CITY)
                      .postalCode(POSTAL_CODE)
                      .country("DE")
                      .build()));
    }
    return touch(identity.build());
  }

  /** Identity data goes out encrypted, comes back in no response, and reaches no log. */
  private void kycScenario(WalletClient client) {
    Wallet carol =
        touch(
            client
                .wallets()
                .open(
                    touch(
                        OpenWalletRequest.builder()
                            .displayName("Carol")
                            .currency("EUR")
                            .identity(identity(false))
                            .build())));
    touch(
        client
            .kyc()
            .upgrade(
                touch(
                    KycUpgradeRequest.builder()
                        .wallet(carol.id())
                        .level(KycLevel.FULL)
                        .identity(identity(true))
                        .build())));
    touch(client.kyc().levels());
  }

  private SigningKeyset storedKeyset() throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    KeysetWrappingKey wrapping =
        touch(
            KeysetWrappingKey.createInKeyStore(
                keyStore, "wallet-keyset", KEY_STORE_PASSWORD.toCharArray()));
    Path file = Files.createTempFile("signing-keyset", ".json");
    try {
      SigningKeyset.generate().write(file, wrapping);
      return SigningKeyset.read(file, wrapping);
    } finally {
      Files.delete(file);
    }
  }

  private void assertNoSecret(String where, String text) {
    for (String secret : secrets) {
      assertThat(text).as("%s must not contain a secret", where).doesNotContain(secret);
    }
    assertThat(LoggingRedactionTest.luhnValidDigitRuns(text))
        .as("%s must not contain a card number", where)
        .isEmpty();
    assertThat(text).as(where).doesNotContain("Bearer ");
  }

  /**
   * Checks the {@code toString} of the object if its type is public API, then follows its fields
   * into every object of the SDK's own types (internal ones included, to reach the public objects
   * they hold), collections, maps and arrays.
   */
  private void walk(Object object, Set<Object> visited, Set<Class<?>> seen, String path, int depth)
      throws IllegalAccessException {
    if (object == null || depth > 12 || !visited.add(object)) {
      return;
    }
    Class<?> type = object.getClass();
    if (object instanceof Collection<?> collection) {
      for (Object element : List.copyOf(collection)) {
        walk(element, visited, seen, path + "[]", depth + 1);
      }
      return;
    }
    if (object instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : Map.copyOf(map).entrySet()) {
        walk(entry.getKey(), visited, seen, path + ".key", depth + 1);
        walk(entry.getValue(), visited, seen, path + "[" + entry.getKey() + "]", depth + 1);
      }
      return;
    }
    if (object instanceof Optional<?> optional) {
      walk(optional.orElse(null), visited, seen, path, depth + 1);
      return;
    }
    if (type.isArray() && !type.getComponentType().isPrimitive()) {
      for (int i = 0; i < Array.getLength(object); i++) {
        walk(Array.get(object, i), visited, seen, path + "[" + i + "]", depth + 1);
      }
      return;
    }
    if (!type.getName().startsWith("dev.walletsdk.")) {
      return;
    }
    if (Modifier.isPublic(type.getModifiers()) && !type.getName().contains(".internal")) {
      seen.add(type);
      assertNoSecret("toString of " + path + " (" + type.getName() + ")", String.valueOf(object));
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        if (!field.trySetAccessible()) {
          continue;
        }
        walk(field.get(object), visited, seen, path + "." + field.getName(), depth + 1);
      }
    }
  }

  /** Public SDK types with a field that holds a secret, other than the secret types themselves. */
  private static Set<String> unseenSecretBearingTypes(Set<Class<?>> seen) throws Exception {
    Set<Class<?>> secretTypes =
        Set.of(
            ApiKey.class,
            TotpSecret.class,
            WebhookSecret.class,
            Ed25519KeyPair.class,
            SigningKeyset.class,
            KeysetWrappingKey.class,
            Identity.class,
            Address.class);
    Set<String> unseen = new TreeSet<>();
    for (Class<?> type : publicSdkClasses()) {
      if (type.getName().contains(".internal") || seen.contains(type)) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && secretTypes.contains(field.getType())) {
          unseen.add(type.getName() + "." + field.getName());
        }
      }
    }
    return unseen;
  }

  /** Every public class under {@code dev.walletsdk} on the class path, from directories or jars. */
  private static List<Class<?>> publicSdkClasses() throws IOException, URISyntaxException {
    Set<String> names = new TreeSet<>();
    Enumeration<URL> roots = SecretHygieneTest.class.getClassLoader().getResources("dev/walletsdk");
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if (root.getProtocol().equals("file")) {
        Path base = Path.of(root.toURI()).getParent().getParent();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
          files
              .filter(f -> f.toString().endsWith(".class"))
              .forEach(f -> names.add(className(base.relativize(f).toString())));
        }
      } else if (root.getProtocol().equals("jar")) {
        JarURLConnection jar = (JarURLConnection) root.openConnection();
        for (JarEntry entry : Collections.list(jar.getJarFile().entries())) {
          if (entry.getName().startsWith("dev/walletsdk/") && entry.getName().endsWith(".class")) {
            names.add(className(entry.getName()));
          }
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith("Test") || name.contains("$") || name.endsWith("package-info")) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, SecretHygieneTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          classes.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // a class of a module not on this test's class path
      }
    }
    return classes;
  }

  private static String className(String file) {
    return file.replace(File.separatorChar, '.').replace('/', '.').replaceAll("\\.class$", "");
  }
}
