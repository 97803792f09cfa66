package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerStorage;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.spi.Store;
import java.time.Instant;
import java.time.ZoneId;
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
 * second time, because every step is idempotent. Evaluating an instant earlier than a previous
 * run is no silent no-op: a step that recorded a change for a customer after that instant leaves
 * the customer untouched (history stays in time order), and the report counts and lists the
 * customer as skipped ({@link EvaluationReport#customersSkipped()}). A customer whose unit of work loses to a
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
  private final @Nullable DailyCatchUp catchUp;

  private ScheduledEvaluation(Store store, FactSource facts, List<EvaluationStep> steps, int pageSize, int listLimit,
      @Nullable DailyCatchUp catchUp) {
    this.store = store;
    this.probe = new ReadOnlyProbe(store);
    this.facts = facts;
    this.steps = steps;
    this.pageSize = pageSize;
    this.listLimit = listLimit;
    this.catchUp = catchUp;
  }

  /** An evaluation running {@code steps} in order, reading 500 customers per page and listing up to 10 000 changes. */
  public static ScheduledEvaluation of(Store store, FactSource facts, List<? extends EvaluationStep> steps) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(steps, "steps");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps must hold at least one step, but was empty");
    }
    return new ScheduledEvaluation(store, facts, List.copyOf(steps), 500, 10_000, null);
  }

  /** The same evaluation reading {@code size} customers per page. */
  public ScheduledEvaluation withPageSize(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("pageSize must be > 0, but was " + size);
    }
    return new ScheduledEvaluation(store, facts, steps, size, listLimit, catchUp);
  }

  /** The same evaluation listing at most {@code limit} changes in its report (all are counted). */
  public ScheduledEvaluation withListLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("listLimit must be >= 0, but was " + limit);
    }
    return new ScheduledEvaluation(store, facts, steps, pageSize, limit, catchUp);
  }

  /**
   * The same evaluation catching up day by day, so that its results do not depend on how often it
   * runs: {@link #evaluateAll} evaluates every customer at each start of day in {@code zone} after
   * the last one this evaluation (known by {@code name}, stored as an {@link EvaluationMark})
   * completed, up to the last start of day at or before {@code asOf}, in order; a customer is
   * evaluated only at starts of day at or after it was created. The first run evaluates that last
   * start of day only. One run after 30 missed days thus ends in the same states, with the same dated
   * histories, as 30 daily runs. Evaluations sharing a store need distinct names. A customer the
   * report lists as failed stops at the day that failed; the mark still moves on, so its missed
   * days are not evaluated again (evaluate it with {@link #evaluate} to catch up by hand).
   */
  public ScheduledEvaluation withDailyCatchUp(String name, ZoneId zone) {
    return new ScheduledEvaluation(store, facts, steps, pageSize, listLimit, new DailyCatchUp(name, zone));
  }

  /**
   * Evaluates every stored customer at {@code asOf}; with {@link #withDailyCatchUp daily catch-up},
   * at every start of day it missed up to {@code asOf} (the report's {@code asOf} is then the last
   * one, and a run with no day left to evaluate evaluates no one).
   */
  public EvaluationReport evaluateAll(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Instant> instants = catchUp == null ? List.of(asOf) : catchUp.instantsUpTo(store, asOf);
    if (instants.isEmpty()) {
      return new EvaluationReport(catchUp.lastStartOfDay(asOf), 0, 0, Map.of(), List.of(), 0, List.of(), 0,
          List.of());
    }
    EvaluationReport report = evaluateAll(instants);
    if (catchUp != null) {
      catchUp.markDone(store, report.asOf());
    }
    return report;
  }

  private EvaluationReport evaluateAll(List<Instant> instants) {
    Instant asOf = instants.get(instants.size() - 1);
    Repository<CustomerId, Customer> customers = store.repository(CustomerStorage.CUSTOMERS);
    Map<String, Long> counts = new HashMap<>();
    List<EvaluationChange> listed = new ArrayList<>();
    List<CustomerId> failed = new ArrayList<>();
    List<CustomerId> skipped = new ArrayList<>();
    long skippedCount = 0;
    long evaluated = 0;
    long changedCustomers = 0;
    long leftOut = 0;
    @Nullable CustomerId after = null;
    List<Customer> page;
    while (!(page = customers.page(after, pageSize)).isEmpty()) {
      for (Customer c : page) {
        evaluated++;
        EvaluationStep.Result result = evaluateAt(c, instants);
        if (result == null) {
          failed.add(c.id());
          continue;
        }
        if (result.isSkipped()) {
          skippedCount++;
          if (skipped.size() < listLimit) {
            skipped.add(c.id());
          }
        }
        List<EvaluationChange> changes = result.changes();
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
    return new EvaluationReport(asOf, evaluated, changedCustomers, counts, listed, leftOut, failed, skippedCount,
        skipped);
  }

  /**
   * Evaluates one customer at {@code asOf}, retrying on concurrent writes; returns the changes
   * (empty too when a step skipped the customer because {@code asOf} is before its last change).
   */
  public List<EvaluationChange> evaluate(CustomerId customerId, Instant asOf) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(asOf, "asOf");
    EvaluationStep.Result result = evaluateWithRetry(customerId, asOf);
    if (result == null) {
      throw new IllegalStateException("customer " + customerId + " must be writable, but " + ATTEMPTS
          + " attempts lost to concurrent writers");
    }
    return result.changes();
  }

  /**
   * The changes of evaluating {@code c} at each instant in order (from its creation on), skipped
   * when any instant was before a step's last change (the latest such change); null when one failed.
   */
  private EvaluationStep.@Nullable Result evaluateAt(Customer c, List<Instant> instants) {
    if (catchUp == null) {
      return evaluateWithRetry(c.id(), instants.get(0));
    }
    List<EvaluationChange> all = new ArrayList<>(0);
    @Nullable Instant skippedAt = null;
    for (Instant at : instants) {
      if (at.isBefore(c.createdAt())) {
        continue;
      }
      EvaluationStep.Result r = evaluateWithRetry(c.id(), at);
      if (r == null) {
        return null;
      }
      all.addAll(r.changes());
      if (r.isSkipped() && (skippedAt == null || r.lastChangeAt().isAfter(skippedAt))) {
        skippedAt = r.lastChangeAt();
      }
    }
    return new EvaluationStep.Result(all, skippedAt);
  }

  /** Every step's changes, and the latest last change of the steps that skipped the customer, if any did. */
  private EvaluationStep.Result runSteps(io.crm4j.core.spi.Transaction tx, CustomerFacts f) {
    List<EvaluationChange> all = new ArrayList<>(0);
    @Nullable Instant skippedAt = null;
    for (EvaluationStep step : steps) {
      EvaluationStep.Result r = step.evaluateOrSkip(tx, f);
      all.addAll(r.changes());
      if (r.isSkipped() && (skippedAt == null || r.lastChangeAt().isAfter(skippedAt))) {
        skippedAt = r.lastChangeAt();
      }
    }
    return new EvaluationStep.Result(all, skippedAt);
  }

  private EvaluationStep.@Nullable Result evaluateWithRetry(CustomerId id, Instant asOf) {
    CustomerFacts f = facts.factsFor(id, asOf);
    try {
      EvaluationStep.Result none = runSteps(probe, f);
      if (none.changes().isEmpty()) {
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
