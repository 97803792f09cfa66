package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateType;
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
}
