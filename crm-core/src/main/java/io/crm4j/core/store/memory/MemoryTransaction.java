package io.crm4j.core.store.memory;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of work on the in-memory store: writes are checked at once against what the unit sees,
 * kept aside, and checked again and applied together under the store lock at commit.
 */
final class MemoryTransaction implements Transaction {

  /** A pending write: the version it was based on (-1: new) and the value (null: deleted). */
  record Pending<A>(long baseVersion, A value) {}

  private final InMemoryStore store;
  private final MemoryActivityLog log;
  private final Map<String, Map<String, Pending<?>>> writes = new LinkedHashMap<>();
  private final Map<String, MemoryTable<?, ?>> touched = new LinkedHashMap<>();
  final MemoryActivityLog.Changes activityChanges = new MemoryActivityLog.Changes();
  private final List<DomainEvent> events = new ArrayList<>();

  MemoryTransaction(InMemoryStore store, MemoryActivityLog log) {
    this.store = store;
    this.log = log;
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    MemoryTable<I, A> table = store.table(type);
    touched.put(type.name(), table);
    return new TxRepository<>(this, table);
  }

  @Override
  public ActivityLog activities() {
    return new TxActivityLog(log, activityChanges, this::publish);
  }

  @Override
  public void publish(DomainEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  CommitLock lock() {
    return store.lock();
  }

  List<DomainEvent> events() {
    return events;
  }

  @SuppressWarnings("unchecked")
  <A> Map<String, Pending<A>> pending(MemoryTable<?, A> table) {
    return (Map<String, Pending<A>>) (Map<String, ?>) writes.computeIfAbsent(table.type().name(),
        n -> new LinkedHashMap<>());
  }

  /** Checks every pending write against the committed state, then applies all. Caller holds the lock. */
  void commit() {
    for (Map.Entry<String, Map<String, Pending<?>>> e : writes.entrySet()) {
      check(touched.get(e.getKey()), e.getValue());
    }
    log.check(activityChanges);
    for (Map.Entry<String, Map<String, Pending<?>>> e : writes.entrySet()) {
      apply(touched.get(e.getKey()), e.getValue());
    }
    log.apply(activityChanges);
  }

  @SuppressWarnings("unchecked")
  private static <I, A> void check(MemoryTable<I, A> table, Map<String, Pending<?>> pending) {
    for (Map.Entry<String, Pending<?>> e : pending.entrySet()) {
      A stored = table.get(e.getKey());
      long base = e.getValue().baseVersion();
      if (base < 0 && stored != null) {
        throw new DuplicateIdException(table.type().name(), e.getKey());
      }
      long storedVersion = stored == null ? -1 : table.type().versionOf(stored);
      if (base >= 0 && storedVersion != base) {
        throw new StaleVersionException(table.type().name(), e.getKey(), base, storedVersion);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <I, A> void apply(MemoryTable<I, A> table, Map<String, Pending<?>> pending) {
    for (Map.Entry<String, Pending<?>> e : pending.entrySet()) {
      A value = (A) e.getValue().value();
      if (value == null) {
        table.remove(e.getKey());
      } else {
        table.put(e.getKey(), value);
      }
    }
  }
}
