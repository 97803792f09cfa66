package io.crm4j.scoring.credit;

import io.crm4j.scoring.credit.internal.AdjacentMerge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The bins of one variable and their weight of evidence.
 *
 * <p><b>Numeric variables</b> start from equal-frequency pre-bins: the cut points are the sample
 * quantiles at {@code k / preBins} ({@code k = 1 .. preBins-1}), duplicates removed, so a variable
 * with few distinct values gets one pre-bin per value. Bins are left-closed ranges
 * {@code [lower, upper)}; the first is open below and the last open above.
 *
 * <p><b>Categorical variables</b> start with one pre-bin per distinct value, ordered by bad rate
 * (ties by value).
 *
 * <p>The ordered pre-bins are then merged by the rule documented in {@code AdjacentMerge}: first
 * bins without goods or bads or with fewer than {@code minBinShare} of the cases are merged into
 * the neighbour with the smaller chi-square statistic; then the most similar adjacent pair (smallest
 * chi-square) is merged until at most {@code maxBins} remain; then, if {@code monotonic} is set,
 * pairs that break the bad-rate trend are merged. WoE and IV follow {@link InformationValue}.
 *
 * <p><b>Missing values.</b> A blank value (empty or only white space) is missing. {@link #of}
 * decides the kind from the values that are not missing, so a blank cell does not turn a numeric
 * column categorical. The missing cases of a variable form their own bin, labelled
 * {@value #MISSING_LABEL} and placed after the regular bins: it is never merged, does not count
 * towards {@code maxBins} and is exempt from {@code minBinShare}, and its WoE and IV part are computed
 * with the other bins by {@link InformationValue}. A missing bin without goods or without bads is
 * therefore smoothed by the same {@code emptyCellAdjustment} as any other empty cell (which then
 * applies to every bin of that variable). A variable without missing training cases has no missing
 * bin ({@link #missingBin()} is -1).
 *
 * <p><b>Special values.</b> Each special value the {@link BinningConfig} gives for the variable
 * (such as -1 or 9999) that occurs in the training values forms a bin of its own, labelled
 * {@value #SPECIAL_LABEL} followed by the value, placed after the regular bins and before the missing
 * bin, in the configured order. Like the missing bin it is never merged, does not count towards
 * {@code maxBins}, is exempt from {@code minBinShare}, and is shown in the WoE table and scored like
 * any bin. Special values take no part in deciding the kind or the cut points. A configured special
 * value without training cases has no bin: {@link #binOf(double)} and {@link #binOf(String)} give -1
 * for it, so a scorecard scores it 0 points, as it does a missing value without a missing bin.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VariableBinning {

  /** The label of the bin of missing (blank) values. */
  public static final String MISSING_LABEL = "(missing)";

  /** The start of the label of a special value's bin, followed by the value, e.g. {@code (special) -1}. */
  public static final String SPECIAL_LABEL = "(special) ";

  private final String variable;
  private final VariableKind kind;
  private final double[] cuts;
  private final List<List<String>> groups;
  private final Map<String, Integer> groupOf;
  private final VariableWoe woe;
  private final int missingBin;
  private final List<String> specialValues;
  /** The bin of each special value, -1 for one without training cases. */
  private final int[] specialBins;

  private VariableBinning(String variable, VariableKind kind, double[] cuts, List<List<String>> groups, VariableWoe woe,
      int missingBin, List<String> specialValues, int[] specialBins) {
    this.specialValues = specialValues;
    this.specialBins = specialBins;
    this.variable = variable;
    this.kind = kind;
    this.cuts = cuts;
    this.groups = groups;
    this.woe = woe;
    this.missingBin = missingBin;
    this.groupOf = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String v : groups.get(g)) {
        groupOf.put(v, g);
      }
    }
  }

  /**
   * Bins a column of text values: blank values are missing and go to their own bin (see the class
   * comment); the variable is numeric when every other value parses as a finite decimal number and
   * there is at least one, categorical otherwise.
   *
   * @throws IllegalArgumentException if the lengths differ or the sample lacks goods or bads
   */
  public static VariableBinning of(String variable, String[] values, boolean[] good, BinningConfig config) {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(config, "config");
    checkLengths(values.length, good.length);
    double[] numbers = new double[values.length];
    boolean[] numberGood = new boolean[values.length];
    long[] missing = new long[2];
    List<String> specials = config.specialValues(variable);
    long[][] special = new long[specials.size()][2];
    int present = 0;
    for (int i = 0; i < values.length; i++) {
      String v = Objects.requireNonNull(values[i], "values[" + i + "]");
      if (isMissing(v)) {
        missing[good[i] ? 0 : 1]++;
        continue;
      }
      int k = specialIndex(specials, v);
      if (k >= 0) {
        special[k][good[i] ? 0 : 1]++;
        continue;
      }
      double d = Sample.parseOrNaN(v);
      if (Double.isNaN(d)) {
        return categorical(variable, values, good, config);
      }
      numbers[present] = d;
      numberGood[present++] = good[i];
    }
    if (present == 0) {
      return categorical(variable, values, good, config);
    }
    return ranges(variable, Arrays.copyOf(numbers, present), Arrays.copyOf(numberGood, present), missing, special,
        values.length, config);
  }

  /**
   * Bins a numeric variable without missing values; the config's special values of the variable
   * get bins of their own.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite, the lengths differ, or the
   *     sample lacks goods or bads
   */
  public static VariableBinning numeric(String variable, double[] values, boolean[] good, BinningConfig config) {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(config, "config");
    checkLengths(values.length, good.length);
    List<String> specials = config.specialValues(variable);
    long[][] special = new long[specials.size()][2];
    double[] regular = new double[values.length];
    boolean[] regularGood = new boolean[values.length];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("values must be finite, but values[" + i + "] of '" + variable
            + "' was " + values[i]);
      }
      int k = specialIndex(specials, values[i]);
      if (k >= 0) {
        special[k][good[i] ? 0 : 1]++;
      } else {
        regular[n] = values[i];
        regularGood[n++] = good[i];
      }
    }
    return ranges(variable, Arrays.copyOf(regular, n), Arrays.copyOf(regularGood, n), new long[2], special,
        values.length, config);
  }

  /**
   * Bins the regular values of a numeric variable; {@code missing} holds the goods and bads without a
   * value, {@code special} those of each special value.
   */
  private static VariableBinning ranges(String variable, double[] values, boolean[] good, long[] missing,
      long[][] special, int cases, BinningConfig config) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values of '" + variable + "' must hold at least one regular value (neither "
          + "missing nor special), but held none");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] preCuts = preCuts(sorted, config.preBins());
    long[] goods = new long[preCuts.length + 1];
    long[] bads = new long[preCuts.length + 1];
    for (int i = 0; i < values.length; i++) {
      int bin = binOf(preCuts, values[i]);
      if (good[i]) {
        goods[bin]++;
      } else {
        bads[bin]++;
      }
    }
    int[] starts = AdjacentMerge.merge(goods, bads, config.maxBins(), minCount(config, cases), config.monotonic());
    double[] cuts = new double[starts.length - 1];
    for (int k = 1; k < starts.length; k++) {
      cuts[k - 1] = preCuts[starts[k] - 1];
    }
    List<String> labels = new ArrayList<>();
    for (int k = 0; k <= cuts.length; k++) {
      labels.add(rangeLabel(cuts, k));
    }
    return finish(variable, VariableKind.NUMERIC, cuts, List.of(), labels, sum(goods, bads, starts), missing, special,
        config);
  }

  /**
   * Appends a bin per special value with training cases, then the missing bin (when there are missing
   * cases), and computes the WoE table.
   */
  private static VariableBinning finish(String variable, VariableKind kind, double[] cuts, List<List<String>> groups,
      List<String> labels, long[][] counts, long[] missing, long[][] special, BinningConfig config) {
    List<String> specials = config.specialValues(variable);
    List<String> allLabels = new ArrayList<>(labels);
    List<long[]> cells = new ArrayList<>();
    for (int k = 0; k < labels.size(); k++) {
      cells.add(new long[] {counts[0][k], counts[1][k]});
    }
    int[] specialBins = new int[specials.size()];
    for (int k = 0; k < specials.size(); k++) {
      boolean seen = special[k][0] + special[k][1] > 0;
      specialBins[k] = seen ? cells.size() : -1;
      if (seen) {
        allLabels.add(SPECIAL_LABEL + specials.get(k));
        cells.add(special[k]);
      }
    }
    boolean hasMissing = missing[0] + missing[1] > 0;
    int missingBin = hasMissing ? cells.size() : -1;
    if (hasMissing) {
      allLabels.add(MISSING_LABEL);
      cells.add(missing);
    }
    long[] goods = new long[cells.size()];
    long[] bads = new long[cells.size()];
    for (int k = 0; k < goods.length; k++) {
      goods[k] = cells.get(k)[0];
      bads[k] = cells.get(k)[1];
    }
    VariableWoe woe = InformationValue.of(variable, allLabels, goods, bads, config.emptyCellAdjustment());
    return new VariableBinning(variable, kind, cuts, groups, woe, missingBin, specials, specialBins);
  }

  /**
   * The index in {@code specials} of the special value {@code value} matches, or -1: equal texts after
   * trimming, or numbers of equal value (a {@link Number} or numeric text).
   */
  static int specialIndex(List<String> specials, Object value) {
    if (specials.isEmpty()) {
      return -1;
    }
    String text = value instanceof Number ? null : value.toString().trim();
    double number = value instanceof Number n ? n.doubleValue() : Sample.parseOrNaN(text);
    for (int k = 0; k < specials.size(); k++) {
      String s = specials.get(k);
      if (s.equals(text) || !Double.isNaN(number) && Sample.parseOrNaN(s) == number) {
        return k;
      }
    }
    return -1;
  }

  /** Returns true if a text value counts as missing: empty or only white space. */
  static boolean isMissing(String value) {
    return value.isBlank();
  }

  /**
   * Bins a categorical variable; blank values are missing and go to their own bin (see the class
   * comment).
   *
   * @throws IllegalArgumentException if the lengths differ or the sample lacks goods or bads
   */
  public static VariableBinning categorical(String variable, String[] values, boolean[] good, BinningConfig config) {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(config, "config");
    checkLengths(values.length, good.length);
    Map<String, long[]> counts = new LinkedHashMap<>();
    long[] missing = new long[2];
    List<String> specials = config.specialValues(variable);
    long[][] special = new long[specials.size()][2];
    for (int i = 0; i < values.length; i++) {
      String v = Objects.requireNonNull(values[i], "values[" + i + "]");
      int s = isMissing(v) ? -1 : specialIndex(specials, v);
      long[] cell = isMissing(v) ? missing : s >= 0 ? special[s] : counts.computeIfAbsent(v, k -> new long[2]);
      cell[good[i] ? 0 : 1]++;
    }
    List<Map.Entry<String, long[]>> ordered = new ArrayList<>(counts.entrySet());
    ordered.sort(Comparator.<Map.Entry<String, long[]>>comparingDouble(
        e -> (double) e.getValue()[1] / (e.getValue()[0] + e.getValue()[1])).thenComparing(Map.Entry::getKey));
    long[] goods = new long[ordered.size()];
    long[] bads = new long[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      goods[i] = ordered.get(i).getValue()[0];
      bads[i] = ordered.get(i).getValue()[1];
    }
    int[] starts = ordered.isEmpty() ? new int[0]
        : AdjacentMerge.merge(goods, bads, config.maxBins(), minCount(config, values.length), false);
    List<List<String>> groups = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : ordered.size();
      List<String> group = new ArrayList<>();
      for (int i = starts[k]; i < end; i++) {
        group.add(ordered.get(i).getKey());
      }
      Collections.sort(group);
      groups.add(List.copyOf(group));
      labels.add(String.join(" | ", group));
    }
    return finish(variable, VariableKind.CATEGORICAL, new double[0], List.copyOf(groups), labels,
        sum(goods, bads, starts), missing, special, config);
  }

  private static long minCount(BinningConfig config, int n) {
    return (long) Math.ceil(config.minBinShare() * n);
  }

  private static void checkLengths(int values, int good) {
    if (values != good) {
      throw new IllegalArgumentException("values and good must have the same length, but had " + values
          + " and " + good);
    }
    if (values == 0) {
      throw new IllegalArgumentException("values must not be empty, but had length 0");
    }
  }

  private static double[] preCuts(double[] sorted, int preBins) {
    List<Double> cuts = new ArrayList<>();
    int n = sorted.length;
    for (int k = 1; k < preBins; k++) {
      double q = sorted[(int) ((long) k * n / preBins)];
      if (q > sorted[0] && (cuts.isEmpty() || q > cuts.get(cuts.size() - 1))) {
        cuts.add(q);
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static long[][] sum(long[] goods, long[] bads, int[] starts) {
    long[][] out = new long[2][starts.length];
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : goods.length;
      for (int i = starts[k]; i < end; i++) {
        out[0][k] += goods[i];
        out[1][k] += bads[i];
      }
    }
    return out;
  }

  static int binOf(double[] cuts, double value) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (value >= cuts[mid]) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static String rangeLabel(double[] cuts, int k) {
    String lower = k == 0 ? "-inf" : number(cuts[k - 1]);
    String upper = k == cuts.length ? "inf" : number(cuts[k]);
    return "[" + lower + ", " + upper + ")";
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The variable's name. */
  public String variable() {
    return variable;
  }

  /** Whether the bins are ranges or category groups. */
  public VariableKind kind() {
    return kind;
  }

  /** The cut points of a numeric variable in ascending order (empty for categorical ones). */
  public double[] cuts() {
    return cuts.clone();
  }

  /** The category groups of a categorical variable, in bin order (empty for numeric ones). */
  public List<List<String>> groups() {
    return groups;
  }

  /**
   * The index of the bin of missing values in {@link #woe()}'s bins (always the last), or -1 if the
   * training values had none.
   */
  public int missingBin() {
    return missingBin;
  }

  /** The configured special values of the variable, in order, with or without training cases. */
  public List<String> specialValues() {
    return specialValues;
  }

  /**
   * The special value whose bin is {@code bin}, or empty when {@code bin} is a regular or the missing bin.
   */
  public java.util.Optional<String> specialValue(int bin) {
    for (int k = 0; k < specialBins.length; k++) {
      if (specialBins[k] == bin) {
        return java.util.Optional.of(specialValues.get(k));
      }
    }
    return java.util.Optional.empty();
  }

  /** The WoE table of the final bins: regular bins, special-value bins, the missing bin (if any) last. */
  public VariableWoe woe() {
    return woe;
  }

  /** The variable's information value over its final bins. */
  public double iv() {
    return woe.iv();
  }

  /**
   * The index of the bin holding a number: its special value's bin (-1 for a special value without
   * training cases), else its range.
   *
   * @throws IllegalStateException if the variable is categorical
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public int binOf(double value) {
    if (kind != VariableKind.NUMERIC) {
      throw new IllegalStateException("variable '" + variable + "' must be numeric to bin a number, but is " + kind);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of '" + variable + "' must be finite, but was " + value);
    }
    int k = specialIndex(specialValues, value);
    return k >= 0 ? specialBins[k] : binOf(cuts, value);
  }

  /**
   * The index of the bin holding a category, or -1 if the category was not in the training sample.
   * A blank category is missing: it gets the missing bin, or -1 if the training values had none; a
   * special value gets its bin, or -1 if the training values had none.
   *
   * @throws IllegalStateException if the variable is numeric
   */
  public int binOf(String category) {
    Objects.requireNonNull(category, "category");
    if (kind != VariableKind.CATEGORICAL) {
      throw new IllegalStateException("variable '" + variable + "' must be categorical to bin a category, but is " + kind);
    }
    if (isMissing(category)) {
      return missingBin;
    }
    int k = specialIndex(specialValues, category);
    if (k >= 0) {
      return specialBins[k];
    }
    Integer g = groupOf.get(category);
    return g != null ? g : -1;
  }

  /**
   * The bin of a training value given as text, as {@link #of} read it: the missing bin for a blank
   * value, else the bin of the number or the category.
   */
  int binOfText(String value) {
    if (isMissing(value)) {
      return missingBin;
    }
    int k = specialIndex(specialValues, value);
    if (k >= 0) {
      return specialBins[k];
    }
    return kind == VariableKind.NUMERIC ? binOf(Sample.parseOrNaN(value)) : binOf(value);
  }

  @Override
  public String toString() {
    return "VariableBinning[" + variable + ", " + kind + ", bins=" + woe.bins().size() + ", iv=" + woe.iv() + "]";
  }
}
