package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.PaymentService;
import dev.walletsdk.mock.internal.engine.QuoteService;
import dev.walletsdk.mock.internal.engine.TransferService;
import dev.walletsdk.mock.internal.engine.WalletService;

/**
 * The engine's services, built once per engine and shared by the routes and the control plane.
 *
 * @param wallets opens and funds wallets
 * @param quotes quotes conversions
 * @param transfers moves money between wallets and to bank accounts
 * @param payments pays merchants and refunds
 * @param policy funds, limits and step-up rules
 * @param challenges step-up challenges
 * @param decryption opens encrypted request fields
 */
public record Services(
    WalletService wallets,
    QuoteService quotes,
    TransferService transfers,
    PaymentService payments,
    OutgoingPolicy policy,
    ChallengeService challenges,
    FieldDecryption decryption) {

  /**
   * Builds the services of an engine.
   *
   * @param engine the platform state
   * @param decryption opens encrypted request fields
   * @return the services
   */
  public static Services of(Engine engine, FieldDecryption decryption) {
    QuoteService quotes = new QuoteService(engine);
    return new Services(
        new WalletService(engine),
        quotes,
        new TransferService(engine, quotes),
        new PaymentService(engine, quotes),
        new OutgoingPolicy(engine),
        new ChallengeService(engine),
        decryption);
  }
}
