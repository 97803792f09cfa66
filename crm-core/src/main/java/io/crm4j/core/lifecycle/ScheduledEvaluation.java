package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
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
import java.util.Optional;
import java.util.function.Consumer;
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
 * real unit of work, so the many customers nothing changes for cost no unit of work. A
 * {@linkplain #withProgress progress listener} hears the counts after each page, and
 * {@linkplain #withCheckpoints checkpoints} let a run killed half-way be started again and end in
 * the same state as one uninterrupted run.
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
  private final @Nullable DailyCatchUp catchUp;
  private final @Nullable CheckpointStorage checkpoints;
  private final Consumer<? super EvaluationProgress> progress;

  private ScheduledEvaluation(Store store, FactSource facts, List<EvaluationStep> steps, int pageSize, int listLimit,
      @Nullable DailyCatchUp catchUp, @Nullable CheckpointStorage checkpoints,
      Consumer<? super EvaluationProgress> progress) {
    this.store = store;
    this.facts = facts;
    this.steps = steps;
    this.pageSize = pageSize;
    this.listLimit = listLimit;
    this.catchUp = catchUp;
    this.checkpoints = checkpoints;
    this.progress = progress;
  }

  /** An evaluation running {@code steps} in order, reading 500 customers per page and listing up to 10 000 changes. */
  public static ScheduledEvaluation of(Store store, FactSource facts, List<? extends EvaluationStep> steps) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(steps, "steps");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("steps must hold at least one step, but was empty");
    }
    return new ScheduledEvaluation(store, facts, List.copyOf(steps), 500, 10_000, null, null, p -> { });
  }

  /** The same evaluation reading {@code size} customers per page. */
  public ScheduledEvaluation withPageSize(int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("pageSize must be > 0, but was " + size);
    }
    return new ScheduledEvaluation(store, facts, steps, size, listLimit, catchUp, checkpoints, progress);
  }

  /** The same evaluation listing at most {@code limit} changes in its report (all are counted). */
  public ScheduledEvaluation withListLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("listLimit must be >= 0, but was " + limit);
    }
    return new ScheduledEvaluation(store, facts, steps, pageSize, limit, catchUp, checkpoints, progress);
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
   * days are not evaluated again (evaluate it with {@link #evaluate} to catch up by hand). The
   * evaluation also keeps {@linkplain #withCheckpoints checkpoints} under {@code name}; a run that
   * finds the checkpoint of an interrupted run over an earlier range of days first finishes that
   * range, then catches up the rest, so the store ends as if the interrupted run had completed.
   */
  public ScheduledEvaluation withDailyCatchUp(String name, ZoneId zone) {
    DailyCatchUp days = new DailyCatchUp(name, zone);
    return new ScheduledEvaluation(store, facts, steps, pageSize, listLimit, days,
        new CheckpointStorage(days.name()), progress);
  }

  /**
   * The same evaluation, resumable under {@code name}: after each page of customers a run stores
   * an {@link EvaluationCheckpoint} (in {@link LifecycleStorage#EVALUATION_CHECKPOINTS}) saying how far
   * it got, and deletes it when it completes. A run killed half-way (the process dies, the database
   * goes away, the progress listener throws) leaves the checkpoint behind; the next run at the same
   * instant continues after the checkpoint's customer, and the store ends exactly as after one
   * uninterrupted run. Each customer's changes commit in their own unit of work before the
   * checkpoint moves past them, so the customers of at most one page are walked again after a
   * restart; evaluating them again at the same instant changes nothing (every step is idempotent).
   * A run at another instant ignores the checkpoint and starts from the first customer. Only one
   * run per name may go at a time; evaluations sharing a store need distinct names.
   */
  public ScheduledEvaluation withCheckpoints(String name) {
    return new ScheduledEvaluation(store, facts, steps, pageSize, listLimit, catchUp,
        new CheckpointStorage(Checks.identifier(name, "name")), progress);
  }

  /**
   * The same evaluation telling {@code listener} how far {@link #evaluateAll} has got after each
   * page of customers (once the page's changes and checkpoint are stored). The listener runs on the
   * evaluating thread; an exception it throws stops the run and propagates, and with
   * {@linkplain #withCheckpoints checkpoints} the next run continues after that page.
   */
  public ScheduledEvaluation withProgress(Consumer<? super EvaluationProgress> listener) {
    return new ScheduledEvaluation(store, facts, steps, pageSize, listLimit, catchUp, checkpoints,
        Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Evaluates every stored customer at {@code asOf}; with {@link #withDailyCatchUp daily catch-up},
   * at every start of day it missed up to {@code asOf} (the report's {@code asOf} is then the last
   * one, and a run with no day left to evaluate evaluates no one). With checkpoints, a run at the
   * instant of an interrupted one continues after its checkpoint, and its report covers the
   * customers this call walked.
   *
   * @throws io.crm4j.core.spi.StorageException if the store fails; what was committed stays, and with
   *     checkpoints a later run continues after the last page finished
   */
  public EvaluationReport evaluateAll(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    EvaluationTally tally = new EvaluationTally(listLimit);
    if (catchUp == null) {
      walk(List.of(asOf), tally);
      return tally.report(asOf);
    }
    Instant last = catchUp.lastStartOfDay(asOf);
    Optional<EvaluationCheckpoint> interrupted = checkpoints == null ? Optional.empty() : checkpoints.find(store);
    if (interrupted.isPresent() && interrupted.get().asOf().isBefore(last)) {
      List<Instant> unfinished = catchUp.instantsUpTo(store, interrupted.get().asOf());
      if (!unfinished.isEmpty()) {
        walk(unfinished, tally);
      }
    }
    List<Instant> instants = catchUp.instantsUpTo(store, asOf);
    if (!instants.isEmpty()) {
      walk(instants, tally);
    }
    return tally.report(last);
  }

  /**
   * Walks every customer (after the checkpoint of an interrupted run at the same last instant, if
   * any), evaluating each at {@code instants}; then marks the range done and deletes the checkpoint.
   */
  private void walk(List<Instant> instants, EvaluationTally tally) {
    Instant asOf = instants.get(instants.size() - 1);
    Repository<CustomerId, Customer> customers = store.repository(CustomerStorage.CUSTOMERS);
    @Nullable CustomerId after = null;
    long resumed = 0;
    if (checkpoints != null) {
      Optional<EvaluationCheckpoint> checkpoint = checkpoints.find(store);
      if (checkpoint.isPresent() && checkpoint.get().asOf().equals(asOf)) {
        after = checkpoint.get().after();
        resumed = checkpoint.get().customersDone();
      }
    }
    long before = tally.customersEvaluated();
    List<Customer> page;
    while (!(page = customers.page(after, pageSize)).isEmpty()) {
      ReadOnlyProbe.PageReads reads = new ReadOnlyProbe.PageReads(store, after, pageSize);
      PageFacts pageFacts = new PageFacts(page);
      for (Customer c : page) {
        tally.add(c.id(), evaluateAt(c, instants, reads, pageFacts));
      }
      after = page.get(page.size() - 1).id();
      tally.pageDone();
      if (checkpoints != null) {
        checkpoints.save(store, asOf, after, resumed + tally.customersEvaluated() - before);
      }
      progress.accept(tally.progress(asOf, resumed));
    }
    if (catchUp != null || checkpoints != null) {
      store.run(tx -> {
        if (catchUp != null) {
          catchUp.markDone(tx, asOf);
        }
        if (checkpoints != null) {
          checkpoints.clear(tx);
        }
      });
    }
  }

  /**
   * Evaluates one customer at {@code asOf}, retrying on concurrent writes; returns the changes
   * (empty too when a step skipped the customer because {@code asOf} is before its last change).
   */
  public List<EvaluationChange> evaluate(CustomerId customerId, Instant asOf) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(asOf, "asOf");
    EvaluationStep.Result result = evaluateWithRetry(customerId, asOf, null, facts.factsFor(customerId, asOf));
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
  private EvaluationStep.@Nullable Result evaluateAt(Customer c, List<Instant> instants,
      ReadOnlyProbe.PageReads reads, PageFacts pageFacts) {
    if (catchUp == null) {
      return evaluateWithRetry(c.id(), instants.get(0), reads, pageFacts.of(c.id(), instants.get(0)));
    }
    List<EvaluationChange> all = new ArrayList<>(0);
    @Nullable Instant skippedAt = null;
    for (Instant at : instants) {
      if (at.isBefore(c.createdAt())) {
        continue;
      }
      EvaluationStep.Result r = evaluateWithRetry(c.id(), at, reads, pageFacts.of(c.id(), at));
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

  /**
   * Runs the steps for one customer on plain reads (through {@code reads}, the page's, when given);
   * when some step wants to write, runs them again in a unit of work, retrying lost races.
   */
  private EvaluationStep.@Nullable Result evaluateWithRetry(CustomerId id, Instant asOf,
      ReadOnlyProbe.@Nullable PageReads reads, CustomerFacts f) {
    try {
      EvaluationStep.Result none = runSteps(new ReadOnlyProbe(store, reads), f);
      if (none.changes().isEmpty()) {
        return none;
      }
    } catch (ReadOnlyProbe.WouldWrite | StaleVersionException | io.crm4j.core.spi.DuplicateIdException e) {
      // some step changes this customer (or lost a race): run the steps in a real unit of work below
    }
    if (reads != null) {
      reads.written(id);
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

  /**
   * The facts of a page's customers, gathered for all of them at once per instant when first asked
   * (one activity query per page instead of one per customer). Steps change aggregates, not the
   * activity log, so facts gathered at the start of the page stay those of each customer's turn.
   */
  private final class PageFacts {
    private final List<CustomerId> ids;
    private final Map<Instant, Map<CustomerId, CustomerFacts>> byInstant = new HashMap<>();

    PageFacts(List<Customer> page) {
      this.ids = page.stream().map(Customer::id).toList();
    }

    CustomerFacts of(CustomerId id, Instant asOf) {
      CustomerFacts f = byInstant.computeIfAbsent(asOf, at -> facts.factsFor(ids, at)).get(id);
      return f != null ? f : facts.factsFor(id, asOf);
    }
  }
}
