package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.HeldOperation;
import dev.walletsdk.mock.internal.engine.Partner;
import java.util.function.Supplier;

/**
 * How a request stands towards step-up authentication.
 *
 * @param partner the partner asking, who answers a new challenge
 * @param confirmed whether a confirmed challenge is executing the request, so none is asked again
 * @param held what a new challenge holds; asked only when one is created
 */
public record StepUp(Partner partner, boolean confirmed, Supplier<HeldOperation> held) {}
