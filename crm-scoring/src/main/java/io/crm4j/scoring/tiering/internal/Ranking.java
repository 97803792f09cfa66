package io.crm4j.scoring.tiering.internal;

import org.apiguardian.api.API;

/**
 * Rank helpers shared by the RFM, pyramid and management-class formulas. Ties are handled by counting
 * strictly smaller (or larger) values, so equal values always get equal ranks and the result does
 * not depend on the input order. Doubles are ordered with {@link SortedOrder} (a radix sort), ints
 * with a counting pass when their range is small.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Ranking {

  private Ranking() {}

  /** For each element, how many elements of {@code values} are strictly smaller. */
  public static int[] countStrictlyBelow(double[] values) {
    SortedOrder sorted = SortedOrder.of(values);
    int[] order = sorted.order();
    long[] keys = sorted.keys();
    int[] below = new int[values.length];
    int groupStart = 0;
    for (int p = 0; p < order.length; p++) {
      if (p > 0 && keys[p] != keys[p - 1]) {
        groupStart = p;
      }
      below[order[p]] = groupStart;
    }
    return below;
  }

  /** For each element, how many elements of {@code values} are strictly larger. */
  public static int[] countStrictlyAbove(double[] values) {
    SortedOrder sorted = SortedOrder.of(values);
    int[] order = sorted.order();
    long[] keys = sorted.keys();
    int[] above = new int[values.length];
    int groupEnd = order.length;
    for (int p = order.length - 1; p >= 0; p--) {
      if (p < order.length - 1 && keys[p] != keys[p + 1]) {
        groupEnd = p + 1;
      }
      above[order[p]] = order.length - groupEnd;
    }
    return above;
  }

  /**
   * For each element, how many elements of {@code values} are strictly smaller; a counting pass
   * when the values span a small range (days, purchase counts), a sort otherwise.
   */
  public static int[] countStrictlyBelow(int[] values) {
    if (values.length == 0) {
      return new int[0];
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    long range = (long) max - min + 1;
    if (range > 4L * values.length + 1024) {
      double[] asDouble = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        asDouble[i] = values[i];
      }
      return countStrictlyBelow(asDouble);
    }
    int[] below = new int[(int) range];
    for (int v : values) {
      below[v - min]++;
    }
    int running = 0;
    for (int k = 0; k < below.length; k++) {
      int count = below[k];
      below[k] = running;
      running += count;
    }
    int[] result = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = below[values[i] - min];
    }
    return result;
  }

  /** For each element, how many elements of {@code values} are strictly larger. */
  public static int[] countStrictlyAbove(int[] values) {
    int[] negated = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      negated[i] = ~values[i]; // reverses the order without overflow at Integer.MIN_VALUE
    }
    return countStrictlyBelow(negated);
  }

  /**
   * The bin, 1 to {@code bins}, of an element with {@code below} of {@code n} elements strictly
   * worse than it: {@code 1 + floor(bins * below / n)}.
   */
  public static int bin(int below, int n, int bins) {
    assert below >= 0 && below < n : "below out of range";
    return 1 + (int) ((long) bins * below / n);
  }

  /** Throws unless every value is finite and {@code >= 0}; names the first bad element. */
  public static void requireFiniteNonNegative(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException(
            name + "[" + i + "] must be finite and >= 0, but was " + v);
      }
    }
  }

  /** Throws unless every value is finite; names the first bad element. */
  public static void requireFinite(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] must be a finite number, but was " + values[i]);
      }
    }
  }
}
