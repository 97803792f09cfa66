package io.crm4j.scoring.credit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Validation statistics of a score where a higher score means a better (good) case: one with lower
 * odds of the event of interest (a bad debt, a lost customer). {@code good[i]} is true for a
 * non-event; every other case is an event ("bad").
 *
 * <ul>
 *   <li>AUC: the probability that a random good case scores above a random bad case, ties counting
 *       one half (the Mann-Whitney statistic with mid-ranks);
 *   <li>Gini: {@code 2 * AUC - 1};
 *   <li>KS: the largest gap between the cumulative shares of bads and goods at or below a score;
 *   <li>PSI: {@code sum (a - e) * ln(a / e)} over bins, with {@code e} and {@code a} the expected
 *       (baseline) and actual shares of each bin. If a bin is empty in either distribution, an
 *       empty-cell adjustment (preset 0.5) is added to every bin count of both before the shares
 *       are taken;
 *   <li>lift and gains by decile ({@link #lift}): the cases ranked by score, lowest (riskiest)
 *       first, cut into ten groups; per group the event rate, the lift (the group's event rate over
 *       the sample's) and the cumulative gains (the share of all events caught by this group and the
 *       riskier ones);
 *   <li>calibration by decile ({@link #calibration}): per group the mean event probability the
 *       points scaling gives the scores ({@link PointsScaling#eventProbability}) against the
 *       observed event rate.
 * </ul>
 *
 * <p><b>Groups and ties.</b> A case goes to group {@code floor(groups * p / n) + 1}, where {@code p}
 * is the number of cases that score strictly lower and {@code n} the sample size. Cases with the
 * same score thus always share a group, whatever their order in the input; when a run of tied
 * scores crosses a group boundary, its group holds more than {@code n / groups} cases and the groups
 * it spans beyond are empty (0 cases, rates 0). Without ties each group holds
 * {@code floor(n / groups)} or {@code ceil(n / groups)} cases.
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
   * Scores every row of a sample with a scorecard and checks the scores against the outcome: KS,
   * AUC and Gini, the lift and gains table and the calibration table by decile.
   *
   * @throws IllegalArgumentException if a scorecard variable or the target is not a column, a value
   *     cannot be scored, or the sample lacks events or non-events
   */
  public static ScorecardValidation validate(Scorecard scorecard, Sample sample, BinaryTarget outcome) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(outcome, "outcome");
    boolean[] good = outcome.nonEvents(sample);
    RowScorer scorer = scorecard.rowScorer(sample.columns());
    int columns = sample.columns().size();
    String[][] byColumn = new String[columns][];
    for (int c = 0; c < columns; c++) {
      byColumn[c] = sample.column(sample.columns().get(c));
    }
    double[] scores = new double[sample.size()];
    Object[] row = new Object[columns];
    for (int i = 0; i < scores.length; i++) {
      for (int c = 0; c < columns; c++) {
        row[c] = byColumn[c][i];
      }
      scores[i] = scorer.score(row);
    }
    return new ScorecardValidation(report(scores, good), lift(scores, good, 10),
        calibration(scores, good, scorecard.scaling(), 10));
  }

  /**
   * The lift and gains table over {@code groups} score groups (10 for deciles), lowest scores first;
   * see the class comment for how cases are grouped.
   *
   * @throws IllegalArgumentException if {@code groups < 2}, a score is not finite, the lengths
   *     differ, or there are no goods or no bads
   */
  public static List<LiftRow> lift(double[] scores, boolean[] good, int groups) {
    int[] group = groups(scores, good, groups);
    long bads = scores.length - countGood(good);
    int[] cases = new int[groups];
    int[] events = new int[groups];
    for (int i = 0; i < group.length; i++) {
      cases[group[i]]++;
      events[group[i]] += good[i] ? 0 : 1;
    }
    double overall = (double) bads / scores.length;
    List<LiftRow> rows = new ArrayList<>(groups);
    long caught = 0;
    for (int g = 0; g < groups; g++) {
      caught += events[g];
      double rate = cases[g] == 0 ? 0 : (double) events[g] / cases[g];
      rows.add(new LiftRow(g + 1, cases[g], events[g], rate, rate / overall, (double) caught / bads));
    }
    return rows;
  }

  /**
   * The calibration table over {@code groups} score groups (10 for deciles), lowest scores first: the
   * mean event probability that {@code scaling} gives the scores against the observed event rate.
   *
   * @throws IllegalArgumentException under the rules of {@link #lift}
   */
  public static List<CalibrationRow> calibration(double[] scores, boolean[] good, PointsScaling scaling, int groups) {
    Objects.requireNonNull(scaling, "scaling");
    int[] group = groups(scores, good, groups);
    countGood(good);
    int[] cases = new int[groups];
    int[] events = new int[groups];
    double[] predicted = new double[groups];
    for (int i = 0; i < group.length; i++) {
      cases[group[i]]++;
      events[group[i]] += good[i] ? 0 : 1;
      predicted[group[i]] += scaling.eventProbability(scores[i]);
    }
    List<CalibrationRow> rows = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      double mean = cases[g] == 0 ? 0 : Math.min(1, predicted[g] / cases[g]);
      rows.add(new CalibrationRow(g + 1, cases[g], mean, cases[g] == 0 ? 0 : (double) events[g] / cases[g]));
    }
    return rows;
  }

  /** The group (0-based) of each case: {@code floor(groups * p / n)}, {@code p} the cases scoring strictly lower. */
  private static int[] groups(double[] scores, boolean[] good, int groups) {
    if (groups < 2) {
      throw new IllegalArgumentException("groups must be >= 2, but was " + groups);
    }
    int[] order = sortedOrder(scores, good);
    int n = scores.length;
    int[] group = new int[n];
    int i = 0;
    while (i < n) {
      int g = (int) ((long) groups * i / n);
      double s = scores[order[i]];
      while (i < n && scores[order[i]] == s) {
        group[order[i++]] = g;
      }
    }
    return group;
  }

  /** The population stability index with the preset empty-cell adjustment of 0.5. */
  public static double psi(long[] expected, long[] actual) {
    return psi(expected, actual, 0.5);
  }

  /**
   * The population stability index between two distributions over the same bins.
   *
   * @param emptyCellAdjustment added to every count when a bin is empty in either distribution, in
   *     (0, 1]
   * @throws IllegalArgumentException if the lengths differ, a count is negative, a distribution is
   *     empty, or the adjustment is out of range
   */
  public static double psi(long[] expected, long[] actual, double emptyCellAdjustment) {
    if (!(emptyCellAdjustment > 0 && emptyCellAdjustment <= 1)) {
      throw new IllegalArgumentException("emptyCellAdjustment must be in (0, 1], but was " + emptyCellAdjustment);
    }
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
    double add = empty ? emptyCellAdjustment : 0;
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
    return IntStream.range(0, scores.length).boxed()
        .sorted((x, y) -> Double.compare(scores[x], scores[y])).mapToInt(Integer::intValue).toArray();
  }
}
