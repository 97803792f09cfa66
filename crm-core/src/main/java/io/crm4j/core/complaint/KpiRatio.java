package io.crm4j.core.complaint;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A count out of a count, kept exact; the ratio is empty when the denominator is zero. Immutable
 * and thread-safe.
 *
 * @param numerator how many met the condition, in [0, denominator]
 * @param denominator how many were counted, at least 0
 */
@API(status = API.Status.STABLE, since = "0.1")
public record KpiRatio(long numerator, long denominator) {

  public KpiRatio {
    if (denominator < 0) {
      throw new IllegalArgumentException("denominator must be >= 0, but was " + denominator);
    }
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("numerator must be in [0, " + denominator + "], but was " + numerator);
    }
  }

  /** {@code numerator / denominator}, or empty if nothing was counted. */
  public OptionalDouble ratio() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }
}
