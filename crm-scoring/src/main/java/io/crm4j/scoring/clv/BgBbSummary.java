package io.crm4j.scoring.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Discrete-time (x, t_x, n) data for the BG/BB model, one row per pattern with a weight (the
 * number of customers showing it). Row rules: 0 ≤ x ≤ t_x ≤ n, t_x = 0 when x = 0, t_x ≥ x,
 * weight finite and &gt; 0. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BgBbSummary {

  final int[] frequency;
  final int[] recency;
  final int[] periods;
  final double[] weights;

  private BgBbSummary(int[] frequency, int[] recency, int[] periods, double[] weights) {
    this.frequency = frequency;
    this.recency = recency;
    this.periods = periods;
    this.weights = weights;
  }

  /** Returns the summary from parallel arrays (copied and validated). */
  public static BgBbSummary of(int[] frequency, int[] recency, int[] periods, double[] weights) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(weights, "weights");
    int n = frequency.length;
    if (recency.length != n || periods.length != n || weights.length != n) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were frequency " + n + ", recency "
          + recency.length + ", periods " + periods.length + ", weights " + weights.length);
    }
    for (int i = 0; i < n; i++) {
      check(frequency[i], recency[i], periods[i]);
      Validation.positive(weights[i], "weights[" + i + "]");
    }
    return new BgBbSummary(frequency.clone(), recency.clone(), periods.clone(), weights.clone());
  }

  static void check(int x, int tx, int n) {
    if (x < 0) {
      throw new IllegalArgumentException("frequency must be >= 0, but was " + x);
    }
    BgBbModel.checkPeriods(n, "periods");
    if (tx < 0 || tx > n) {
      throw new IllegalArgumentException("recency must be in [0, periods " + n + "], but was " + tx);
    }
    if (x > tx || (x == 0 && tx != 0)) {
      throw new IllegalArgumentException(
          "recency must be >= frequency and 0 when frequency is 0, but was recency " + tx + " with frequency " + x);
    }
  }

  /** Number of rows. */
  public int size() {
    return frequency.length;
  }

  /** Sum of the weights (the number of customers). */
  public double totalWeight() {
    double s = 0;
    for (double w : weights) {
      s += w;
    }
    return s;
  }

  /** Frequency of row {@code i}. */
  public int frequency(int i) {
    return frequency[i];
  }

  /** Recency of row {@code i}. */
  public int recency(int i) {
    return recency[i];
  }

  /** Number of transaction opportunities of row {@code i}. */
  public int periods(int i) {
    return periods[i];
  }

  /** Weight of row {@code i}. */
  public double weight(int i) {
    return weights[i];
  }
}
