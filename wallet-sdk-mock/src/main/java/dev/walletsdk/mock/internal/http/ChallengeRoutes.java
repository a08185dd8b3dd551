/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ChallengeRecord;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.Views;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Confirms step-up challenges: checks the one-time password, executes the held operation exactly
 * once, and makes its result the stored response of the held request's idempotency key.
 */
final class ChallengeRoutes {
  private static final Pattern OTP = Pattern.compile("[0-9]{6,8}");

  /** Runs a held operation again, as its route would, with step-up confirmed. */
  interface HeldRunner {
    /**
     * Runs the held operation and stores its outcome for the held idempotency key.
     *
     * @param call the confirming request
     * @param challenge the challenge
     * @return the held operation's reply
     * @throws ApiProblem the held operation's failure
     */
    Reply run(Call call, ChallengeRecord challenge);
  }

  private final Lookups lookups;
  private final ChallengeService challenges;
  private final HeldRunner runner;

  ChallengeRoutes(Lookups lookups, ChallengeService challenges, HeldRunner runner) {
    this.lookups = lookups;
    this.challenges = challenges;
    this.runner = runner;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/challenges/{challengeId}/confirm", Set.of(), this::confirm));
  }

  private Reply confirm(Call call) {
    String id = lookups.pathId(call.path(0), "chl_", "path:challengeId");
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", Set.of("otp"));
    String otp = fields.matching(body, "", "otp", true, OTP, "6 to 8 digits");
    fields.throwIfAny();
    ChallengeRecord challenge = challenges.pending(call.partner(), id);
    challenges.verify(challenge, otp);
    Reply result;
    try {
      result = runner.run(call, challenge);
    } catch (ApiProblem problem) {
      challenges.settle(challenge, false);
      throw problem;
    }
    challenges.settle(challenge, true);
    ObjectNode json = MockJson.object();
    json.put("object", "challenge_result");
    json.set("challenge", Views.challenge(challenge, challenges.status(challenge)));
    json.set("result", result.body());
    return Reply.ok(json);
  }
}
