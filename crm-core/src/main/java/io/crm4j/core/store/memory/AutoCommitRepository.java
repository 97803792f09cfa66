package io.crm4j.core.store.memory;

import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Single-call writes on the in-memory store: each checks and applies under the store lock, so none
 * can fall between a unit of work's check and its apply. Reads of several entries see no commit half
 * applied.
 */
final class AutoCommitRepository<I, A> implements Repository<I, A> {

  private final MemoryTable<I, A> table;
  private final AggregateType<I, A> type;
  private final CommitLock lock;

  AutoCommitRepository(MemoryTable<I, A> table, CommitLock lock) {
    this.table = table;
    this.type = table.type();
    this.lock = lock;
  }

  @Override
  public Optional<A> find(I id) {
    Objects.requireNonNull(id, "id");
    lock.checkOpen();
    return Optional.ofNullable(table.get(type.idText(id)));
  }

  @Override
  public A insert(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    long version = type.versionOf(aggregate);
    if (version != 0) {
      throw new IllegalArgumentException(type.name() + " version must be 0 to insert, but was " + version);
    }
    String key = type.idTextOf(aggregate);
    A stored = type.withVersion(aggregate, 1);
    long stamp = lock.lock();
    try {
      if (table.contains(key)) {
        throw new DuplicateIdException(type.name(), key);
      }
      table.put(key, stored);
    } finally {
      lock.unlock(stamp);
    }
    return stored;
  }

  @Override
  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String key = type.idTextOf(aggregate);
    long expected = type.versionOf(aggregate);
    A stored = type.withVersion(aggregate, expected + 1);
    long stamp = lock.lock();
    try {
      A now = table.get(key);
      long actual = now == null ? -1 : type.versionOf(now);
      if (now == null || actual != expected) {
        throw new StaleVersionException(type.name(), key, expected, actual);
      }
      table.put(key, stored);
    } finally {
      lock.unlock(stamp);
    }
    return stored;
  }

  @Override
  public boolean delete(I id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    String key = type.idText(id);
    long stamp = lock.lock();
    try {
      A now = table.get(key);
      if (now == null) {
        return false;
      }
      long actual = type.versionOf(now);
      if (actual != expectedVersion) {
        throw new StaleVersionException(type.name(), key, expectedVersion, actual);
      }
      table.remove(key);
      return true;
    } finally {
      lock.unlock(stamp);
    }
  }

  @Override
  public List<A> page(@Nullable I after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, but was " + limit);
    }
    @Nullable String afterKey = after == null ? null : type.idText(after);
    List<Map.Entry<String, A>> page = lock.read(() -> table.page(afterKey, limit));
    List<A> out = new ArrayList<>(page.size());
    for (Map.Entry<String, A> e : page) {
      out.add(e.getValue());
    }
    return out;
  }

  @Override
  public long count() {
    return lock.read(table::size);
  }

  @Override
  public long versionOf(A aggregate) {
    return type.versionOf(aggregate);
  }
}
