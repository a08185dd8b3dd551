/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mock's web console in a real browser: headless Chromium, driven through its chromedriver
 * (Debian's {@code chromium} and {@code chromium-driver}; decision 0029). It opens the console of a
 * mock on a loopback port that has a control token, funds a wallet through the page, sees a
 * transfer made with the SDK client appear in the balances and the journal, injects a fault and
 * advances the clock through the page. Screenshots go to {@code target/console-screenshots/}.
 * Without Chromium the test fails, saying what to install: it never skips.
 */
@Tag("browser")
class ConsoleBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("walletsdk.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("walletsdk.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String TOKEN = "console-browser-test-token-0123456789";
  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(50);

  private MockWalletServer mock;
  private MockHttpServer server;
  private WalletClient client;
  private ChromeDriverService service;
  private WebDriver browser;

  @BeforeEach
  void start(@TempDir Path profile) {
    assertThat(CHROMIUM)
        .as(
            "Chromium is needed at %s for the console's browser test: apt-get install -y chromium"
                + " chromium-driver (or -Dwalletsdk.chromium=PATH)",
            CHROMIUM)
        .isExecutable();
    assertThat(CHROMEDRIVER)
        .as(
            "chromedriver is needed at %s for the console's browser test: apt-get install -y"
                + " chromium-driver (or -Dwalletsdk.chromedriver=PATH)",
            CHROMEDRIVER)
        .isExecutable();
    mock = MockWalletServer.builder().controlToken(TOKEN).build();
    server = mock.start(0);
    client =
        WalletClient.builder()
            .baseUrl(server.baseUrl().toString())
            .apiKey(mock.apiKey())
            .retries(RetryPolicy.none())
            .build();
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1700",
        "--user-data-dir=" + profile);
    long startedAt = System.nanoTime();
    browser = new ChromeDriver(service, options);
    System.out.printf(
        "Chromium and chromedriver started in %d ms%n",
        (System.nanoTime() - startedAt) / 1_000_000);
  }

  @AfterEach
  void stop() {
    long stoppingAt = System.nanoTime();
    try {
      if (browser != null) {
        browser.quit();
      }
      if (service != null) {
        service.stop();
      }
      if (client != null) {
        client.close();
      }
      System.out.printf(
          "Chromium and chromedriver stopped in %d ms%n",
          (System.nanoTime() - stoppingAt) / 1_000_000);
    } finally {
      if (server != null) {
        server.close();
      }
      if (mock != null) {
        assertThat(mock.ledger().audit().violations()).isEmpty();
        mock.close();
      }
    }
  }

  @Test
  void consoleFundsAWalletShowsATransferAndDrivesFaultsAndTheClock() {
    long startedAt = System.nanoTime();
    Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = client.wallets().open(r -> r.displayName("Bob <b>&amp;</b>").currency("EUR"));

    browser.get(server.consoleUrl() + "#token=" + TOKEN);
    awaitText(balance(alice, "total"), "0.00 EUR");
    assertThat(browser.getCurrentUrl()).isEqualTo(server.consoleUrl().toString());
    assertThat(text(row(bob) + " td:nth-child(3)")).isEqualTo("Bob <b>&amp;</b>");

    new Select(browser.findElement(By.id("fund-wallet"))).selectByValue(alice.id().value());
    browser.findElement(By.id("fund-amount")).sendKeys("100.00");
    browser.findElement(By.id("fund-currency")).sendKeys("EUR");
    browser.findElement(By.id("fund-submit")).click();
    awaitText(balance(alice, "total"), "100.00 EUR");
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
    screenshot("01-funded.png");

    WebElement amount = browser.findElement(By.id("fund-amount"));
    amount.clear();
    amount.sendKeys("1.234");
    browser.findElement(By.id("fund-submit")).click();
    awaitText(
        "#status",
        "Refused: wallet.fund amount: amount \"1.234\" has 3 decimal places but EUR allows at"
            + " most 2");
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));

    client
        .transfers()
        .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("25.50", "EUR")));
    awaitText(balance(alice, "available"), "74.50 EUR");
    awaitText(balance(bob, "total"), "25.50 EUR");
    awaitText(
        "#journal > li:first-child .legs li",
        "wallet:" + alice.id().value() + ":EUR → wallet:" + bob.id().value() + ":EUR: 25.50 EUR");
    assertThat(text("#journal > li:first-child")).startsWith("#2 transfer POST trf_");
    assertThat(text("#chain-status")).startsWith("Hash chain intact: 2 entries, head ");
    assertThat(text("#audit-status")).isEqualTo("Clean: every invariant holds");

    mock.control().setStepUpThreshold(alice.id(), Money.of("50.00", "EUR"));
    mock.control().enrollTotp(alice.id());
    assertThatThrownBy(
            () ->
                client
                    .transfers()
                    .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("60.00", "EUR"))))
        .isInstanceOf(StepUpRequiredException.class);
    awaitText("#challenges tr td.code", mock.control().currentTotp(alice.id()));
    screenshot("02-transfer.png");

    new Select(browser.findElement(By.id("fault-kind"))).selectByValue("server_error");
    browser.findElement(By.id("fault-submit")).click();
    awaitText("#faults li", "Fault{SERVER_ERROR on POST /v1/transfers, 1 times}");
    screenshot("03-fault.png");
    assertThatThrownBy(
            () ->
                client
                    .transfers()
                    .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("1.00", "EUR"))))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(mock.control().firedFaults()).containsEntry(Fault.Kind.SERVER_ERROR, 1);
    awaitText("#faults-fired", "Fired so far: SERVER_ERROR × 1");

    Instant before = mock.control().now();
    WebElement seconds = browser.findElement(By.id("advance-seconds"));
    seconds.clear();
    seconds.sendKeys("3600");
    browser.findElement(By.id("advance-submit")).click();
    awaitText("#status", "Clock advanced by 3600 s");
    assertThat(Duration.between(before, mock.control().now()))
        .isGreaterThanOrEqualTo(Duration.ofHours(1));
    awaitNonEmpty("#clock-now");
    assertThat(Instant.parse(text("#clock-now"))).isAfterOrEqualTo(before.plusSeconds(3600));
    screenshot("04-clock.png");
    assertThat(mock.control().balance(bob.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("25.50", "EUR"));
    System.out.printf(
        "Console scenario ran in %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);
  }

  private static String row(Wallet wallet) {
    return "tr[data-wallet='" + wallet.id().value() + "'][data-currency='EUR']";
  }

  private static String balance(Wallet wallet, String column) {
    return row(wallet) + " td." + column;
  }

  /**
   * The rendered text of the first element the selector finds, or {@code null} if none, read in one
   * script call: the page re-renders its tables every second, so a found element can go stale.
   */
  private String text(String css) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;",
                css);
  }

  /** Waits until the first element the selector finds shows exactly the text. */
  private void awaitText(String css, String expected) {
    new WebDriverWait(browser, PATIENCE, POLL)
        .withMessage(() -> css + " should show \"" + expected + "\"; " + page())
        .until(driver -> expected.equals(text(css)));
  }

  private void awaitNonEmpty(String css) {
    new WebDriverWait(browser, PATIENCE, POLL)
        .until(driver -> text(css) != null && !text(css).isEmpty() && !text(css).equals("…"));
  }

  private String page() {
    return Map.of("status", String.valueOf(text("#status")), "url", browser.getCurrentUrl())
        .toString();
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
