package io.crm4j.scoring.credit;

import io.crm4j.scoring.credit.internal.LogisticRegression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds a points scorecard for any binary outcome from a sample: the {@link BinaryTarget} names the
 * target column and the label of the event of interest (a bad debt, a lost customer) or of the
 * non-event. Credit samples that name their good cases use {@link #train(Sample, String, String,
 * ScorecardConfig)}; the retention scorecard ({@code io.crm4j.scoring.retention.ChurnFeatures})
 * trains on "churned" the same way. Below, "bad" is the event and "good" the non-event.
 *
 * <ol>
 *   <li>each candidate variable is binned ({@link VariableBinning#of}: blank values are missing and
 *       get their own bin; numeric when every other value is a number, categorical otherwise) and
 *       kept when its binned IV reaches {@code minIv};
 *   <li>a logistic regression of "bad" on the WoE of the kept variables gives an intercept
 *       {@code b0} and coefficients {@code b_j};
 *   <li>with the scaling's factor and offset, the base points are {@code offset - factor * b0} and a
 *       bin with weight of evidence {@code w} in variable {@code j} gives {@code -factor * b_j * w}
 *       points, so the score is {@code offset + factor * ln(good:bad odds)}.
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScorecardTrainer {

  private ScorecardTrainer() {}

  /**
   * Trains a credit scorecard on a sample that names its good cases: the same as
   * {@code train(sample, BinaryTarget.nonEvent(target, goodValue), config)}.
   *
   * @param sample the training sample
   * @param target the column that says good or bad
   * @param goodValue the target value of a good case; any other value is bad
   * @param config binning, scaling and variable selection
   * @throws IllegalArgumentException if the target or a candidate is not a column, the sample lacks
   *     goods or bads, or no variable reaches {@code minIv}
   * @throws IllegalStateException if the regression cannot be fitted (collinear WoE columns)
   */
  public static ScorecardFit train(Sample sample, String target, String goodValue, ScorecardConfig config) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(goodValue, "goodValue");
    return train(sample, BinaryTarget.nonEvent(target, goodValue), config);
  }

  /**
   * Trains a scorecard of a binary outcome: a higher score means lower odds of the event.
   *
   * @param sample the training sample
   * @param outcome the target column and the label of the event or of the non-event
   * @param config binning, scaling and variable selection
   * @throws IllegalArgumentException if the target or a candidate is not a column, the sample lacks
   *     events or non-events, or no variable reaches {@code minIv}
   * @throws IllegalStateException if the regression cannot be fitted (collinear WoE columns)
   */
  public static ScorecardFit train(Sample sample, BinaryTarget outcome, ScorecardConfig config) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(config, "config");
    String target = outcome.column();
    if (!sample.hasColumn(target)) {
      throw new IllegalArgumentException("target must be one of " + sample.columns() + ", but was '" + target + "'");
    }
    boolean[] good = outcome.nonEvents(sample);
    List<String> names = config.variables().isEmpty()
        ? sample.columns().stream().filter(c -> !c.equals(target)).toList()
        : config.variables();
    Map<String, String[]> columns = new HashMap<>();
    List<VariableBinning> candidates = new ArrayList<>();
    List<VariableBinning> kept = new ArrayList<>();
    for (String name : names) {
      if (name.equals(target)) {
        throw new IllegalArgumentException("variables must not include the target '" + target + "'");
      }
      String[] values = sample.column(name);
      VariableBinning binning = VariableBinning.of(name, values, good, config.binning());
      columns.put(name, values);
      candidates.add(binning);
      if (binning.iv() >= config.minIv()) {
        kept.add(binning);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("at least one variable must reach minIv " + config.minIv()
          + ", but none of " + names + " did");
    }
    int n = sample.size();
    int k = kept.size();
    int[][] bins = new int[n][k];
    double[][] woe = new double[n][k];
    for (int j = 0; j < k; j++) {
      VariableBinning b = kept.get(j);
      List<WoeBin> table = b.woe().bins();
      String[] values = columns.get(b.variable());
      for (int i = 0; i < n; i++) {
        bins[i][j] = b.binOfText(values[i]);
        woe[i][j] = table.get(bins[i][j]).woe();
      }
    }
    boolean[] bad = new boolean[n];
    for (int i = 0; i < n; i++) {
      bad[i] = !good[i];
    }
    double[] beta = LogisticRegression.fit(woe, bad);
    PointsScaling scaling = config.scaling();
    double factor = scaling.factor();
    List<ScorecardVariable> variables = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      variables.add(variable(kept.get(j), beta[j + 1], factor));
    }
    Scorecard scorecard = Scorecard.of(scaling, scaling.offset() - factor * beta[0], variables);
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double s = scorecard.basePoints();
      for (int j = 0; j < k; j++) {
        s += variables.get(j).bins().get(bins[i][j]).points();
      }
      scores[i] = s;
    }
    return new ScorecardFit(scorecard, candidates, beta[0], ScoreValidation.report(scores, good));
  }

  private static ScorecardVariable variable(VariableBinning b, double coefficient, double factor) {
    List<ScorecardBin> bins = new ArrayList<>();
    List<WoeBin> table = b.woe().bins();
    for (int i = 0; i < table.size(); i++) {
      WoeBin w = table.get(i);
      boolean missing = i == b.missingBin();
      java.util.Optional<String> special = b.specialValue(i);
      List<String> categories = special.map(List::of).orElse(
          b.kind() == VariableKind.CATEGORICAL && !missing ? b.groups().get(i) : List.of());
      bins.add(new ScorecardBin(w.label(), categories, w.woe(), -factor * coefficient * w.woe(), missing,
          special.isPresent()));
    }
    List<Double> cuts = new ArrayList<>();
    for (double c : b.cuts()) {
      cuts.add(c);
    }
    return new ScorecardVariable(b.variable(), b.kind(), coefficient, cuts, bins, b.specialValues());
  }
}
