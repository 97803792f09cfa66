package io.crm4j.core.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Business durations (first-response or resolution times), sorted, with nearest-rank
 * percentiles. Immutable and thread-safe.
 *
 * @param sorted the durations in ascending order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DurationSummary(List<Duration> sorted) {

  public DurationSummary {
    sorted = List.copyOf(sorted);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).compareTo(sorted.get(i - 1)) < 0) {
        throw new IllegalArgumentException("sorted must be ascending, but " + sorted.get(i) + " follows "
            + sorted.get(i - 1));
      }
    }
  }

  /** The summary of {@code durations} in any order. */
  public static DurationSummary of(Collection<Duration> durations) {
    List<Duration> list = new ArrayList<>(Objects.requireNonNull(durations, "durations"));
    list.forEach(d -> Objects.requireNonNull(d, "durations element"));
    list.sort(null);
    return new DurationSummary(list);
  }

  /** How many durations there are. */
  public int count() {
    return sorted.size();
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p} percent of the values
   * at or below it; empty when there are no values.
   *
   * @param p in (0, 100]
   */
  public Optional<Duration> percentile(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100], but was " + p);
    }
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Optional.of(sorted.get(Math.max(rank, 1) - 1));
  }

  /** The 50th percentile, if any. */
  public Optional<Duration> median() {
    return percentile(50);
  }
}
