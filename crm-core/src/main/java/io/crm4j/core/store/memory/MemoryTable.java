package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateType;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The committed aggregates of one type, ordered by id text. Written only under the store lock. */
final class MemoryTable<I, A> {

  private final AggregateType<I, A> type;
  final ConcurrentSkipListMap<String, A> rows = new ConcurrentSkipListMap<>();

  MemoryTable(AggregateType<I, A> type) {
    this.type = type;
  }

  AggregateType<I, A> type() {
    return type;
  }

  /** The first {@code limit} values of {@code view}, in its order. */
  static <K, V> List<V> firstValues(NavigableMap<K, V> view, int limit) {
    List<V> out = new ArrayList<>(Math.min(limit, 1_024));
    for (V v : view.values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(v);
    }
    return out;
  }
}
