/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.walletsdk.mock.internal.engine.BillPaymentService;
import dev.walletsdk.mock.internal.engine.ChallengeService;
import dev.walletsdk.mock.internal.engine.OutgoingPolicy;
import dev.walletsdk.mock.internal.engine.PaymentService;
import dev.walletsdk.mock.internal.engine.SplitBillService;
import dev.walletsdk.mock.internal.engine.TransferService;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mock's command layer: one movement guard sequences every money movement (policy, step-up
 * hold, execution, recording), routes reach the money-moving services only through the commands,
 * and the commands and the engine's wiring sit below the HTTP package.
 */
class CommandLayerArchitectureTest {
  private static final String HTTP = "dev.walletsdk.mock.internal.http..";
  private static final String COMMAND = "dev.walletsdk.mock.internal.command..";
  private static final String ENGINE = "dev.walletsdk.mock.internal.engine..";
  private static final String GUARD = "dev.walletsdk.mock.internal.command.MovementGuard";

  private static final JavaClasses MOCK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.walletsdk.mock");

  /** The steps of a movement the guard alone may take. */
  private static final DescribedPredicate<JavaMethodCall> SEQUENCING_STEP =
      calls(
          "OutgoingPolicy.check, needsStepUp or record, or ChallengeService.hold",
          Map.of(
              OutgoingPolicy.class.getName(),
              Set.of("check", "needsStepUp", "record"),
              ChallengeService.class.getName(),
              Set.of("hold")));

  /** The service methods that move a holder's money, which only commands may execute. */
  private static final DescribedPredicate<JavaMethodCall> MONEY_MOVING_EXECUTION =
      calls(
          "PaymentService.pay, TransferService.create, SplitBillService.pay or"
              + " BillPaymentService.create",
          Map.of(
              PaymentService.class.getName(), Set.of("pay"),
              TransferService.class.getName(), Set.of("create"),
              SplitBillService.class.getName(), Set.of("pay"),
              BillPaymentService.class.getName(), Set.of("create")));

  private static DescribedPredicate<JavaMethodCall> calls(
      String description, Map<String, Set<String>> methodsByOwner) {
    return DescribedPredicate.describe(
        description,
        call ->
            methodsByOwner
                .getOrDefault(call.getTargetOwner().getName(), Set.of())
                .contains(call.getName()));
  }

  @Test
  void httpRoutesNeverCheckHoldOrRecordAMovementThemselves() {
    noClasses()
        .that()
        .resideInAPackage(HTTP)
        .should()
        .callMethodWhere(SEQUENCING_STEP)
        .because("routes parse and render; the movement guard sequences every money movement")
        .check(MOCK);
  }

  @Test
  void onlyTheMovementGuardSequencesAMovement() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(GUARD)
        .should()
        .callMethodWhere(SEQUENCING_STEP)
        .check(MOCK);
  }

  @Test
  void onlyCommandsExecuteAMoneyMovement() {
    noClasses()
        .that()
        .resideOutsideOfPackage(COMMAND)
        .should()
        .callMethodWhere(MONEY_MOVING_EXECUTION)
        .because("a movement executed outside a command would bypass the movement guard")
        .check(MOCK);
  }

  @Test
  void theGuardAndTheWiringLiveInTheCommandPackage() {
    classes()
        .that()
        .haveSimpleName("Services")
        .or()
        .haveSimpleName("MovementGuard")
        .should()
        .resideInAPackage(COMMAND)
        .check(MOCK);
  }

  @Test
  void commandsSitBelowHttp() {
    noClasses()
        .that()
        .resideInAPackage(COMMAND)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            HTTP,
            "dev.walletsdk.mock.internal.server..",
            "dev.walletsdk.mock.internal.runtime..",
            "dev.walletsdk.mock.internal.control..")
        .check(MOCK);
  }

  @Test
  void engineSitsBelowCommandsAndHttp() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(COMMAND, HTTP)
        .check(MOCK);
  }
}
