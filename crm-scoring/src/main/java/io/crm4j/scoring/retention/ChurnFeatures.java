package io.crm4j.scoring.retention;

import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.credit.BinaryTarget;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The supervised churn scorecard's entry point for a transaction log: the customer features of a
 * calibration period and the churn outcome of the holdout period after it, as a {@link Sample} for
 * {@link ScorecardTrainer} (the credit scorecard's WoE/IV binning and logistic fit, trained on the
 * event "churned" instead of "bad").
 *
 * <p>Columns, in the summary's time unit:
 * <ul>
 *   <li>{@value #RECENCY}: time since the last purchase at the end of calibration, {@code T - t_x};
 *   <li>{@value #FREQUENCY}: repeat purchases in calibration, {@code x};
 *   <li>{@value #SPEND}: mean value of the repeat purchases (0 without repeat purchases);
 *   <li>{@value #TENURE}: time since the first purchase, {@code T};
 *   <li>{@value #CHURNED} (training only): "1" when the customer made no purchase in the holdout
 *       period, else "0"; {@link #OUTCOME} names it as the event.
 * </ul>
 * Other features (complaints, satisfaction, lifecycle phase) are further columns of a sample the
 * caller builds: categorical columns are binned by category, and blank cells are missing values.
 * Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ChurnFeatures {

  public static final String RECENCY = "recency";
  public static final String FREQUENCY = "frequency";
  public static final String SPEND = "spend";
  public static final String TENURE = "tenure";
  public static final String CHURNED = "churned";
  /** The churn outcome: the event is {@value #CHURNED} = "1". */
  public static final BinaryTarget OUTCOME = BinaryTarget.event(CHURNED, "1");

  private static final List<String> FEATURES = List.of(RECENCY, FREQUENCY, SPEND, TENURE);

  private ChurnFeatures() {}

  /** The features of each customer of a summary, without an outcome: for scoring customers now. */
  public static Sample features(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<List<String>> rows = new ArrayList<>(summary.size());
    for (int i = 0; i < summary.size(); i++) {
      rows.add(row(summary, i));
    }
    return Sample.of(FEATURES, rows);
  }

  /** The calibration features and the holdout outcome of each customer of a calibration/holdout split. */
  public static Sample training(HoldoutSummary split) {
    Objects.requireNonNull(split, "split");
    return training(split, Math.max(1, split.calibration().size()));
  }

  /**
   * The calibration features and the holdout outcome of at most {@code maxCustomers} customers of a
   * split: every customer when there are no more, else a systematic sample of every k-th customer
   * from the first, {@code k = ceil(n / maxCustomers)}. A sample of text columns takes some 250
   * bytes a customer; this bounds it for large logs.
   *
   * @throws IllegalArgumentException if {@code maxCustomers < 1}
   */
  public static Sample training(HoldoutSummary split, int maxCustomers) {
    Objects.requireNonNull(split, "split");
    if (maxCustomers < 1) {
      throw new IllegalArgumentException("maxCustomers must be >= 1, but was " + maxCustomers);
    }
    ClvSummary calibration = split.calibration();
    int n = calibration.size();
    int step = (int) ((n + (long) maxCustomers - 1) / maxCustomers);
    List<String> columns = new ArrayList<>(FEATURES);
    columns.add(CHURNED);
    List<List<String>> rows = new ArrayList<>(Math.min(n, maxCustomers));
    for (int i = 0; i < n; i += Math.max(1, step)) {
      List<String> row = row(calibration, i);
      row.add(split.holdoutFrequency(i) == 0 ? "1" : "0");
      rows.add(row);
    }
    return Sample.of(columns, rows);
  }

  /**
   * Trains the churn scorecard on a calibration/holdout split: {@code ScorecardTrainer.train(
   * training(split), OUTCOME, config)}. A higher score means lower churn odds; the scaling turns a
   * score into a churn probability ({@code PointsScaling.eventProbability}).
   *
   * @throws IllegalArgumentException if every customer churned or none did, or no feature reaches
   *     the configured least information value
   */
  public static ScorecardFit train(HoldoutSummary split, ScorecardConfig config) {
    Objects.requireNonNull(config, "config");
    return ScorecardTrainer.train(training(split), OUTCOME, config);
  }

  private static List<String> row(ClvSummary s, int i) {
    List<String> row = new ArrayList<>(FEATURES.size() + 1);
    row.add(Double.toString(s.age(i) - s.recency(i)));
    row.add(Integer.toString(s.frequency(i)));
    row.add(Double.toString(s.monetaryValue(i)));
    row.add(Double.toString(s.age(i)));
    return row;
  }
}
