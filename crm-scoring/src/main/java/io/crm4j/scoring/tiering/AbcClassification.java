package io.crm4j.scoring.tiering;

import io.crm4j.scoring.tiering.internal.Ranking;
import io.crm4j.scoring.tiering.internal.SortedOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * ABC classification of customers by cumulative share of value (客户 ABC 分类).
 *
 * <p>Customers are sorted by value, largest first, and each gets the cumulative share of total
 * value held by everyone down to and including them. The {@link AbcConfig#boundaryRule() boundary
 * rule} turns that share into a class; with the defaults a customer whose cumulative share is at
 * most 75 % is A, at most 95 % is B, and C otherwise.
 *
 * <p><b>Ties.</b> Customers with equal value form one group that shares one cumulative share (the
 * share after the whole group), so equal values always get equal classes and the result does not
 * depend on the input order. Only the order of the returned list among equal values follows the
 * input order.
 *
 * <p><b>Precision.</b> Sums run in double precision, largest value first. For integer values
 * below 2<sup>53</sup> (amounts in cents, say) every cumulative sum is exact, and a share that is
 * exactly a limit written in decimal (750 of 1000 against 0.75) compares as equal.
 *
 * <p>Values must be finite and {@code >= 0} with a positive total. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AbcClassification {

  private final AbcConfig config;

  private AbcClassification(AbcConfig config) {
    this.config = config;
  }

  /** A classification with the given settings. */
  public static AbcClassification of(AbcConfig config) {
    return new AbcClassification(Objects.requireNonNull(config, "config"));
  }

  /** A classification with {@link AbcConfig#ofDefaults()}. */
  public static AbcClassification ofDefaults() {
    return new AbcClassification(AbcConfig.ofDefaults());
  }

  public AbcConfig config() {
    return config;
  }

  /**
   * Classifies each value; element {@code i} of the result is the class of {@code values[i]}.
   * Allocates a few arrays of the input's length and nothing per element.
   *
   * @throws IllegalArgumentException if {@code values} is empty, holds a negative, NaN or infinite
   *     value, or sums to zero
   */
  public AbcClass[] classify(double[] values) {
    Shares shares = shares(values);
    AbcClass[] result = new AbcClass[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = classOf(shares.including[i], shares.before[i]);
    }
    return result;
  }

  /**
   * Classifies each entry of {@code values} and returns the ABC table, largest value first (equal
   * values in the map's iteration order).
   *
   * @throws IllegalArgumentException as {@link #classify(double[])}
   */
  public <K> List<AbcEntry<K>> classify(Map<K, Double> values) {
    Objects.requireNonNull(values, "values");
    List<K> keys = new ArrayList<>(values.size());
    double[] v = new double[values.size()];
    int i = 0;
    for (Map.Entry<K, Double> e : values.entrySet()) {
      keys.add(Objects.requireNonNull(e.getKey(), "values key"));
      v[i++] = Objects.requireNonNull(e.getValue(), "values value");
    }
    Shares shares = shares(v);
    Integer[] order = new Integer[v.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> v[k]).reversed());
    List<AbcEntry<K>> table = new ArrayList<>(v.length);
    for (int k : order) {
      table.add(new AbcEntry<>(keys.get(k), v[k], shares.including[k],
          classOf(shares.including[k], shares.before[k])));
    }
    return List.copyOf(table);
  }

  /**
   * The group-wise variant: classifies customers within each group separately, as the source does
   * per trade channel. Groups appear in the order their first member appears in {@code values}.
   *
   * @param groupOf the customer's group (category, channel, region); must not return null
   * @throws IllegalArgumentException as {@link #classify(double[])}, for any group
   */
  public <K, G> Map<G, List<AbcEntry<K>>> classifyWithinGroups(
      Map<K, Double> values, Function<? super K, ? extends G> groupOf) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(groupOf, "groupOf");
    Map<G, Map<K, Double>> groups = new LinkedHashMap<>();
    for (Map.Entry<K, Double> e : values.entrySet()) {
      G group = Objects.requireNonNull(groupOf.apply(e.getKey()), "groupOf result");
      groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
    }
    Map<G, List<AbcEntry<K>>> result = new LinkedHashMap<>();
    groups.forEach((g, members) -> result.put(g, classify(members)));
    return result;
  }

  /**
   * The Pareto check with the configured top fraction: the share of total value held by the top
   * {@code ceil(fraction * n)} customers (at least one).
   */
  public double paretoShare(double[] values) {
    return paretoShare(values, config.paretoTopFraction());
  }

  /**
   * The share of total value held by the top {@code ceil(topFraction * n)} customers, at least one;
   * for the 80/20 rule, {@code paretoShare(values, 0.2)} is about 0.8.
   *
   * @throws IllegalArgumentException unless {@code 0 < topFraction <= 1}, or as
   *     {@link #classify(double[])}
   */
  public static double paretoShare(double[] values, double topFraction) {
    Objects.requireNonNull(values, "values");
    if (!(topFraction > 0 && topFraction <= 1)) {
      throw new IllegalArgumentException("topFraction must be in (0, 1], but was " + topFraction);
    }
    double[] sorted = checkedSortedCopy(values);
    int top = Math.max(1, (int) Math.ceil(topFraction * sorted.length));
    double scale = overflowScale(sorted[sorted.length - 1], sorted.length);
    double total = 0;
    double topSum = 0;
    for (int k = sorted.length - 1, rank = 0; k >= 0; k--, rank++) {
      total += sorted[k] * scale;
      if (rank < top) {
        topSum += sorted[k] * scale;
      }
    }
    return Math.min(1.0, topSum / total);
  }

  private AbcClass classOf(double including, double before) {
    if (config.boundaryRule() == AbcBoundaryRule.SHARE_AT_MOST) {
      return including <= config.aLimit() ? AbcClass.A
          : including <= config.bLimit() ? AbcClass.B : AbcClass.C;
    }
    return before < config.aLimit() ? AbcClass.A
        : before < config.bLimit() ? AbcClass.B : AbcClass.C;
  }

  private static double[] checkedSortedCopy(double[] values) {
    checkValues(values);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted[sorted.length - 1] <= 0) {
      throw new IllegalArgumentException("values must have a positive total, but all "
          + sorted.length + " values were 0");
    }
    return sorted;
  }

  /** Per element: cumulative share including its tie group, and before it. */
  private static Shares shares(double[] values) {
    Objects.requireNonNull(values, "values");
    checkValues(values);
    SortedOrder sorted = SortedOrder.of(values);
    int[] order = sorted.order();
    long[] keys = sorted.keys();
    int n = order.length;
    double scale = overflowScale(SortedOrder.value(keys[n - 1]), n);
    double total = 0;
    for (int p = n - 1; p >= 0; p--) { // largest first, the order of the cumulative sums below
      total += SortedOrder.value(keys[p]) * scale;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("values must have a positive total, but all " + n + " values were 0");
    }
    double[] including = new double[n];
    double[] before = new double[n];
    double running = 0;
    int hi = n;
    while (hi > 0) {
      int lo = hi - 1;
      while (lo > 0 && keys[lo - 1] == keys[hi - 1]) {
        lo--;
      }
      double shareBefore = Math.min(1.0, running / total);
      double value = SortedOrder.value(keys[hi - 1]) * scale;
      for (int p = hi - 1; p >= lo; p--) {
        running += value;
      }
      double shareIncluding = Math.min(1.0, running / total);
      for (int p = lo; p < hi; p++) {
        including[order[p]] = shareIncluding;
        before[order[p]] = shareBefore;
      }
      hi = lo;
    }
    return new Shares(including, before);
  }

  /**
   * 1, or the power of two that brings the largest value near 1 when the sum of {@code n} values
   * up to {@code max} could overflow. Shares are ratios, so scaling by a power of two changes no
   * digit of them (only values some 600 orders of magnitude below the largest could lose digits).
   */
  private static double overflowScale(double max, int n) {
    return max < Double.MAX_VALUE / n ? 1.0 : Math.scalb(1.0, -Math.getExponent(max));
  }

  private static void checkValues(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values must not be empty, but had length 0");
    }
    Ranking.requireFiniteNonNegative(values, "values");
  }

  private record Shares(double[] including, double[] before) {}
}
