/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.store;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A {@link Store} in a hash map, linked when its order matters. */
final class MapStore<R> implements Store<R> {
  private final Map<String, R> records;

  MapStore(boolean ordered) {
    this.records = ordered ? new LinkedHashMap<>() : new HashMap<>();
  }

  @Override
  public @Nullable R get(String id) {
    return records.get(id);
  }

  @Override
  public boolean containsKey(String id) {
    return records.containsKey(id);
  }

  @Override
  public void put(String id, R record) {
    records.put(id, record);
  }

  @Override
  public @Nullable R remove(String id) {
    return records.remove(id);
  }

  @Override
  public void replaceAll(UnaryOperator<R> rewrite) {
    records.replaceAll((id, record) -> rewrite.apply(record));
  }

  @Override
  public Collection<R> values() {
    return Collections.unmodifiableCollection(records.values());
  }

  @Override
  public int size() {
    return records.size();
  }
}
