package io.crm4j.scoring.clv.spi;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column block for the discrete-time BG/BB model: per row the number of periods with a
 * transaction x, the period of the last one t_x, the number of periods n, and a weight (donors
 * with that pattern). Immutable and thread-safe; the kernel's evaluation state is cached in a
 * transient field.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PeriodBlock implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  final int[] frequency;
  final int[] recency;
  final int[] periods;
  final double[] weight;
  private final double totalWeight;

  /** Evaluation state of the BG/BB kernel (equal patterns merged). */
  transient volatile @Nullable Object state;

  private PeriodBlock(int[] frequency, int[] recency, int[] periods, double[] weight) {
    this.frequency = frequency;
    this.recency = recency;
    this.periods = periods;
    this.weight = weight;
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    this.totalWeight = total;
  }

  /**
   * A block of all rows (copied); {@code weight} may be null for weight 1.
   *
   * @throws IllegalArgumentException when lengths differ or a row breaks 0 ≤ x ≤ t_x ≤ n
   *     (with t_x = 0 when x = 0) or has a negative weight
   */
  public static PeriodBlock of(int[] frequency, int[] recency, int[] periods, double @Nullable [] weight) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(periods, "periods");
    int n = frequency.length;
    if (recency.length != n || periods.length != n || (weight != null && weight.length != n)) {
      throw new IllegalArgumentException("columns must have equal lengths, but were frequency " + n + ", recency "
          + recency.length + ", periods " + periods.length + ", weight " + (weight == null ? "none" : weight.length));
    }
    double[] w = weight == null ? new double[n] : weight.clone();
    if (weight == null) {
      Arrays.fill(w, 1.0);
    }
    for (int i = 0; i < n; i++) {
      int x = frequency[i];
      int t = recency[i];
      if (x < 0 || t < x || periods[i] < t || (x == 0 && t != 0)) {
        throw new IllegalArgumentException("row must have 0 <= frequency <= recency <= periods, but was frequency " + x
            + ", recency " + t + ", periods " + periods[i] + " (row " + i + ")");
      }
      Blocks.checkWeight(w[i], i);
    }
    return new PeriodBlock(frequency.clone(), recency.clone(), periods.clone(), w);
  }

  /** Number of rows. */
  public int size() {
    return frequency.length;
  }

  /** Sum of the weights. */
  public double totalWeight() {
    return totalWeight;
  }

  @Override
  public String toString() {
    return "PeriodBlock[" + frequency.length + " rows, weight " + totalWeight + "]";
  }
}
