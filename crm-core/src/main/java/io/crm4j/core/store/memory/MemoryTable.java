package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The committed aggregates of one type. Each stored aggregate sits in a row that a hash map finds by
 * id and an ordered map keeps in id order for paging; an update replaces the row's value in place,
 * so only inserts and deletes touch the ordered map (two skip-list walks per update were four fifths
 * of an in-memory upsert). An aggregate type with append-only lines keeps them as rows beside it
 * ({@link MemoryLines}). Written only under the store lock; read without it.
 */
final class MemoryTable<I, A> {

  /** One stored aggregate; its value changes with each update. */
  private static final class Row<A> {
    volatile A value;

    Row(A value) {
      this.value = value;
    }
  }

  private final AggregateType<I, A> type;
  private final Map<String, Row<A>> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, Row<A>> ordered = new ConcurrentSkipListMap<>();
  private final @Nullable MemoryLines<A, ?, ?> lines;

  MemoryTable(AggregateType<I, A> type) {
    this.type = type;
    this.lines = type.lines().map(MemoryLines::of).orElse(null);
  }

  AggregateType<I, A> type() {
    return type;
  }

  /** The stored aggregate with this id text, or null. */
  @Nullable A get(String key) {
    Row<A> row = byId.get(key);
    return row == null ? null : row.value;
  }

  boolean contains(String key) {
    return byId.containsKey(key);
  }

  /** Stores {@code value} under {@code key}, replacing what is there. Caller holds the store lock. */
  void put(String key, A given) {
    A value = lines == null ? given : lines.store(key, given);
    Row<A> row = byId.get(key);
    if (row != null) {
      row.value = value;
    } else {
      row = new Row<>(value);
      byId.put(key, row);
      ordered.put(key, row);
    }
  }

  /** Removes the aggregate with this id text, if any. Caller holds the store lock. */
  void remove(String key) {
    if (byId.remove(key) != null) {
      ordered.remove(key);
    }
    if (lines != null) {
      lines.remove(key);
    }
  }

  long size() {
    return byId.size();
  }

  /** Up to {@code limit} entries with an id text after {@code after} (all if null), in id order. */
  List<Map.Entry<String, A>> page(@Nullable String after, int limit) {
    NavigableMap<String, Row<A>> view = after == null ? ordered : ordered.tailMap(after, false);
    return first(view.entrySet(), limit, e -> Map.entry(e.getKey(), e.getValue().value));
  }

  /** The first {@code limit} values of {@code view}, in its order. */
  static <K, V> List<V> firstValues(NavigableMap<K, V> view, int limit) {
    return first(view.values(), limit, v -> v);
  }

  /** {@code f} of each of the first {@code limit} items, in their order; applied while iterating. */
  private static <T, R> List<R> first(Iterable<T> items, int limit, Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>(Math.min(limit, 1_024));
    for (T item : items) {
      if (out.size() == limit) {
        break;
      }
      out.add(f.apply(item));
    }
    return out;
  }
}
