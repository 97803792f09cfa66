package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only lines of one aggregate type's stored aggregates (see {@link AggregateLines}), one
 * list of rows per aggregate. A stored aggregate is kept as its snapshot restored over its rows, so a
 * change appends its new lines and never copies the old ones. Written only under the store lock;
 * read without it (a reader reads only lines that were committed before the aggregate it belongs to).
 */
final class MemoryLines<A, S, L> {

  /** One aggregate's lines by position; {@code count} of them are stored. */
  private static final class Rows<L> {
    final Map<Long, L> byPosition = new ConcurrentHashMap<>();
    volatile long count;

    List<L> read(long from, long to) {
      List<L> out = new ArrayList<>((int) Math.max(0, Math.min(to - from + 1, 1 << 16)));
      for (long p = from; p <= to; p++) {
        L line = byPosition.get(p);
        if (line == null) {
          throw new IllegalStateException("line " + p + " must be stored, but " + count + " lines are");
        }
        out.add(line);
      }
      return out;
    }
  }

  private final AggregateLines<A, S, L> spec;
  private final Map<String, Rows<L>> byKey = new ConcurrentHashMap<>();

  private MemoryLines(AggregateLines<A, S, L> spec) {
    this.spec = spec;
  }

  static <A, S, L> MemoryLines<A, S, L> of(AggregateLines<A, S, L> spec) {
    return new MemoryLines<>(spec);
  }

  /**
   * Stores {@code value}'s lines under {@code key}, appending those after the ones held, and returns
   * the aggregate to keep. When the value was not read from this store's rows as they are (built by
   * hand, say), its lines replace them. Caller holds the store lock.
   */
  A store(String key, A value) {
    List<L> lines = spec.lines(value);
    Rows<L> rows = byKey.get(key);
    long from;
    if (rows != null && spec.storedLines(value) == rows.count) {
      from = rows.count;
    } else {
      rows = new Rows<>();
      byKey.put(key, rows);
      from = 0;
    }
    for (long p = from; p < lines.size(); p++) {
      rows.byPosition.put(p + 1, lines.get((int) p));
    }
    rows.count = lines.size();
    Rows<L> held = rows;
    return spec.restore(spec.snapshot(value), held::read);
  }

  /** Drops the lines under {@code key}. Caller holds the store lock. */
  void remove(String key) {
    byKey.remove(key);
  }
}
