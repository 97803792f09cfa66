package io.crm4j.core.store.memory;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.internal.SimpleEventPublisher;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.DuplicateIdException;
import io.crm4j.core.spi.ChunkedImport;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The in-memory activity log: indexed by id, by time and by customer and time. */
final class MemoryActivityLog implements ActivityLog {

  /** Orders entries by time, ties by id. */
  record Key(Instant at, String id) implements Comparable<Key> {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::at).thenComparing(Key::id);

    static Key of(Activity a) {
      return new Key(a.at(), a.id().value());
    }

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /** The activity writes of a unit of work, in order. */
  static final class Changes {
    final List<Activity> appends = new ArrayList<>();
    final List<CustomerId[]> reassigns = new ArrayList<>();

    boolean isEmpty() {
      return appends.isEmpty() && reassigns.isEmpty();
    }
  }

  /** Entries a {@link #scan} reads at a time, each chunk seeing no commit half applied. */
  static final int SCAN_CHUNK = 1_024;

  private final CommitLock lock;
  private final SimpleEventPublisher publisher;
  private final @Nullable MemoryOutbox outbox;
  private final Map<String, Activity> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Key, Activity> byTime = new ConcurrentSkipListMap<>();
  private final Map<CustomerId, ConcurrentSkipListMap<Key, Activity>> byCustomer = new ConcurrentHashMap<>();

  MemoryActivityLog(CommitLock lock, SimpleEventPublisher publisher, @Nullable MemoryOutbox outbox) {
    this.lock = lock;
    this.publisher = publisher;
    this.outbox = outbox;
  }

  /** Adds the appended entries' events to the outbox, if the store keeps one. Caller holds the lock. */
  private void toOutbox(List<Activity> appended) {
    if (outbox != null) {
      outbox.add(appended.stream().map(ActivityEvent.Recorded::of).toList());
    }
  }

  @Override
  public void append(Activity activity) {
    Objects.requireNonNull(activity, "activity");
    appendAll(List.of(activity));
  }

  @Override
  public void appendAll(List<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    Changes changes = new Changes();
    for (Activity a : activities) {
      changes.appends.add(Objects.requireNonNull(a, "activity"));
    }
    long stamp = lock.lock();
    try {
      check(changes);
      apply(changes);
      toOutbox(changes.appends);
    } finally {
      lock.unlock(stamp);
    }
    if (publisher.hasListeners()) {
      for (Activity a : changes.appends) {
        publisher.publish(ActivityEvent.Recorded.of(a));
      }
    }
  }

  /** Each chunk under the lock: the entries whose id is not stored go in, the others are skipped. */
  @Override
  public ImportSummary importAll(Stream<? extends Activity> activities, ImportOptions options) {
    return ChunkedImport.run(activities, options, chunk -> {
      Changes changes = new Changes();
      long stamp = lock.lock();
      try {
        for (Activity a : ChunkedImport.distinct(chunk)) {
          if (!byId.containsKey(a.id().value())) {
            changes.appends.add(a);
          }
        }
        apply(changes);
        if (options.events()) {
          toOutbox(changes.appends);
        }
      } finally {
        lock.unlock(stamp);
      }
      if (options.events() && publisher.hasListeners()) {
        for (Activity a : changes.appends) {
          publisher.publish(ActivityEvent.Recorded.of(a));
        }
      }
      return changes.appends.size();
    });
  }

  /** True if an entry with this id is stored. */
  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Throws if any append would repeat a stored id or an id earlier in the same changes. */
  void check(Changes changes) {
    Set<String> seen = new HashSet<>();
    for (Activity a : changes.appends) {
      String id = a.id().value();
      if (byId.containsKey(id) || !seen.add(id)) {
        throw new DuplicateIdException("activity", id);
      }
    }
  }

  /** Applies checked changes. Caller holds the lock. */
  void apply(Changes changes) {
    for (Activity a : changes.appends) {
      put(a);
    }
    for (CustomerId[] r : changes.reassigns) {
      move(r[0], r[1]);
    }
  }

  private void put(Activity a) {
    Key key = Key.of(a);
    byId.put(a.id().value(), a);
    byTime.put(key, a);
    byCustomer.computeIfAbsent(a.customerId(), c -> new ConcurrentSkipListMap<>()).put(key, a);
  }

  private int move(CustomerId from, CustomerId to) {
    ConcurrentSkipListMap<Key, Activity> entries = byCustomer.remove(from);
    if (entries == null || from.equals(to)) {
      return 0;
    }
    for (Activity a : entries.values()) {
      put(a.withCustomerId(to));
    }
    return entries.size();
  }

  @Override
  public List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to) {
    Objects.requireNonNull(customerId, "customerId");
    Checks.timeRange(from, to);
    return lock.read(() -> {
      ConcurrentSkipListMap<Key, Activity> entries = byCustomer.get(customerId);
      return entries == null ? List.of() : List.copyOf(entries.subMap(new Key(from, ""), new Key(to, "")).values());
    });
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<? super Activity> sink) {
    Checks.timeRange(from, to);
    Objects.requireNonNull(sink, "sink");
    Key end = new Key(to, "");
    @Nullable Key after = null;
    List<Activity> chunk;
    do {
      NavigableMap<Key, Activity> rest = after == null ? byTime.subMap(new Key(from, ""), true, end, false)
          : byTime.subMap(after, false, end, false);
      chunk = lock.read(() -> MemoryTable.firstValues(rest, SCAN_CHUNK));
      chunk.forEach(sink);
      after = chunk.isEmpty() ? null : Key.of(chunk.get(chunk.size() - 1));
    } while (chunk.size() == SCAN_CHUNK);
  }

  @Override
  public int reassign(CustomerId from, CustomerId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long stamp = lock.lock();
    try {
      return move(from, to);
    } finally {
      lock.unlock(stamp);
    }
  }

  @Override
  public long count() {
    return lock.read(byId::size);
  }

  void clear() {
    byId.clear();
    byTime.clear();
    byCustomer.clear();
  }
}
