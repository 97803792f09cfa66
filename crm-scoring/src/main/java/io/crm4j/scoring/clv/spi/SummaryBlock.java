package io.crm4j.scoring.clv.spi;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column block of purchase summaries for BG/NBD, MBG/NBD and Pareto/NBD: per row the repeat
 * frequency x, the recency t_x, the age T and a weight (how many customers the row stands for).
 * Rows are kept in the order given; the per-frequency weight histogram is computed once here, so
 * that a kernel sums the terms that depend on x alone once per distinct x of the block. A block is
 * the unit a distributed engine caches and evaluates (a few thousand to a few hundred thousand
 * rows). Immutable and thread-safe; evaluation state a kernel derives from the block is cached in
 * transient fields and rebuilt after deserialization.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SummaryBlock implements Serializable {

  /**
   * The highest frequency a block takes: the per-frequency histogram and the BG/NBD kernel's
   * per-frequency tables are dense arrays of that length (8 MB at this limit).
   */
  public static final int MAX_FREQUENCY = 1_000_000;

  @Serial
  private static final long serialVersionUID = 1L;

  final int[] frequency;
  final double[] recency;
  final double[] age;
  final double[] weight;
  /** Total weight of the rows with frequency x, for x = 0..max. */
  final double[] weightByFrequency;
  private final double totalWeight;
  private final double weightedAge;

  /** Evaluation state of the Pareto/NBD kernel (rows grouped by x, distinct t_x and T). */
  transient volatile @Nullable Object paretoState;

  private SummaryBlock(int[] frequency, double[] recency, double[] age, double[] weight) {
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    int max = 0;
    for (int x : frequency) {
      max = Math.max(max, x);
    }
    double[] hist = new double[frequency.length == 0 ? 0 : max + 1];
    double total = 0;
    double ageSum = 0;
    for (int i = 0; i < frequency.length; i++) {
      hist[frequency[i]] += weight[i];
      total += weight[i];
      ageSum += weight[i] * age[i];
    }
    this.weightByFrequency = hist;
    this.totalWeight = total;
    this.weightedAge = ageSum;
  }

  /**
   * A block of the rows [from, to) of the given columns (copied). {@code weight} may be null for
   * a weight of 1 on every row.
   *
   * @throws IllegalArgumentException when lengths differ, the range is outside the arrays, or a
   *     row is invalid (negative frequency or above {@link #MAX_FREQUENCY}, recency outside [0, T],
   *     non-finite values, negative weight)
   */
  public static SummaryBlock of(int[] frequency, double[] recency, double[] age, double @Nullable [] weight,
      int from, int to) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(age, "age");
    int n = frequency.length;
    if (recency.length != n || age.length != n || (weight != null && weight.length != n)) {
      throw new IllegalArgumentException("columns must have equal lengths, but were frequency " + n + ", recency "
          + recency.length + ", age " + age.length + ", weight " + (weight == null ? "none" : weight.length));
    }
    Objects.checkFromToIndex(from, to, n);
    int[] f = Arrays.copyOfRange(frequency, from, to);
    double[] r = Arrays.copyOfRange(recency, from, to);
    double[] t = Arrays.copyOfRange(age, from, to);
    double[] w;
    if (weight == null) {
      w = new double[to - from];
      Arrays.fill(w, 1.0);
    } else {
      w = Arrays.copyOfRange(weight, from, to);
    }
    for (int i = 0; i < f.length; i++) {
      Blocks.checkRow(f[i], r[i], t[i], w[i], from + i);
      if (f[i] > MAX_FREQUENCY) {
        throw new IllegalArgumentException("frequency must be <= " + MAX_FREQUENCY + " to fit, but was " + f[i]
            + " (row " + (from + i) + ")");
      }
    }
    return new SummaryBlock(f, r, t, w);
  }

  /** A block of all rows of the given columns (copied); see {@link #of(int[], double[], double[], double[], int, int)}. */
  public static SummaryBlock of(int[] frequency, double[] recency, double[] age, double @Nullable [] weight) {
    Objects.requireNonNull(frequency, "frequency");
    return of(frequency, recency, age, weight, 0, frequency.length);
  }

  /**
   * The same customers with equal (x, t_x, T) rows merged into one row carrying the summed weight
   * (CDNOW: 2,357 customers, 1,016 rows). Worth it for small or rounded data; for millions of
   * continuous rows the hashing costs more than it saves.
   */
  public SummaryBlock merged() {
    int n = frequency.length;
    int[] mf = new int[n];
    double[] mr = new double[n];
    double[] mt = new double[n];
    double[] mw = new double[n];
    int size = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
    int[] table = new int[size];
    Arrays.fill(table, -1);
    int m = 0;
    for (int i = 0; i < n; i++) {
      long h = Double.doubleToLongBits(recency[i]) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(age[i])
          + frequency[i] * 0xC2B2AE3D27D4EB4FL;
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
      int slot = (int) (h ^ (h >>> 32)) & (size - 1);
      while (true) {
        int at = table[slot];
        if (at < 0) {
          table[slot] = m;
          mf[m] = frequency[i];
          mr[m] = recency[i];
          mt[m] = age[i];
          mw[m] = weight[i];
          m++;
          break;
        }
        if (mf[at] == frequency[i] && mr[at] == recency[i] && mt[at] == age[i]) {
          mw[at] += weight[i];
          break;
        }
        slot = (slot + 1) & (size - 1);
      }
    }
    return new SummaryBlock(Arrays.copyOf(mf, m), Arrays.copyOf(mr, m), Arrays.copyOf(mt, m), Arrays.copyOf(mw, m));
  }

  /** Number of rows. */
  public int size() {
    return frequency.length;
  }

  /** Sum of the weights: the number of customers the block stands for. */
  public double totalWeight() {
    return totalWeight;
  }

  /** Σ weight · T, for the mean age that scales a model's first starting point. */
  public double weightedAgeSum() {
    return weightedAge;
  }

  /** The frequency x of row {@code i}. */
  public int frequency(int i) {
    return frequency[i];
  }

  /** The recency t_x of row {@code i}. */
  public double recency(int i) {
    return recency[i];
  }

  /** The age T of row {@code i}. */
  public double age(int i) {
    return age[i];
  }

  /** The weight of row {@code i}. */
  public double weight(int i) {
    return weight[i];
  }

  /** The largest frequency in the block (0 when empty). */
  public int maxFrequency() {
    return Math.max(0, weightByFrequency.length - 1);
  }

  @Override
  public String toString() {
    return "SummaryBlock[" + frequency.length + " rows, weight " + totalWeight + "]";
  }
}
