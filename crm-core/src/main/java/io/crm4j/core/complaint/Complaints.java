package io.crm4j.core.complaint;

import io.crm4j.core.internal.Checks;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Complaints in a {@link Store}: the aggregate descriptor, saving an accepted step together with
 * its events, and the scheduled escalation sweep over every stored complaint.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Complaints {

  /** The complaint aggregate as the stores know it. */
  public static final AggregateType<ComplaintId, Complaint> TYPE = AggregateType.of("complaint", Complaint.class,
      Complaint::id, ComplaintId::value, ComplaintId::of, Complaint::version, Complaint::withVersion);

  private Complaints() {}

  /**
   * Stores the complaint of an accepted step (inserted when its version is 0, updated otherwise)
   * and publishes the step's events in the same unit of work.
   *
   * @return the stored complaint with its new version
   * @throws StaleVersionException if someone else stored the complaint in between
   */
  public static Complaint save(Store store, Outcome.Accepted step) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(step, "step");
    return store.inTransaction(tx -> {
      Repository<ComplaintId, Complaint> repo = tx.repository(TYPE);
      Complaint c = step.complaint();
      Complaint stored = c.version() == 0 ? repo.insert(c) : repo.update(c);
      step.events().forEach(tx::publish);
      return stored;
    });
  }

  /**
   * What one escalation sweep did.
   *
   * @param scanned complaints read
   * @param events escalations fired and stored, in order
   * @param skippedStale complaints changed by someone else during the sweep (they are picked up
   *     by the next sweep)
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public record Sweep(long scanned, List<ComplaintEvent.Escalated> events, long skippedStale) {
    public Sweep {
      Checks.nonNegative(scanned, "scanned");
      events = List.copyOf(events);
      Checks.nonNegative(skippedStale, "skippedStale");
    }
  }

  /**
   * Evaluates {@code rules} over every stored complaint at {@code at}, a page at a time, storing
   * each escalated complaint with its events in one unit of work. Running it again at the same
   * instant fires nothing: the fired rules are stored with the complaint.
   */
  public static Sweep escalate(Store store, EscalationPolicy rules, SlaPolicy sla, Instant at, int pageSize) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(at, "at");
    Checks.positive(pageSize, "pageSize");
    long scanned = 0;
    long stale = 0;
    List<ComplaintEvent.Escalated> fired = new ArrayList<>();
    @Nullable ComplaintId after = null;
    while (true) {
      List<Complaint> page = store.repository(TYPE).page(after, pageSize);
      if (page.isEmpty()) {
        break;
      }
      scanned += page.size();
      after = page.get(page.size() - 1).id();
      for (Complaint c : page) {
        if (c.lastStepAt().isAfter(at)) {
          continue; // changed after the sweep's instant: not ours to judge
        }
        EscalationPolicy.Run run = rules.evaluate(List.of(c), sla, at);
        if (run.changed().isEmpty()) {
          continue;
        }
        try {
          store.run(tx -> {
            tx.repository(TYPE).update(run.changed().get(0));
            run.events().forEach(tx::publish);
          });
          fired.addAll(run.events());
        } catch (StaleVersionException e) {
          stale++;
        }
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    return new Sweep(scanned, fired, stale);
  }
}
