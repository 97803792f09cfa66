package io.crm4j.scoring.credit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Weight of evidence and information value.
 *
 * <p>For a group with {@code g} of the {@code G} goods and {@code b} of the {@code B} bads:
 * {@code %good = g / G}, {@code %bad = b / B}, {@code WoE = ln(%good / %bad)} and the group's
 * part of the information value is {@code (%good - %bad) * WoE}; the variable's IV is the sum over
 * its groups. Every part is at least 0, so IV is at least 0.
 *
 * <p><b>Empty cells.</b> When a group has no goods or no bads its WoE would be infinite. If any
 * group of a variable is empty in this sense, the {@code emptyCellAdjustment} (for example 0.5) is
 * added to the goods and to the bads of <em>every</em> group of that variable, and the totals
 * {@code G} and {@code B} become the adjusted sums. Variables without empty cells are computed from
 * the raw counts. With an adjustment of 0, an empty cell is an error.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InformationValue {

  private InformationValue() {}

  /**
   * The WoE table with each distinct value as its own group, groups in order of first appearance.
   *
   * @param variable the variable's name
   * @param values the value of each case
   * @param good whether each case is good
   * @param emptyCellAdjustment the count added to every cell when a group lacks goods or bads, in
   *     [0, 1]
   */
  public static VariableWoe ofDistinctValues(String variable, String[] values, boolean[] good,
      double emptyCellAdjustment) {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(good, "good");
    if (values.length != good.length) {
      throw new IllegalArgumentException("values and good must have the same length, but had "
          + values.length + " and " + good.length);
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      long[] c = counts.computeIfAbsent(Objects.requireNonNull(values[i], "values[" + i + "]"), k -> new long[2]);
      c[good[i] ? 0 : 1]++;
    }
    List<String> labels = new ArrayList<>(counts.keySet());
    long[] goods = new long[labels.size()];
    long[] bads = new long[labels.size()];
    int k = 0;
    for (long[] c : counts.values()) {
      goods[k] = c[0];
      bads[k] = c[1];
      k++;
    }
    return of(variable, labels, goods, bads, emptyCellAdjustment);
  }

  /**
   * The WoE table of groups given by their counts.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, there are no
   *     goods or no bads at all, or a group is empty and {@code emptyCellAdjustment} is 0
   */
  public static VariableWoe of(String variable, List<String> labels, long[] goods, long[] bads,
      double emptyCellAdjustment) {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(goods, "goods");
    Objects.requireNonNull(bads, "bads");
    checkAdjustment(emptyCellAdjustment);
    if (labels.size() != goods.length || goods.length != bads.length || labels.isEmpty()) {
      throw new IllegalArgumentException("labels, goods and bads must have the same non-zero length, but had "
          + labels.size() + ", " + goods.length + " and " + bads.length);
    }
    double[] woe = new double[goods.length];
    double[] iv = new double[goods.length];
    double total = compute(goods, bads, emptyCellAdjustment, woe, iv, variable);
    List<WoeBin> bins = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      bins.add(new WoeBin(labels.get(i), goods[i], bads[i], woe[i], iv[i]));
    }
    return new VariableWoe(variable, bins, total);
  }

  /**
   * Fills {@code woe} and {@code iv} for the groups and returns the total information value. Shared
   * by the binning code; see the class comment for the rules.
   */
  static double compute(long[] goods, long[] bads, double adjustment, double[] woe, double[] iv, String variable) {
    double totalGood = 0;
    double totalBad = 0;
    boolean empty = false;
    for (int i = 0; i < goods.length; i++) {
      if (goods[i] < 0 || bads[i] < 0) {
        throw new IllegalArgumentException("counts must be >= 0, but group " + i + " of '" + variable
            + "' had " + goods[i] + " goods and " + bads[i] + " bads");
      }
      totalGood += goods[i];
      totalBad += bads[i];
      empty |= goods[i] == 0 || bads[i] == 0;
    }
    if (totalGood == 0 || totalBad == 0) {
      throw new IllegalArgumentException("the sample must hold goods and bads, but '" + variable
          + "' had " + (long) totalGood + " goods and " + (long) totalBad + " bads");
    }
    double add = 0;
    if (empty) {
      if (adjustment == 0) {
        throw new IllegalArgumentException("emptyCellAdjustment must be > 0 when a group of '" + variable
            + "' has no goods or no bads, but was 0");
      }
      add = adjustment;
      totalGood += add * goods.length;
      totalBad += add * goods.length;
    }
    double sum = 0;
    for (int i = 0; i < goods.length; i++) {
      double pg = (goods[i] + add) / totalGood;
      double pb = (bads[i] + add) / totalBad;
      woe[i] = Math.log(pg / pb);
      iv[i] = (pg - pb) * woe[i];
      sum += iv[i];
    }
    return sum;
  }

  static void checkAdjustment(double emptyCellAdjustment) {
    if (!(emptyCellAdjustment >= 0 && emptyCellAdjustment <= 1)) {
      throw new IllegalArgumentException("emptyCellAdjustment must be in [0, 1], but was " + emptyCellAdjustment);
    }
  }
}
