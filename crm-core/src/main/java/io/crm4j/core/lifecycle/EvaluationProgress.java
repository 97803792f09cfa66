package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far a running {@link ScheduledEvaluation#evaluateAll} has got, as its progress listener
 * hears after each page of customers (see {@link ScheduledEvaluation#withProgress}). The counts
 * are those of the current call; {@code customersResumed} says how many customers earlier,
 * interrupted calls for the same instant had already walked. Immutable and thread-safe.
 *
 * @param asOf the instant being evaluated (with daily catch-up, the last start of day of the range walked)
 * @param pages pages of customers finished by this call
 * @param customersEvaluated customers walked by this call
 * @param customersChanged of those, customers with at least one change
 * @param changes changes made, of every kind
 * @param customersFailed customers left unchanged because concurrent writers kept winning
 * @param customersSkipped customers a step left untouched because {@code asOf} is before its last change for them
 * @param customersResumed customers walked by interrupted earlier calls that this call continues after (0 when it
 *     started from the first customer)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationProgress(Instant asOf, long pages, long customersEvaluated, long customersChanged,
    long changes, long customersFailed, long customersSkipped, long customersResumed) {

  public EvaluationProgress {
    Objects.requireNonNull(asOf, "asOf");
    Checks.nonNegative(pages, "pages");
    Checks.nonNegative(customersEvaluated, "customersEvaluated");
    Checks.nonNegative(changes, "changes");
    Checks.nonNegative(customersResumed, "customersResumed");
    part(customersChanged, "customersChanged", customersEvaluated);
    part(customersFailed, "customersFailed", customersEvaluated);
    part(customersSkipped, "customersSkipped", customersEvaluated);
  }

  private static void part(long value, String name, long customersEvaluated) {
    if (value < 0 || value > customersEvaluated) {
      throw new IllegalArgumentException(name + " must be in [0, customersEvaluated = " + customersEvaluated
          + "], but was " + value);
    }
  }

  /** Customers walked for this instant so far, by this call and the interrupted ones it continues. */
  public long customersDone() {
    return customersResumed + customersEvaluated;
  }
}
