/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.Fault;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/** The active faults, matched in order; thread-safe. Probabilities use a seeded source. */
final class Faults {
  private final List<Active> active = new ArrayList<>();
  private final Map<Fault.Kind, Integer> fired = new EnumMap<>(Fault.Kind.class);
  private final Random random;

  private static final class Active {
    private final Fault fault;
    private final Pattern path;
    private int remaining;

    Active(Fault fault) {
      this.fault = fault;
      this.path = glob(fault.pathPattern());
      this.remaining = fault.times();
    }
  }

  Faults(long seed) {
    this.random = new Random(seed);
  }

  synchronized void add(Fault fault) {
    active.add(new Active(fault));
  }

  synchronized void clear() {
    active.clear();
  }

  synchronized Map<Fault.Kind, Integer> fired() {
    return new EnumMap<>(fired);
  }

  synchronized List<Fault> list() {
    List<Fault> faults = new ArrayList<>();
    active.forEach(a -> faults.add(a.fault));
    return faults;
  }

  /** Picks the first fault that matches and fires, counting it. */
  synchronized Optional<Fault> pick(String method, String path) {
    Iterator<Active> it = active.iterator();
    while (it.hasNext()) {
      Active candidate = it.next();
      Fault fault = candidate.fault;
      boolean matches =
          (fault.method() == null || fault.method().equals(method))
              && candidate.path.matcher(path).matches();
      if (matches && (fault.probability() >= 1 || random.nextDouble() < fault.probability())) {
        if (candidate.remaining > 0 && --candidate.remaining == 0) {
          it.remove();
        }
        fired.merge(fault.kind(), 1, Integer::sum);
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /** Turns a pattern where {@code *} matches any characters into a regular expression. */
  static Pattern glob(String pattern) {
    List<String> quoted = new ArrayList<>();
    for (String part : pattern.split("\\*", -1)) {
      quoted.add(Pattern.quote(part));
    }
    return Pattern.compile(String.join(".*", quoted));
  }
}
