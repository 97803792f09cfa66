package io.crm4j.scoring.retention.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Contract durations aggregated by duration: at each distinct period t (ascending) the weight of
 * customers who churned in period t (t &ge; 1; they renewed t − 1 times) and the weight of those
 * still active after t periods (right-censored, t renewals). Both the cohort and the individual
 * inputs reduce to this block, so a likelihood pass costs O(distinct durations). Immutable and
 * thread-safe; built only by the retention API, which has checked the values.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DurationCounts implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  /** Above this many periods, durations are sorted rather than counted in an array indexed by period. */
  private static final int DENSE_LIMIT = 1 << 22;

  private final int[] times;
  private final double[] churned;
  private final double[] censored;
  private final double totalWeight;

  private DurationCounts(int[] times, double[] churned, double[] censored) {
    this.times = times;
    this.churned = churned;
    this.censored = censored;
    double w = 0;
    for (int i = 0; i < times.length; i++) {
      w += churned[i] + censored[i];
    }
    this.totalWeight = w;
  }

  /**
   * The counts of a cohort: {@code alive[0]} customers started, {@code alive[t]} were still active
   * after t periods; the last entry is right-censored.
   */
  public static DurationCounts ofCohort(double[] alive) {
    int m = alive.length - 1;
    int[] t = new int[m];
    double[] c = new double[m];
    double[] s = new double[m];
    for (int i = 0; i < m; i++) {
      t[i] = i + 1;
      c[i] = alive[i] - alive[i + 1];
    }
    if (m > 0) {
      s[m - 1] = alive[m];
    }
    return new DurationCounts(t, c, s);
  }

  /**
   * The counts of individual durations: a churned customer's duration is the period in which the
   * contract ended (&ge; 1), an active customer's the number of periods completed (&ge; 0).
   */
  public static DurationCounts ofDurations(int[] durations, boolean[] censored) {
    int max = 0;
    for (int d : durations) {
      max = Math.max(max, d);
    }
    return max < DENSE_LIMIT ? dense(durations, censored, max) : sorted(durations, censored);
  }

  private static DurationCounts dense(int[] durations, boolean[] censored, int max) {
    double[] c = new double[max + 1];
    double[] s = new double[max + 1];
    for (int i = 0; i < durations.length; i++) {
      if (censored[i]) {
        s[durations[i]]++;
      } else {
        c[durations[i]]++;
      }
    }
    int distinct = 0;
    for (int t = 0; t <= max; t++) {
      if (c[t] + s[t] > 0) {
        distinct++;
      }
    }
    int[] times = new int[distinct];
    double[] cc = new double[distinct];
    double[] ss = new double[distinct];
    for (int t = 0, k = 0; t <= max; t++) {
      if (c[t] + s[t] > 0) {
        times[k] = t;
        cc[k] = c[t];
        ss[k] = s[t];
        k++;
      }
    }
    return new DurationCounts(times, cc, ss);
  }

  private static DurationCounts sorted(int[] durations, boolean[] censored) {
    long[] keys = new long[durations.length];
    for (int i = 0; i < durations.length; i++) {
      keys[i] = ((long) durations[i] << 1) | (censored[i] ? 1 : 0);
    }
    Arrays.sort(keys);
    int[] times = new int[keys.length];
    double[] cc = new double[keys.length];
    double[] ss = new double[keys.length];
    int k = -1;
    for (long key : keys) {
      int t = (int) (key >>> 1);
      if (k < 0 || times[k] != t) {
        times[++k] = t;
      }
      if ((key & 1) == 1) {
        ss[k]++;
      } else {
        cc[k]++;
      }
    }
    return new DurationCounts(Arrays.copyOf(times, k + 1), Arrays.copyOf(cc, k + 1), Arrays.copyOf(ss, k + 1));
  }

  /** Number of distinct durations. */
  public int size() {
    return times.length;
  }

  /** The i-th distinct duration, ascending. */
  public int time(int i) {
    return times[i];
  }

  /** Weight of customers who churned in period {@link #time(int) time(i)}. */
  public double churned(int i) {
    return churned[i];
  }

  /** Weight of customers still active after {@link #time(int) time(i)} periods. */
  public double censored(int i) {
    return censored[i];
  }

  /** Total weight (customers). */
  public double totalWeight() {
    return totalWeight;
  }

  /** Total weight of churned customers. */
  public double churnedWeight() {
    double w = 0;
    for (double c : churned) {
      w += c;
    }
    return w;
  }

  /**
   * Weight of customers known to have renewed at least once: churned in period 2 or later, or
   * active after at least one period.
   */
  public double renewedWeight() {
    double w = 0;
    for (int i = 0; i < times.length; i++) {
      w += (times[i] >= 2 ? churned[i] : 0) + (times[i] >= 1 ? censored[i] : 0);
    }
    return w;
  }

  /** The longest duration observed (churned or censored), 0 when empty. */
  public int maxTime() {
    return times.length == 0 ? 0 : times[times.length - 1];
  }

  @Override
  public String toString() {
    return "DurationCounts[" + times.length + " durations, weight " + totalWeight + "]";
  }
}
