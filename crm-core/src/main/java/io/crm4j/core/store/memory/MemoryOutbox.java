package io.crm4j.core.store.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.json.Mappers;
import io.crm4j.core.spi.Outbox;
import io.crm4j.core.spi.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The in-memory store's outbox: committed events by position, added under the store lock as each
 * unit of work commits, so positions follow commit order. Marking drops the events it covers.
 */
final class MemoryOutbox implements Outbox {

  private static final ObjectWriter EVENT = Mappers.mapper().writerFor(DomainEvent.class);

  private final CommitLock lock;
  private final ConcurrentSkipListMap<Long, DomainEvent> pending = new ConcurrentSkipListMap<>();
  private long next = 1;

  MemoryOutbox(CommitLock lock) {
    this.lock = lock;
  }

  /** Adds a commit's events after every earlier one. Caller holds the store lock. */
  void add(List<? extends DomainEvent> events) {
    for (DomainEvent e : events) {
      pending.put(next++, e);
    }
  }

  /** Drops every event. Caller holds the store lock. */
  void clear() {
    pending.clear();
  }

  @Override
  public List<OutboxEntry> pending(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be > 0, but was " + limit);
    }
    lock.checkOpen();
    List<OutboxEntry> out = new ArrayList<>(Math.min(limit, 1_024));
    for (Map.Entry<Long, DomainEvent> e : pending.entrySet()) {
      if (out.size() == limit) {
        break;
      }
      out.add(new OutboxEntry(e.getKey(), e.getValue(), json(e.getValue())));
    }
    return out;
  }

  @Override
  public synchronized int markPublishedUpTo(long seq) {
    lock.checkOpen();
    int marked = 0;
    for (Map.Entry<Long, DomainEvent> e = pending.firstEntry(); e != null && e.getKey() <= seq; e = pending.firstEntry()) {
      pending.remove(e.getKey());
      marked++;
    }
    return marked;
  }

  private static String json(DomainEvent event) {
    try {
      return EVENT.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("events must be writable as JSON, but were not: " + e.getOriginalMessage(), e);
    }
  }
}
