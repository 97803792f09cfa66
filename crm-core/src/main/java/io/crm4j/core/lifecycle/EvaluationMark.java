package io.crm4j.core.lifecycle;

import io.crm4j.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far a catching-up {@link ScheduledEvaluation} has evaluated: the last evaluation instant it
 * completed. Stored once per evaluation name, so that the next run knows which days it missed.
 * Immutable and thread-safe.
 *
 * @param name the evaluation's name
 * @param version the stored version
 * @param evaluatedUpTo the last evaluation instant every customer was evaluated at
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationMark(String name, long version, Instant evaluatedUpTo) {

  public EvaluationMark {
    Checks.identifier(name, "name");
    Checks.nonNegative(version, "version");
    Objects.requireNonNull(evaluatedUpTo, "evaluatedUpTo");
  }

  public EvaluationMark withVersion(long newVersion) {
    return new EvaluationMark(name, newVersion, evaluatedUpTo);
  }
}
