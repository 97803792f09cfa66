package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.outcome.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle aggregate of one customer: status, relationship phase, when each was entered, the
 * churn reason of the last lapse, and the full history. Every change is checked against a
 * {@link LifecycleGraph} and returns an {@link Outcome}; a forbidden change is an
 * {@link Outcome.Rejected} ({@link ReasonCode#TRANSITION_NOT_ALLOWED}), never an exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param version the stored version (0 before the first write)
 * @param status the current status
 * @param statusSince when the status was entered
 * @param phase the current relationship phase
 * @param phaseSince when the phase was entered
 * @param churnReason why the customer last lapsed, while lapsed
 * @param history every change, oldest first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomerLifecycle(CustomerId customerId, long version, CustomerStatus status, Instant statusSince,
    RelationshipPhase phase, Instant phaseSince, @Nullable ChurnReason churnReason, List<LifecycleChange> history) {

  public CustomerLifecycle {
    Objects.requireNonNull(customerId, "customerId");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(phaseSince, "phaseSince");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
  }

  /** A new lifecycle (version 0) in {@code status} and {@link RelationshipPhase#EXPLORATION} from {@code at}. */
  public static CustomerLifecycle start(CustomerId customerId, CustomerStatus status, Instant at) {
    return new CustomerLifecycle(customerId, 0, status, at, RelationshipPhase.EXPLORATION, at, null, List.of());
  }

  /** This lifecycle with the given stored version; for storage adapters. */
  public CustomerLifecycle withVersion(long newVersion) {
    return new CustomerLifecycle(customerId, newVersion, status, statusSince, phase, phaseSince, churnReason, history);
  }

  /** The instant of the last recorded change: the latest of the status's start, the phase's start and the last history line. */
  public Instant lastChangeAt() {
    Instant last = statusSince.isAfter(phaseSince) ? statusSince : phaseSince;
    if (!history.isEmpty() && history.get(history.size() - 1).at().isAfter(last)) {
      last = history.get(history.size() - 1).at();
    }
    return last;
  }

  /**
   * Moves to status {@code to} if the graph allows it. Moving to {@link CustomerStatus#LAPSED}
   * needs a churn reason: use {@link #lapse}.
   */
  public Outcome<CustomerLifecycle> transition(LifecycleGraph graph, CustomerStatus to, String reason, Instant at) {
    Objects.requireNonNull(to, "to");
    if (to == CustomerStatus.LAPSED) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED,
          "a move to LAPSED must name a churn reason: use lapse(...)");
    }
    return move(graph, to, null, reason, at);
  }

  /** Moves to {@link CustomerStatus#LAPSED}, recording why the customer churned. */
  public Outcome<CustomerLifecycle> lapse(LifecycleGraph graph, ChurnReason why, String reason, Instant at) {
    Objects.requireNonNull(why, "why");
    return move(graph, CustomerStatus.LAPSED, why, reason, at);
  }

  private Outcome<CustomerLifecycle> move(LifecycleGraph graph, CustomerStatus to, @Nullable ChurnReason why, String reason,
      Instant at) {
    Objects.requireNonNull(graph, "graph");
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!graph.allows(status, to)) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED, "the graph does not allow " + status + " -> " + to);
    }
    if (at.isBefore(statusSince)) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER,
          "at " + at + " is before the current status began at " + statusSince);
    }
    List<LifecycleChange> next = new ArrayList<>(history);
    next.add(new LifecycleChange(at, status, to, phase, phase, reason, why));
    CustomerLifecycle moved = new CustomerLifecycle(customerId, version, to, at, phase, phaseSince,
        to == CustomerStatus.LAPSED ? why : null, next);
    return Outcome.applied(moved,
        new LifecycleEvent.StatusChanged(customerId, status, to, reason, why, at));
  }

  /** Moves to phase {@code to} if the graph allows it. */
  public Outcome<CustomerLifecycle> changePhase(LifecycleGraph graph, RelationshipPhase to, String reason, Instant at) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(to, "to");
    Checks.notBlank(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!graph.allows(phase, to)) {
      return Outcome.rejected(ReasonCode.TRANSITION_NOT_ALLOWED, "the graph does not allow " + phase + " -> " + to);
    }
    if (at.isBefore(phaseSince)) {
      return Outcome.rejected(ReasonCode.OUT_OF_ORDER,
          "at " + at + " is before the current phase began at " + phaseSince);
    }
    List<LifecycleChange> next = new ArrayList<>(history);
    next.add(new LifecycleChange(at, status, status, phase, to, reason, null));
    CustomerLifecycle moved = new CustomerLifecycle(customerId, version, status, statusSince, to, at, churnReason, next);
    return Outcome.applied(moved, new LifecycleEvent.PhaseChanged(customerId, phase, to, reason, at));
  }

  /** Safe to log: the history's reasons are left out; it shows as its length. */
  @Override
  public String toString() {
    return "CustomerLifecycle[customerId=" + customerId + ", version=" + version + ", status=" + status
        + ", statusSince=" + statusSince + ", phase=" + phase + ", phaseSince=" + phaseSince + ", churnReason="
        + churnReason + ", history=" + history.size() + "]";
  }
}
