/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.junit;

import dev.walletsdk.mock.AuditReport;
import dev.walletsdk.mock.MockRequests;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.spi.testing.ClientFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh in-process {@link MockWalletServer}, and a client bound to it, then
 * audits the mock's ledger after the test: a test that leaves the ledger inconsistent fails.
 *
 * <pre>{@code
 * @ExtendWith(MockWalletExtension.class)
 * class TransferTest {
 *   @Test
 *   void transfers(MockWalletServer mock, WalletClient wallet) {
 *     ...
 *     mock.verify(exactly(1), postRequestedFor("/v1/transfers"));
 *   }
 * }
 * }</pre>
 *
 * <p>The mock and client are created per test method and closed after it. A {@link MockRequests}
 * parameter is the request journal of the same mock, for WireMock-style verification ({@link
 * MockRequests#verify}). A {@code WalletClient} parameter is resolved when {@code wallet-sdk-core}
 * is on the test class path, through its {@link ClientFactory} service; any other {@code
 * ClientFactory} works the same way.
 */
public final class MockWalletExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MockWalletExtension.class);

  /** Creates the extension; JUnit calls this. */
  public MockWalletExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockWalletServer.class
        || type == MockRequests.class
        || factoryFor(type).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    MockWalletServer mock = mock(context);
    if (type == MockWalletServer.class) {
      return mock;
    }
    if (type == MockRequests.class) {
      return mock.requests();
    }
    ClientFactory factory =
        factoryFor(type)
            .orElseThrow(() -> new ParameterResolutionException("no ClientFactory for " + type));
    AutoCloseable client = factory.create(mock.transport(), mock.apiKey());
    clients(context).add(client);
    return client;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    MockWalletServer mock = store.get(MockWalletServer.class, MockWalletServer.class);
    for (AutoCloseable client : clients(context)) {
      client.close();
    }
    if (mock != null) {
      AuditReport report = mock.ledger().audit();
      mock.close();
      if (!report.isClean()) {
        throw new AssertionError("the mock's ledger audit failed: " + report.violations());
      }
    }
  }

  private static MockWalletServer mock(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            MockWalletServer.class, k -> MockWalletServer.inProcess(), MockWalletServer.class);
  }

  @SuppressWarnings("unchecked")
  private static List<AutoCloseable> clients(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("clients", k -> new ArrayList<>(), List.class);
  }

  private static Optional<ClientFactory> factoryFor(Class<?> type) {
    for (ClientFactory factory : ServiceLoader.load(ClientFactory.class)) {
      if (type.isAssignableFrom(factory.clientType())) {
        return Optional.of(factory);
      }
    }
    return Optional.empty();
  }
}
