package io.crm4j.core.lifecycle;

import io.crm4j.core.spi.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One area's part of a {@link ScheduledEvaluation}: given a customer's facts, read the area's
 * aggregate through the unit of work, apply the area's rules, write and publish what changed.
 * A step must be idempotent: run again with the same facts, it changes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EvaluationStep {

  /** The changes made for the customer in {@code facts} at {@code facts.asOf()}; empty when none. */
  List<EvaluationChange> evaluate(Transaction tx, CustomerFacts facts);

  /**
   * Like {@link #evaluate}, and also says when the step left the customer untouched because
   * {@code facts.asOf()} is before the last change it recorded for them (an evaluation at an
   * earlier instant than a previous run), so that {@link ScheduledEvaluation#evaluateAll} can
   * report it. The default runs {@link #evaluate} and never skips; {@code LifecycleService},
   * {@code LadderService} and {@code TierService} override it.
   */
  default Result evaluateOrSkip(Transaction tx, CustomerFacts facts) {
    return Result.of(evaluate(tx, facts));
  }

  /**
   * What a step (or several steps) did for one customer: the changes made, and whether the
   * customer was skipped because the instant evaluated is before {@code lastChangeAt}. A single
   * step that skips makes no change; over several steps, some may change what others skipped.
   * Immutable and thread-safe.
   *
   * @param changes the changes made, empty when none
   * @param lastChangeAt when skipped, the instant of the last change recorded for the customer; else null
   */
  record Result(List<EvaluationChange> changes, @Nullable Instant lastChangeAt) {

    public Result {
      changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }

    /** The step ran and made {@code changes}. */
    public static Result of(List<EvaluationChange> changes) {
      return new Result(changes, null);
    }

    /** The step left the customer untouched: the instant evaluated is before {@code lastChangeAt}. */
    public static Result skipped(Instant lastChangeAt) {
      return new Result(List.of(), Objects.requireNonNull(lastChangeAt, "lastChangeAt"));
    }

    /** Whether the step skipped the customer. */
    public boolean isSkipped() {
      return lastChangeAt != null;
    }
  }
}
