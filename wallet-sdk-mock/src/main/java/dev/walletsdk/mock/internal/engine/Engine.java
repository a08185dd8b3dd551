package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The mock platform's state: partners and their API keys, wallets, resources and the ledger.
 *
 * <p>One writer at a time: every read and write of state happens inside {@link #locked}, which
 * makes each operation atomic and gives the journal a total order. Operations take microseconds, so
 * one lock serves many client threads without deadlock or lost updates.
 */
public final class Engine {
  private final ReentrantLock lock = new ReentrantLock();
  private final MockClock clock;
  private final Ids ids;
  private final Ledger ledger = new Ledger();
  private final Map<String, Partner> partners = new LinkedHashMap<>();
  private final Map<String, String> partnerByApiKey = new LinkedHashMap<>();
  private final Map<String, WalletRecord> wallets = new LinkedHashMap<>();
  private final Map<String, TransferRecord> transfers = new LinkedHashMap<>();
  private final Map<String, Long> fundings = new LinkedHashMap<>();

  /**
   * Creates an empty platform.
   *
   * @param clock the virtual clock
   * @param seed the seed of resource ids
   */
  public Engine(MockClock clock, long seed) {
    this.clock = clock;
    this.ids = new Ids(seed);
  }

  /**
   * Runs an operation with exclusive access to the state.
   *
   * @param operation the operation
   * @param <T> its result type
   * @return its result
   */
  public <T> T locked(Supplier<T> operation) {
    lock.lock();
    try {
      return operation.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the clock.
   *
   * @return the virtual clock
   */
  public MockClock clock() {
    return clock;
  }

  /**
   * Returns the id generator.
   *
   * @return the ids
   */
  public Ids ids() {
    return ids;
  }

  /**
   * Returns the ledger. Use under the lock.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Adds a partner. Use under the lock.
   *
   * @param name its display name
   * @return the partner
   */
  public Partner addPartner(String name) {
    Partner partner = new Partner(ids.next("ptn_"), name);
    partners.put(partner.id(), partner);
    return partner;
  }

  /**
   * Returns a partner. Use under the lock.
   *
   * @param id the partner id
   * @return the partner, if it exists
   */
  public Optional<Partner> partner(String id) {
    return Optional.ofNullable(partners.get(id));
  }

  /**
   * Issues an API key to a partner. Use under the lock.
   *
   * @param partner the partner
   * @return the new key
   */
  public String issueApiKey(Partner partner) {
    String key = ids.secret("sk_test_");
    partnerByApiKey.put(key, partner.id());
    return key;
  }

  /**
   * Finds the partner of an API key. Use under the lock.
   *
   * @param apiKey the presented key
   * @return the partner, if the key is known
   */
  public Optional<Partner> authenticate(String apiKey) {
    return Optional.ofNullable(partnerByApiKey.get(apiKey)).map(partners::get);
  }

  /**
   * Returns the wallets by id. Use under the lock.
   *
   * @return the live map
   */
  Map<String, WalletRecord> walletMap() {
    return wallets;
  }

  /**
   * Returns a wallet. Use under the lock.
   *
   * @param id the wallet id
   * @return the wallet, if it exists
   */
  public Optional<WalletRecord> wallet(String id) {
    return Optional.ofNullable(wallets.get(id));
  }

  /**
   * Returns every wallet in order of creation. Use under the lock.
   *
   * @return the wallets
   */
  public Iterable<WalletRecord> wallets() {
    return wallets.values();
  }

  /**
   * Returns the transfers by id. Use under the lock.
   *
   * @return the live map
   */
  Map<String, TransferRecord> transferMap() {
    return transfers;
  }

  /**
   * Returns a transfer. Use under the lock.
   *
   * @param id the transfer id
   * @return the transfer, if it exists
   */
  public Optional<TransferRecord> transfer(String id) {
    return Optional.ofNullable(transfers.get(id));
  }

  /**
   * Returns the journal sequence of each funding by its id. Use under the lock.
   *
   * @return the live map
   */
  Map<String, Long> fundingMap() {
    return fundings;
  }
}
