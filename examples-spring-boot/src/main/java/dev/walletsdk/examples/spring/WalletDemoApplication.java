/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples.spring;

import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application using wallet-sdk-spring-boot-starter: the starter builds the {@code
 * WalletClient} from {@code wallet.*} properties, serves the webhook endpoint and, with {@code
 * wallet.mock.enabled=true} (see {@code application.properties}), runs it all against the embedded
 * mock. The application only declares what it does with events, in an {@link EventDispatcher} bean.
 */
@SpringBootApplication
public class WalletDemoApplication {
  /** Creates the application; Spring does. */
  public WalletDemoApplication() {}

  /**
   * Starts the application, runs the demo, prints what happened, and stops.
   *
   * @param args Spring Boot arguments, such as {@code --wallet.webhook.path=/hooks}
   */
  public static void main(String[] args) {
    run(System.out, args);
  }

  /**
   * Starts the application, runs the demo and stops.
   *
   * @param out where to print
   * @param args Spring Boot arguments
   */
  public static void run(PrintStream out, String... args) {
    try (ConfigurableApplicationContext context =
        SpringApplication.run(WalletDemoApplication.class, args)) {
      context.getBean(WalletDemo.class).run(out);
    }
  }

  /**
   * What the application does with the platform's events; the starter's endpoint dispatches every
   * verified webhook to it.
   *
   * @param received where the handlers record what arrived
   * @return the dispatcher
   */
  @Bean
  public EventDispatcher walletEvents(ReceivedEvents received) {
    return EventDispatcher.builder()
        .on(
            EventType.WALLET_CREATED,
            Wallet.class,
            (event, wallet) -> received.add("wallet.created: " + wallet.displayName()))
        .on(
            EventType.TRANSFER_COMPLETED,
            Transfer.class,
            (event, transfer) ->
                received.add(
                    "transfer.completed: "
                        + transfer.sourceAmount()
                        + ", reference "
                        + transfer.reference().orElse("-")))
        .deduplicate(10_000)
        .build();
  }
}
