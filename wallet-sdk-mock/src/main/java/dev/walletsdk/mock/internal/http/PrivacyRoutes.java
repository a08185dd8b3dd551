package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.PrivacyService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.ExportViews;
import java.util.List;
import java.util.Set;

/** A holder's privacy rights: the data export and the erasure of personal data. */
final class PrivacyRoutes {
  private final Lookups lookups;
  private final PrivacyService privacy;

  PrivacyRoutes(Lookups lookups, PrivacyService privacy) {
    this.lookups = lookups;
    this.privacy = privacy;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets/{walletId}/data-export", Set.of(), this::export),
        Route.of("POST", "/v1/wallets/{walletId}/erasure", Set.of(), this::erase));
  }

  private Reply export(Call call) {
    WalletRecord wallet = owned(call);
    return Reply.created(ExportViews.dataExport(privacy.export(wallet)));
  }

  private Reply erase(Call call) {
    WalletRecord wallet = owned(call);
    return Reply.ok(privacy.erase(wallet));
  }

  /** The wallet named in the path; the body must be an empty object. */
  private WalletRecord owned(Call call) {
    Fields fields = new Fields();
    JsonNode body = call.requireBody();
    fields.object(body, "", Set.of());
    fields.throwIfAny();
    return lookups.ownedWallet(call, call.path(0), "path:walletId");
  }
}
