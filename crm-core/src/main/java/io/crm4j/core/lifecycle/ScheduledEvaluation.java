package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The "timed trigger" (定时触发): walks every customer in the store page by page (bounded memory),
 * gathers each one's facts once, and runs every {@link EvaluationStep} (lifecycle, ladder, tier…)
 * for that customer in one unit of work. Evaluating the same instant twice changes nothing the
 * second time, because every step is idempotent. A customer whose unit of work loses to a
 * concurrent writer is retried from fresh reads a few times, then reported as failed. Each customer
 * is first evaluated on plain reads; only when a step wants to write are the steps run again in a
 * real unit of work, so the many customers nothing changes for cost no unit of work.
 *
 * <p>Thread-safe when the store is; one evaluation runs on the calling thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScheduledEvaluation {

  private static final int ATTEMPTS = 5;

  private final Store store;
  private final FactSource facts;
  private final List<EvaluationStep> steps;
  private final int pageSize;
  private final int listLimit;
  private final ReadOnlyProbe probe;

  private ScheduledEvaluation(Store store, FactSource facts, List<EvaluationStep> steps, int pageSize, int listLimit) {
    this.store = store;
    this.probe = new ReadOnlyProbe(store);
    this.facts = facts;
    this.steps = steps;
    this.pageSize = pageSize;
    this.listLimit = listLimit;
  }

  /** An evaluation running {@code steps} in order, reading 500 customers per page and listing up to 10 000 changes. */
  public static ScheduledEvaluation of(Store store, FactSource facts, List<? extends EvaluationStep> steps) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(steps, "steps");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps must hold at least one step, but was empty");
    }
    return new ScheduledEvaluation(store, facts, List.copyOf(steps), 500, 10_000);
  }

  /** The same evaluation reading {@code size} customers per page. */
  public ScheduledEvaluation withPageSize(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("pageSize must be > 0, but was " + size);
    }
    return new ScheduledEvaluation(store, facts, steps, size, listLimit);
  }

  /** The same evaluation listing at most {@code limit} changes in its report (all are counted). */
  public ScheduledEvaluation withListLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("listLimit must be >= 0, but was " + limit);
    }
    return new ScheduledEvaluation(store, facts, steps, pageSize, limit);
  }

  /** Evaluates every stored customer at {@code asOf}. */
  public EvaluationReport evaluateAll(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Repository<CustomerId, Customer> customers = store.repository(CustomerStorage.CUSTOMERS);
    Map<String, Long> counts = new HashMap<>();
    List<EvaluationChange> listed = new ArrayList<>();
    List<CustomerId> failed = new ArrayList<>();
    long evaluated = 0;
    long changedCustomers = 0;
    long leftOut = 0;
    @Nullable CustomerId after = null;
    List<Customer> page;
    while (!(page = customers.page(after, pageSize)).isEmpty()) {
      for (Customer c : page) {
        evaluated++;
        List<EvaluationChange> changes = evaluateWithRetry(c.id(), asOf);
        if (changes == null) {
          failed.add(c.id());
          continue;
        }
        if (!changes.isEmpty()) {
          changedCustomers++;
        }
        for (EvaluationChange ch : changes) {
          counts.merge(ch.kind(), 1L, Long::sum);
          if (listed.size() < listLimit) {
            listed.add(ch);
          } else {
            leftOut++;
          }
        }
      }
      after = page.get(page.size() - 1).id();
    }
    return new EvaluationReport(asOf, evaluated, changedCustomers, counts, listed, leftOut, failed);
  }

  /** Evaluates one customer at {@code asOf}, retrying on concurrent writes; returns the changes. */
  public List<EvaluationChange> evaluate(CustomerId customerId, Instant asOf) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(asOf, "asOf");
    List<EvaluationChange> changes = evaluateWithRetry(customerId, asOf);
    if (changes == null) {
      throw new IllegalStateException("customer " + customerId + " must be writable, but " + ATTEMPTS
          + " attempts lost to concurrent writers");
    }
    return changes;
  }

  private List<EvaluationChange> runSteps(io.crm4j.core.spi.Transaction tx, CustomerFacts f) {
    List<EvaluationChange> all = new ArrayList<>(0);
    for (EvaluationStep step : steps) {
      all.addAll(step.evaluate(tx, f));
    }
    return all;
  }

  private @Nullable List<EvaluationChange> evaluateWithRetry(CustomerId id, Instant asOf) {
    CustomerFacts f = facts.factsFor(id, asOf);
    try {
      List<EvaluationChange> none = runSteps(probe, f);
      if (none.isEmpty()) {
        return none;
      }
    } catch (ReadOnlyProbe.WouldWrite | StaleVersionException | io.crm4j.core.spi.DuplicateIdException e) {
      // some step changes this customer (or lost a race): run the steps in a real unit of work below
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return store.inTransaction(tx -> runSteps(tx, f));
      } catch (StaleVersionException | io.crm4j.core.spi.DuplicateIdException e) {
        // another writer won: read again and retry
      }
    }
    return null;
  }
}
