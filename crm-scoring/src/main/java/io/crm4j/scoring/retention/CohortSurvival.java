package io.crm4j.scoring.retention;

import io.crm4j.scoring.retention.internal.DurationCounts;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The survivors of one cohort of subscribers by period: {@code alive(0)} customers started and
 * {@code alive(t)} were still active after t periods, that is after t renewals. Counts are
 * usually whole numbers of customers, but any non-negative weights work (shares of 1, say): the
 * fitted parameters do not depend on the scale. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CohortSurvival {

  private final double[] alive;

  private CohortSurvival(double[] alive) {
    this.alive = alive;
  }

  /**
   * The cohort with these survivor counts, period 0 first.
   *
   * @throws IllegalArgumentException when fewer than 2 counts are given, the cohort
   *     ({@code alive[0]}) is not &gt; 0, a count is not finite and &ge; 0, or a count exceeds the
   *     one before it
   */
  public static CohortSurvival of(double... alive) {
    Objects.requireNonNull(alive, "alive");
    if (alive.length < 2) {
      throw new IllegalArgumentException(
          "alive must hold the cohort and at least one later period, but had " + alive.length + " entries");
    }
    double[] a = alive.clone();
    if (!(a[0] > 0) || !Double.isFinite(a[0])) {
      throw new IllegalArgumentException("alive[0] (the cohort size) must be finite and > 0, but was " + a[0]);
    }
    for (int t = 1; t < a.length; t++) {
      if (!(a[t] >= 0) || !Double.isFinite(a[t])) {
        throw new IllegalArgumentException("alive[" + t + "] must be finite and >= 0, but was " + a[t]);
      }
      if (a[t] > a[t - 1]) {
        throw new IllegalArgumentException("alive must be non-increasing, but alive[" + t + "] was " + a[t]
            + " after alive[" + (t - 1) + "] " + a[t - 1]);
      }
    }
    return new CohortSurvival(a);
  }

  /**
   * The cohort of {@code size} customers of whom the given shares were still active after periods
   * 1, 2, ...: alive(t) = size · share(t), as published survival curves are given.
   *
   * @throws IllegalArgumentException under the rules of {@link #of}
   */
  public static CohortSurvival ofShares(double size, double... shares) {
    Objects.requireNonNull(shares, "shares");
    double[] a = new double[shares.length + 1];
    a[0] = size;
    for (int t = 0; t < shares.length; t++) {
      if (!(shares[t] >= 0 && shares[t] <= 1)) {
        throw new IllegalArgumentException("shares[" + t + "] must be in [0, 1], but was " + shares[t]);
      }
      a[t + 1] = size * shares[t];
    }
    return of(a);
  }

  /** The last period observed (the number of counts after period 0). */
  public int periods() {
    return alive.length - 1;
  }

  /** The cohort size, {@code alive(0)}. */
  public double cohortSize() {
    return alive[0];
  }

  /**
   * The customers still active after {@code period} periods.
   *
   * @throws IllegalArgumentException when period is not in [0, periods()]
   */
  public double alive(int period) {
    if (period < 0 || period >= alive.length) {
      throw new IllegalArgumentException("period must be in [0, " + periods() + "], but was " + period);
    }
    return alive[period];
  }

  /** The share of the cohort still active after {@code period} periods. */
  public double survivalShare(int period) {
    return alive(period) / alive[0];
  }

  DurationCounts counts() {
    return DurationCounts.ofCohort(alive);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CohortSurvival c && Arrays.equals(c.alive, alive);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(alive);
  }

  @Override
  public String toString() {
    return "CohortSurvival" + Arrays.toString(alive);
  }
}
