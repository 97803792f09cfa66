package io.crm4j.scoring.clv.spi;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column block for the Gamma-Gamma spend model: per row the repeat frequency x (&gt; 0), the
 * mean spend of the repeat purchases (&gt; 0) and a weight. Immutable and thread-safe; the
 * kernel's evaluation state is cached in a transient field.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpendBlock implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  final int[] frequency;
  final double[] spend;
  final double[] weight;
  private final double totalWeight;

  /** Evaluation state of the Gamma-Gamma kernel (rows grouped by x). */
  transient volatile @Nullable Object state;

  private SpendBlock(int[] frequency, double[] spend, double[] weight) {
    this.frequency = frequency;
    this.spend = spend;
    this.weight = weight;
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    this.totalWeight = total;
  }

  /**
   * A block of the rows [from, to) (copied); {@code weight} may be null for weight 1.
   *
   * @throws IllegalArgumentException when lengths differ, the range is outside the arrays, a
   *     frequency is not &gt; 0, a spend is not finite and &gt; 0, or a weight is negative
   */
  public static SpendBlock of(int[] frequency, double[] meanSpend, double @Nullable [] weight, int from, int to) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(meanSpend, "meanSpend");
    int n = frequency.length;
    if (meanSpend.length != n || (weight != null && weight.length != n)) {
      throw new IllegalArgumentException("columns must have equal lengths, but were frequency " + n + ", meanSpend "
          + meanSpend.length + ", weight " + (weight == null ? "none" : weight.length));
    }
    Objects.checkFromToIndex(from, to, n);
    int[] f = Arrays.copyOfRange(frequency, from, to);
    double[] m = Arrays.copyOfRange(meanSpend, from, to);
    double[] w = weight == null ? ones(to - from) : Arrays.copyOfRange(weight, from, to);
    for (int i = 0; i < f.length; i++) {
      if (f[i] <= 0) {
        throw new IllegalArgumentException("frequency must be > 0, but was " + f[i] + " (row " + (from + i) + ")");
      }
      if (!(m[i] > 0) || !Double.isFinite(m[i])) {
        throw new IllegalArgumentException("meanSpend must be finite and > 0, but was " + m[i] + " (row " + (from + i) + ")");
      }
      Blocks.checkWeight(w[i], from + i);
    }
    return new SpendBlock(f, m, w);
  }

  /** A block of all rows (copied); see {@link #of(int[], double[], double[], int, int)}. */
  public static SpendBlock of(int[] frequency, double[] meanSpend, double @Nullable [] weight) {
    Objects.requireNonNull(frequency, "frequency");
    return of(frequency, meanSpend, weight, 0, frequency.length);
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    return w;
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
    return "SpendBlock[" + frequency.length + " rows, weight " + totalWeight + "]";
  }
}
