package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Tracks customers' lifecycles in a {@link Store}: starts them, applies manual transitions checked
 * against the policy's graph, and provides the {@link EvaluationStep} that applies the policy's
 * rules during a {@link ScheduledEvaluation}. Each change is one unit of work that stores the new
 * state with its history entry and publishes its {@link LifecycleEvent}.
 *
 * <p>Thread-safe when the store is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LifecycleService implements EvaluationStep {

  private final Store store;
  private final Clock clock;
  private final LifecyclePolicy policy;

  private LifecycleService(Store store, Clock clock, LifecyclePolicy policy) {
    this.store = store;
    this.clock = clock;
    this.policy = policy;
  }

  public static LifecycleService of(Store store, Clock clock, LifecyclePolicy policy) {
    return new LifecycleService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(policy, "policy"));
  }

  public LifecyclePolicy policy() {
    return policy;
  }

  public Optional<CustomerLifecycle> find(CustomerId customerId) {
    return store.repository(LifecycleStorage.LIFECYCLES).find(Objects.requireNonNull(customerId, "customerId"));
  }

  /** Starts tracking a customer in the policy's initial status, now. */
  public CustomerLifecycle start(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return store.inTransaction(tx -> insertInitial(tx, customerId, clock.instant()));
  }

  /** Moves a tracked customer to {@code to} now, if the graph allows it (LAPSED needs {@link #lapse}). */
  public Outcome<CustomerLifecycle> transition(CustomerId customerId, CustomerStatus to, String reason) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    return change(customerId, l -> l.transition(policy.graph(), to, reason, clock.instant()));
  }

  /** Records that a tracked customer lapsed now, and why. */
  public Outcome<CustomerLifecycle> lapse(CustomerId customerId, ChurnReason why, String reason) {
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(reason, "reason");
    return change(customerId, l -> l.lapse(policy.graph(), why, reason, clock.instant()));
  }

  /** Moves a tracked customer's phase now, if the graph allows it. */
  public Outcome<CustomerLifecycle> changePhase(CustomerId customerId, RelationshipPhase to, String reason) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    return change(customerId, l -> l.changePhase(policy.graph(), to, reason, clock.instant()));
  }

  private Outcome<CustomerLifecycle> change(CustomerId customerId, Function<CustomerLifecycle, Outcome<CustomerLifecycle>> change) {
    Objects.requireNonNull(customerId, "customerId");
    return store.inTransaction(tx -> {
      Repository<CustomerId, CustomerLifecycle> repo = tx.repository(LifecycleStorage.LIFECYCLES);
      CustomerLifecycle current = repo.find(customerId).orElseThrow(() -> new IllegalArgumentException(
          "customerId must name a customer whose lifecycle is tracked, but was " + customerId));
      Outcome<CustomerLifecycle> outcome = change.apply(current);
      if (outcome instanceof Outcome.Applied<CustomerLifecycle> a) {
        CustomerLifecycle stored = repo.update(a.value());
        a.events().forEach(tx::publish);
        return Outcome.applied(stored, a.events());
      }
      return outcome;
    });
  }

  /**
   * Applies the policy to the customer in {@code facts} (starting its lifecycle first if it is not
   * tracked yet, from the nanosecond before the customer's first activity, so that every activity
   * counts as happening during the lifecycle), stores the result and publishes the events.
   */
  @Override
  public List<EvaluationChange> evaluate(Transaction tx, CustomerFacts facts) {
    return evaluateOrSkip(tx, facts).changes();
  }

  /** Like {@link #evaluate}; skips a tracked customer whose last change is after {@code facts.asOf()}. */
  @Override
  public EvaluationStep.Result evaluateOrSkip(Transaction tx, CustomerFacts facts) {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(facts, "facts");
    Repository<CustomerId, CustomerLifecycle> repo = tx.repository(LifecycleStorage.LIFECYCLES);
    CustomerLifecycle current = repo.find(facts.customerId()).orElse(null);
    if (current == null) {
      current = insertInitial(tx, facts.customerId(),
          facts.firstActivityAt().map(first -> first.minusNanos(1)).orElse(facts.asOf()));
    } else if (facts.asOf().isBefore(current.lastChangeAt())) {
      return EvaluationStep.Result.skipped(current.lastChangeAt());
    }
    LifecyclePolicy.Result result = policy.evaluate(current, facts);
    if (result.changed()) {
      repo.update(result.lifecycle());
      result.events().forEach(tx::publish);
    }
    return EvaluationStep.Result.of(result.changes());
  }

  private CustomerLifecycle insertInitial(Transaction tx, CustomerId customerId, Instant at) {
    CustomerLifecycle stored = tx.repository(LifecycleStorage.LIFECYCLES)
        .insert(CustomerLifecycle.start(customerId, policy.initialStatus(), at));
    tx.publish(new LifecycleEvent.Started(customerId, stored.status(), stored.phase(), at));
    return stored;
  }
}
