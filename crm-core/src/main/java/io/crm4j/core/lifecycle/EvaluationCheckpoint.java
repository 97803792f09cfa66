package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far an unfinished run of a named {@link ScheduledEvaluation} has walked: stored after each
 * page of customers and deleted when the run completes, so that a run killed half-way and started
 * again at the same instant continues after the last page it finished. Immutable and thread-safe.
 *
 * @param name the evaluation's name
 * @param version the stored version
 * @param asOf the instant the unfinished run evaluates (with daily catch-up, the last start of day of its range)
 * @param after the last customer of the last page finished; the run continues after it
 * @param customersDone how many customers the unfinished run has walked
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationCheckpoint(String name, long version, Instant asOf, CustomerId after, long customersDone) {

  public EvaluationCheckpoint {
    Checks.identifier(name, "name");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(after, "after");
    Checks.nonNegative(customersDone, "customersDone");
  }

  public EvaluationCheckpoint withVersion(long newVersion) {
    return new EvaluationCheckpoint(name, newVersion, asOf, after, customersDone);
  }
}
