package io.crm4j.scoring.credit;

import io.crm4j.scoring.credit.internal.CategoryIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A points scorecard: {@code score = basePoints + sum of the points of the applicant's bin in each
 * variable}. Built by {@link ScorecardTrainer} or restored from its parts with {@link #of}.
 *
 * <p>Scoring one applicant is a first-class operation: {@link #score(Map)} takes a record keyed by
 * column name whose values are numbers or text (numeric text is parsed); {@link #explain(Map)}
 * also returns the points of each variable; {@link #rowScorer(List)} binds the variables to column
 * positions once for scoring many rows fast. A category that the scorecard has never seen scores 0
 * points (a WoE of 0, the population average).
 *
 * <p><b>Missing values.</b> A value is missing when it is {@code null} (the key is present with a
 * null value) or blank text. It scores the points of the variable's missing bin; when the training
 * sample had no missing values for the variable there is no such bin and the value scores 0 points,
 * like an unseen category (a WoE of 0, the population average). A record without the variable's key,
 * or a value of a numeric variable that is neither missing nor a finite number (including NaN), is an
 * error.
 *
 * <p><b>Special values</b> ({@link BinningConfig}) score the points of their own bin, or 0 points when
 * the training sample had none of them, as a missing value without a missing bin does.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Scorecard {

  private static final String UNSEEN = "(unseen)";

  private final PointsScaling scaling;
  private final double basePoints;
  private final List<ScorecardVariable> variables;
  private final double[][] cuts;
  private final double[][] points;
  private final CategoryIndex[] categoryBins;
  private final int[] missingBins;
  /** Per variable, its special values and each one's bin (-1 without one). */
  private final List<List<String>> specials;
  private final int[][] specialBins;

  private Scorecard(PointsScaling scaling, double basePoints, List<ScorecardVariable> variables) {
    this.scaling = scaling;
    this.basePoints = basePoints;
    this.variables = variables;
    int n = variables.size();
    this.cuts = new double[n][];
    this.points = new double[n][];
    this.categoryBins = new CategoryIndex[n];
    this.missingBins = new int[n];
    this.specials = variables.stream().map(ScorecardVariable::specialValues).toList();
    this.specialBins = new int[n][];
    for (int v = 0; v < n; v++) {
      ScorecardVariable var = variables.get(v);
      missingBins[v] = var.missingBin();
      specialBins[v] = var.specialValues().stream().mapToInt(var::specialBin).toArray();
      cuts[v] = var.cuts().stream().mapToDouble(Double::doubleValue).toArray();
      points[v] = var.bins().stream().mapToDouble(ScorecardBin::points).toArray();
      if (var.kind() == VariableKind.CATEGORICAL) {
        Map<String, Integer> map = new HashMap<>();
        for (int b = 0; b < var.bins().size(); b++) {
          for (String c : var.bins().get(b).categories()) {
            map.put(c, b);
          }
        }
        categoryBins[v] = new CategoryIndex(map);
      }
    }
  }

  /**
   * Returns a scorecard from its parts.
   *
   * @throws IllegalArgumentException if {@code basePoints} is not finite, there are no variables, two
   *     variables share a name, or the points could add up beyond a double
   */
  public static Scorecard of(PointsScaling scaling, double basePoints, List<ScorecardVariable> variables) {
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(variables, "variables");
    if (!Double.isFinite(basePoints)) {
      throw new IllegalArgumentException("basePoints must be finite, but was " + basePoints);
    }
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("variables must not be empty");
    }
    List<String> names = new ArrayList<>();
    for (ScorecardVariable v : variables) {
      if (names.contains(v.name())) {
        throw new IllegalArgumentException("variables must have unique names, but '" + v.name() + "' repeats");
      }
      names.add(v.name());
    }
    double largest = Math.abs(basePoints);
    for (ScorecardVariable v : variables) {
      double most = 0;
      for (ScorecardBin b : v.bins()) {
        most = Math.max(most, Math.abs(b.points()));
      }
      largest += most;
    }
    if (!Double.isFinite(largest)) {
      throw new IllegalArgumentException("points must add up to a finite score for every applicant, but base points "
          + basePoints + " and the largest points of the " + variables.size() + " variables overflow a double");
    }
    return new Scorecard(scaling, basePoints, List.copyOf(variables));
  }

  /** The points scaling the scorecard was built with. */
  public PointsScaling scaling() {
    return scaling;
  }

  /** The points every applicant starts with: {@code offset - factor * intercept}. */
  public double basePoints() {
    return basePoints;
  }

  /** The variables in scoring order. */
  public List<ScorecardVariable> variables() {
    return variables;
  }

  /** The names of the variables the scorecard reads. */
  public List<String> variableNames() {
    return variables.stream().map(ScorecardVariable::name).toList();
  }

  /**
   * Scores one applicant.
   *
   * @param record values by column name; extra columns are ignored; a null or blank value is missing
   * @throws IllegalArgumentException if a variable's key is absent or a numeric variable's value is
   *     neither missing nor a finite number
   */
  public double score(Map<String, ?> record) {
    Objects.requireNonNull(record, "record");
    double total = basePoints;
    for (int v = 0; v < variables.size(); v++) {
      int bin = binOf(v, value(record, v));
      total += bin < 0 ? 0 : points[v][bin];
    }
    return total;
  }

  /** Scores one applicant and lists the points of each variable; see {@link #score(Map)}. */
  public ScoreBreakdown explain(Map<String, ?> record) {
    Objects.requireNonNull(record, "record");
    double total = basePoints;
    List<ScoreBreakdown.Part> parts = new ArrayList<>(variables.size());
    for (int v = 0; v < variables.size(); v++) {
      int bin = binOf(v, value(record, v));
      double p = bin < 0 ? 0 : points[v][bin];
      total += p;
      parts.add(new ScoreBreakdown.Part(variables.get(v).name(),
          bin < 0 ? UNSEEN : variables.get(v).bins().get(bin).label(), p));
    }
    return new ScoreBreakdown(total, basePoints, parts);
  }

  /**
   * Binds the variables to positions in rows with the given columns, for scoring many rows.
   *
   * @throws IllegalArgumentException if a scorecard variable is not among the columns
   */
  public RowScorer rowScorer(List<String> columns) {
    Objects.requireNonNull(columns, "columns");
    int[] positions = new int[variables.size()];
    for (int v = 0; v < variables.size(); v++) {
      positions[v] = columns.indexOf(variables.get(v).name());
      if (positions[v] < 0) {
        throw new IllegalArgumentException("columns must contain scorecard variable '" + variables.get(v).name()
            + "', but were " + columns);
      }
    }
    return new RowScorer(this, positions, cuts, points, categoryBins);
  }

  private @Nullable Object value(Map<String, ?> record, int v) {
    String name = variables.get(v).name();
    Object value = record.get(name);
    if (value == null && !record.containsKey(name)) {
      throw new IllegalArgumentException("record must have a value for '" + name + "', but had none");
    }
    return value;
  }

  /**
   * The bin index of a value of variable {@code v}, or -1 for an unseen category, a missing value
   * without a missing bin or a special value without a special bin.
   */
  int binOf(int v, @Nullable Object value) {
    if (value == null || value instanceof CharSequence text && VariableBinning.isMissing(text.toString())) {
      CategoryIndex categories = categoryBins[v];
      int bin = value == null || categories == null ? -1 : categories.get(value.toString());
      return bin >= 0 ? bin : missingBins[v];
    }
    int special = VariableBinning.specialIndex(specials.get(v), value);
    if (special >= 0) {
      return specialBins[v][special];
    }
    CategoryIndex categories = categoryBins[v];
    if (categories == null) {
      double d = number(v, value);
      double[] c = cuts[v];
      int bin = 0;
      while (bin < c.length && d >= c[bin]) {
        bin++;
      }
      return bin;
    }
    return categories.get(value instanceof String s ? s : String.valueOf(value));
  }

  /** Whether variable {@code v} has special values (the row scorer's fast paths then do not apply). */
  boolean hasSpecialValues(int v) {
    return !specials.get(v).isEmpty();
  }

  double pointsOf(int v, @Nullable Object value) {
    int bin = binOf(v, value);
    return bin < 0 ? 0 : points[v][bin];
  }

  private double number(int v, Object value) {
    double d;
    if (value instanceof Number n) {
      d = n.doubleValue();
    } else {
      d = Sample.parseOrNaN(value.toString());
    }
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("value of numeric variable '" + variables.get(v).name()
          + "' must be a finite number, but was '" + value + "'");
    }
    return d;
  }

  @Override
  public String toString() {
    return "Scorecard[basePoints=" + basePoints + ", variables=" + variableNames() + ", " + scaling + "]";
  }
}
