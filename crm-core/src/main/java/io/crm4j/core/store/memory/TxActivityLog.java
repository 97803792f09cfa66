package io.crm4j.core.store.memory;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.ChunkedImport;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The activity log seen through a unit of work: reads see the committed entries plus this unit's
 * own appends, with this unit's reassignments applied.
 */
final class TxActivityLog implements ActivityLog {

  private final MemoryActivityLog committed;
  private final MemoryActivityLog.Changes changes;
  private final Consumer<DomainEvent> events;

  TxActivityLog(MemoryActivityLog committed, MemoryActivityLog.Changes changes, Consumer<DomainEvent> events) {
    this.committed = committed;
    this.changes = changes;
    this.events = events;
  }

  @Override
  public void append(Activity activity) {
    appendAll(List.of(Objects.requireNonNull(activity, "activity")));
  }

  @Override
  public void appendAll(List<? extends Activity> activities) {
    Objects.requireNonNull(activities, "activities");
    MemoryActivityLog.Changes probe = new MemoryActivityLog.Changes();
    probe.appends.addAll(changes.appends);
    for (Activity a : activities) {
      probe.appends.add(Objects.requireNonNull(a, "activity"));
    }
    committed.check(probe);
    changes.appends.addAll(activities);
    for (Activity a : activities) {
      events.accept(ActivityEvent.Recorded.of(a));
    }
  }

  /** Everything joins this unit of work: entries neither committed nor appended by it go in. */
  @Override
  public ImportSummary importAll(Stream<? extends Activity> activities, ImportOptions options) {
    Set<String> own = new HashSet<>();
    changes.appends.forEach(a -> own.add(a.id().value()));
    return ChunkedImport.run(activities, options, chunk -> {
      int inserted = 0;
      for (Activity a : chunk) {
        if (!committed.contains(a.id().value()) && own.add(a.id().value())) {
          changes.appends.add(a);
          inserted++;
          if (options.events()) {
            events.accept(ActivityEvent.Recorded.of(a));
          }
        }
      }
      return inserted;
    });
  }

  private CustomerId effective(CustomerId id) {
    CustomerId current = id;
    for (CustomerId[] r : changes.reassigns) {
      if (r[0].equals(current)) {
        current = r[1];
      }
    }
    return current;
  }

  private Set<CustomerId> sourcesOf(CustomerId target) {
    Set<CustomerId> sources = new HashSet<>();
    sources.add(target);
    for (CustomerId[] r : changes.reassigns) {
      sources.add(r[0]);
    }
    return sources;
  }

  @Override
  public List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to) {
    Objects.requireNonNull(customerId, "customerId");
    Checks.timeRange(from, to);
    List<Activity> out = new ArrayList<>();
    for (CustomerId source : sourcesOf(customerId)) {
      for (Activity a : committed.byCustomer(source, from, to)) {
        if (effective(source).equals(customerId)) {
          out.add(a.customerId().equals(customerId) ? a : a.withCustomerId(customerId));
        }
      }
    }
    for (Activity a : changes.appends) {
      if (effective(a.customerId()).equals(customerId) && !a.at().isBefore(from) && a.at().isBefore(to)) {
        out.add(a.customerId().equals(customerId) ? a : a.withCustomerId(customerId));
      }
    }
    out.sort(TIME_THEN_ID);
    return out;
  }

  @Override
  public void scan(Instant from, Instant to, Consumer<? super Activity> sink) {
    Objects.requireNonNull(sink, "sink");
    List<Activity> all = new ArrayList<>();
    committed.scan(from, to, a -> all.add(withEffective(a)));
    for (Activity a : changes.appends) {
      if (!a.at().isBefore(from) && a.at().isBefore(to)) {
        all.add(withEffective(a));
      }
    }
    all.sort(TIME_THEN_ID);
    all.forEach(sink);
  }

  private Activity withEffective(Activity a) {
    CustomerId eff = effective(a.customerId());
    return eff.equals(a.customerId()) ? a : a.withCustomerId(eff);
  }

  @Override
  public int reassign(CustomerId from, CustomerId to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int moved = byCustomer(from, Instant.MIN, Instant.MAX).size();
    changes.reassigns.add(new CustomerId[] {from, to});
    return moved;
  }

  @Override
  public long count() {
    return committed.count() + changes.appends.size();
  }
}
