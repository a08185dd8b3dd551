/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.ApiResponse;
import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.Balances;
import dev.walletsdk.client.BillPayments;
import dev.walletsdk.client.Challenges;
import dev.walletsdk.client.Events;
import dev.walletsdk.client.Kyc;
import dev.walletsdk.client.Payments;
import dev.walletsdk.client.Privacy;
import dev.walletsdk.client.Quotes;
import dev.walletsdk.client.Rewards;
import dev.walletsdk.client.RiskReviews;
import dev.walletsdk.client.ServerKeys;
import dev.walletsdk.client.SplitBills;
import dev.walletsdk.client.Transactions;
import dev.walletsdk.client.Transfers;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.Wallets;
import dev.walletsdk.client.internal.pipeline.ClientConfig;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.client.internal.pipeline.ResponseCapture;
import dev.walletsdk.spi.Transport;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The client: one pipeline and the resources that describe operations to it. */
public final class DefaultWalletClient implements WalletClient {
  private final Pipeline pipeline;
  private final SyncResources resources;
  // Created by the first async(): a client used only synchronously loads none of the async side.
  private volatile @Nullable AsyncResources async;
  private final boolean ownsTransport;

  /**
   * Creates a client.
   *
   * @param config the configuration
   * @param ownsTransport whether {@link #close()} closes the transport
   */
  public DefaultWalletClient(ClientConfig config, boolean ownsTransport) {
    this(new Pipeline(config), ownsTransport);
  }

  private DefaultWalletClient(Pipeline pipeline, boolean ownsTransport) {
    this.pipeline = pipeline;
    this.resources = new SyncResources(pipeline);
    this.ownsTransport = ownsTransport;
  }

  @Override
  public Wallets wallets() {
    return resources.wallets;
  }

  @Override
  public Balances balances() {
    return resources.balances;
  }

  @Override
  public Quotes quotes() {
    return resources.quotes;
  }

  @Override
  public Payments payments() {
    return resources.payments;
  }

  @Override
  public SplitBills splitBills() {
    return resources.splitBills;
  }

  @Override
  public Kyc kyc() {
    return resources.kyc;
  }

  @Override
  public Privacy privacy() {
    return resources.privacy;
  }

  @Override
  public BillPayments billPayments() {
    return resources.billPayments;
  }

  @Override
  public Rewards rewards() {
    return resources.rewards;
  }

  @Override
  public dev.walletsdk.client.Budgets budgets() {
    return resources.budgets;
  }

  @Override
  public RiskReviews riskReviews() {
    return resources.riskReviews;
  }

  @Override
  public dev.walletsdk.client.Pots pots() {
    return resources.pots;
  }

  @Override
  public dev.walletsdk.client.Offers offers() {
    return resources.offers;
  }

  @Override
  public dev.walletsdk.client.Vouchers vouchers() {
    return resources.vouchers;
  }

  @Override
  public dev.walletsdk.client.Invoices invoices() {
    return resources.invoices;
  }

  @Override
  public dev.walletsdk.client.Membership membership() {
    return resources.membership;
  }

  @Override
  public dev.walletsdk.client.PayoutBatches payoutBatches() {
    return resources.payoutBatches;
  }

  @Override
  public Transfers transfers() {
    return resources.transfers;
  }

  @Override
  public Challenges challenges() {
    return resources.challenges;
  }

  @Override
  public Transactions transactions() {
    return resources.transactions;
  }

  @Override
  public Events events() {
    return resources.events;
  }

  @Override
  public ServerKeys keys() {
    return resources.keys;
  }

  @Override
  public AsyncWalletClient async() {
    if (pipeline.scope().capture() != null) {
      throw ResponseViews.unsupported("async()");
    }
    AsyncResources created = async;
    if (created == null) {
      synchronized (this) {
        created = async;
        if (created == null) {
          created = new AsyncResources(pipeline);
          async = created;
        }
      }
    }
    return created;
  }

  @Override
  public WalletClient withOptions(Consumer<Options> options) {
    DerivedOptions derived = new DerivedOptions(pipeline.config(), pipeline.scope());
    Objects.requireNonNull(options, "options").accept(derived);
    return new DefaultWalletClient(new Pipeline(derived.apply(), derived.scope()), false);
  }

  @Override
  public <T> ApiResponse<T> withResponse(Function<? super WalletClient, ? extends T> call) {
    Objects.requireNonNull(call, "call");
    ResponseCapture capture = ResponseViews.newCapture(pipeline);
    WalletClient view =
        new DefaultWalletClient(
            new Pipeline(pipeline.config(), pipeline.scope().capturing(capture)), false);
    T value;
    try {
      value = call.apply(view);
    } finally {
      capture.close();
    }
    capture.requireCall();
    return capture.response(Objects.requireNonNull(value, "the value returned by call"));
  }

  /**
   * Returns the client's configuration, for tests of what the builder and options produced.
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return pipeline.config();
  }

  /**
   * Returns the transport the client sends with.
   *
   * @return the transport
   */
  public Transport transport() {
    return pipeline.config().transport();
  }

  @Override
  public void close() {
    if (ownsTransport) {
      pipeline.config().transport().close();
    }
  }

  @Override
  public String toString() {
    return "WalletClient{baseUri=" + pipeline.config().baseUri() + "}";
  }
}
