package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.store.memory.MemoryTransaction.Pending;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A repository seen through a unit of work: committed rows overlaid with the unit's writes. */
final class TxRepository<I, A> implements Repository<I, A> {

  private final MemoryTransaction tx;
  private final MemoryTable<I, A> table;
  private final AggregateType<I, A> type;

  TxRepository(MemoryTransaction tx, MemoryTable<I, A> table) {
    this.tx = tx;
    this.table = table;
    this.type = table.type();
  }

  private Map<String, Pending<A>> pending() {
    return tx.pending(table);
  }

  private @Nullable A current(String key) {
    tx.lock().checkOpen();
    Pending<A> p = pending().get(key);
    return p != null ? p.value() : table.get(key);
  }

  @Override
  public Optional<A> find(I id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(current(type.idText(id)));
  }

  @Override
  public A insert(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String key = type.idTextOf(aggregate);
    long version = type.versionOf(aggregate);
    if (version != 0) {
      throw new IllegalArgumentException(type.name() + " version must be 0 to insert, but was " + version);
    }
    if (current(key) != null) {
      throw new DuplicateIdException(type.name(), key);
    }
    A stored = type.withVersion(aggregate, 1);
    Pending<A> before = pending().get(key);
    long base = before != null ? before.baseVersion() : -1;
    pending().put(key, new Pending<>(base, stored));
    return stored;
  }

  @Override
  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String key = type.idTextOf(aggregate);
    long expected = type.versionOf(aggregate);
    A now = current(key);
    long actual = now == null ? -1 : type.versionOf(now);
    if (actual != expected || now == null) {
      throw new StaleVersionException(type.name(), key, expected, actual);
    }
    A stored = type.withVersion(aggregate, expected + 1);
    Pending<A> before = pending().get(key);
    pending().put(key, new Pending<>(before != null ? before.baseVersion() : actual, stored));
    return stored;
  }

  @Override
  public boolean delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    String key = type.idText(id);
    A now = current(key);
    if (now == null) {
      return false;
    }
    long actual = type.versionOf(now);
    if (actual != expectedVersion) {
      throw new StaleVersionException(type.name(), key, expectedVersion, actual);
    }
    Pending<A> before = pending().get(key);
    pending().put(key, new Pending<>(before != null ? before.baseVersion() : actual, null));
    return true;
  }

  @Override
  public List<A> page(@Nullable I after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, but was " + limit);
    }
    Map<String, Pending<A>> pending = pending();
    @Nullable String afterKey = after == null ? null : type.idText(after);
    // the committed page, long enough that the pending deletes cannot shorten it below the limit
    int committed = (int) Math.min((long) limit + pending.size(), Integer.MAX_VALUE);
    TreeMap<String, A> merged = new TreeMap<>();
    for (Map.Entry<String, A> e : tx.lock().read(() -> table.page(afterKey, committed))) {
      merged.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Pending<A>> e : pending.entrySet()) {
      if (afterKey != null && e.getKey().compareTo(afterKey) <= 0) {
        continue;
      }
      if (e.getValue().value() == null) {
        merged.remove(e.getKey());
      } else {
        merged.put(e.getKey(), e.getValue().value());
      }
    }
    return MemoryTable.firstValues(merged, limit);
  }

  @Override
  public long count() {
    Map<String, Pending<A>> pending = pending();
    return tx.lock().read(() -> {
      long n = table.size();
      for (Map.Entry<String, Pending<A>> e : pending.entrySet()) {
        boolean stored = table.contains(e.getKey());
        boolean present = e.getValue().value() != null;
        n += (present ? 1 : 0) - (stored ? 1 : 0);
      }
      return n;
    });
  }

  @Override
  public long versionOf(A aggregate) {
    return type.versionOf(aggregate);
  }
}
