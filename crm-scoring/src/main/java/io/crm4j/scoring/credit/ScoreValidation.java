package io.crm4j.scoring.credit;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Validation statistics of a score where a higher score means a better (good) case.
 *
 * <ul>
 *   <li>AUC: the probability that a random good case scores above a random bad case, ties counting
 *       one half (the Mann-Whitney statistic with mid-ranks);
 *   <li>Gini: {@code 2 * AUC - 1};
 *   <li>KS: the largest gap between the cumulative shares of bads and goods at or below a score;
 *   <li>PSI: {@code sum (a - e) * ln(a / e)} over bins, with {@code e} and {@code a} the expected
 *       (baseline) and actual shares of each bin. If a bin is empty in either distribution, 0.5 is
 *       added to every bin count of both before the shares are taken.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoreValidation {

  private ScoreValidation() {}

  /** AUC, Gini and KS in one report. */
  public static ValidationReport report(double[] scores, boolean[] good) {
    double auc = auc(scores, good);
    return new ValidationReport(scores.length, ks(scores, good), auc, 2 * auc - 1);
  }

  /**
   * The area under the ROC curve.
   *
   * @throws IllegalArgumentException if a score is not finite, the lengths differ, or there are no
   *     goods or no bads
   */
  public static double auc(double[] scores, boolean[] good) {
    int[] order = sortedOrder(scores, good);
    int n = scores.length;
    long goods = countGood(good);
    long bads = n - goods;
    double rankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (good[order[k]]) {
          rankSum += midRank;
        }
      }
      i = j + 1;
    }
    return (rankSum - goods * (goods + 1) / 2.0) / ((double) goods * bads);
  }

  /** {@code 2 * AUC - 1}. */
  public static double gini(double[] scores, boolean[] good) {
    return 2 * auc(scores, good) - 1;
  }

  /** The Kolmogorov-Smirnov statistic between the score distributions of bads and goods. */
  public static double ks(double[] scores, boolean[] good) {
    int[] order = sortedOrder(scores, good);
    int n = scores.length;
    long goods = countGood(good);
    long bads = n - goods;
    double cumGood = 0;
    double cumBad = 0;
    double ks = 0;
    int i = 0;
    while (i < n) {
      double s = scores[order[i]];
      while (i < n && scores[order[i]] == s) {
        if (good[order[i]]) {
          cumGood++;
        } else {
          cumBad++;
        }
        i++;
      }
      ks = Math.max(ks, Math.abs(cumBad / bads - cumGood / goods));
    }
    return ks;
  }

  /**
   * The population stability index between two distributions over the same bins.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, or a
   *     distribution is empty
   */
  public static double psi(long[] expected, long[] actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    if (expected.length != actual.length || expected.length == 0) {
      throw new IllegalArgumentException("expected and actual must have the same non-zero length, but had "
          + expected.length + " and " + actual.length);
    }
    boolean empty = false;
    double te = 0;
    double ta = 0;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] < 0 || actual[i] < 0) {
        throw new IllegalArgumentException("counts must be >= 0, but bin " + i + " had " + expected[i]
            + " and " + actual[i]);
      }
      empty |= expected[i] == 0 || actual[i] == 0;
      te += expected[i];
      ta += actual[i];
    }
    if (te == 0 || ta == 0) {
      throw new IllegalArgumentException("expected and actual must each hold cases, but had " + (long) te
          + " and " + (long) ta);
    }
    double add = empty ? 0.5 : 0;
    te += add * expected.length;
    ta += add * actual.length;
    double psi = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = (expected[i] + add) / te;
      double a = (actual[i] + add) / ta;
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }

  /**
   * The population stability index of two score samples, binned by the deciles (or other
   * {@code bins}-quantiles) of the baseline scores.
   */
  public static double psi(double[] baselineScores, double[] currentScores, int bins) {
    Objects.requireNonNull(baselineScores, "baselineScores");
    Objects.requireNonNull(currentScores, "currentScores");
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2, but was " + bins);
    }
    checkFinite(baselineScores, "baselineScores");
    checkFinite(currentScores, "currentScores");
    if (baselineScores.length == 0 || currentScores.length == 0) {
      throw new IllegalArgumentException("baselineScores and currentScores must not be empty");
    }
    double[] sorted = baselineScores.clone();
    Arrays.sort(sorted);
    double[] cuts = new double[bins - 1];
    int m = 0;
    for (int k = 1; k < bins; k++) {
      double q = sorted[(int) ((long) k * sorted.length / bins)];
      if (m == 0 || q > cuts[m - 1]) {
        cuts[m++] = q;
      }
    }
    double[] used = Arrays.copyOf(cuts, m);
    long[] e = new long[m + 1];
    long[] a = new long[m + 1];
    for (double s : baselineScores) {
      e[VariableBinning.binOf(used, s)]++;
    }
    for (double s : currentScores) {
      a[VariableBinning.binOf(used, s)]++;
    }
    return psi(e, a);
  }

  private static void checkFinite(double[] values, String name) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + " must be finite, but " + name + "[" + i + "] was " + values[i]);
      }
    }
  }

  private static long countGood(boolean[] good) {
    long g = 0;
    for (boolean b : good) {
      if (b) {
        g++;
      }
    }
    if (g == 0 || g == good.length) {
      throw new IllegalArgumentException("good must hold goods and bads, but had " + g + " goods of " + good.length);
    }
    return g;
  }

  private static int[] sortedOrder(double[] scores, boolean[] good) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(good, "good");
    if (scores.length != good.length) {
      throw new IllegalArgumentException("scores and good must have the same length, but had " + scores.length
          + " and " + good.length);
    }
    checkFinite(scores, "scores");
    return java.util.stream.IntStream.range(0, scores.length).boxed()
        .sorted((x, y) -> Double.compare(scores[x], scores[y])).mapToInt(Integer::intValue).toArray();
  }
}
