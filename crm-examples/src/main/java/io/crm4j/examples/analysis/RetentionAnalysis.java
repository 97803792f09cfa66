package io.crm4j.examples.analysis;

import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.HoldoutSummary;
import io.crm4j.scoring.credit.Sample;
import io.crm4j.scoring.credit.ScoreValidation;
import io.crm4j.scoring.credit.ScorecardConfig;
import io.crm4j.scoring.credit.ScorecardFit;
import io.crm4j.scoring.credit.ScorecardTrainer;
import io.crm4j.scoring.credit.ScorecardValidation;
import io.crm4j.scoring.retention.ChurnFeatures;
import io.crm4j.scoring.retention.CohortSurvival;
import io.crm4j.scoring.retention.SbgModel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The retention parts of the analysis: the survival of the log's first monthly cohort against the
 * sBG model fitted to it, and the churn scorecard trained on the calibration/holdout split.
 */
final class RetentionAnalysis {

  /** Months the sBG curve runs past the as-of month. */
  static final int PROJECTION_MONTHS = 12;
  /** Customers the churn scorecard is trained on, at most (a systematic sample of larger cohorts). */
  static final int SCORECARD_CUSTOMERS = 50_000;

  private RetentionAnalysis() {}

  /**
   * The first monthly cohort (as {@code CohortRetention} counts cohorts: the calendar month of the
   * first purchase) and its survivors: a customer survives month {@code k} when she buys in month
   * {@code k} of the cohort or later, up to the as-of date. sBG is fitted to months 0 to the
   * calibration end's month (to the as-of month without a holdout) and projected
   * {@value #PROJECTION_MONTHS} months past the as-of month. Null when the cohort is observed for
   * fewer than 2 fitted months or the survivors admit no sBG fit (nobody lost, or everybody lost in
   * month 1).
   *
   * @param firstDay each customer's first purchase day (epoch day)
   * @param lastDay each customer's last purchase day up to the as-of date (epoch day)
   */
  static AnalysisResult.@Nullable RetentionCurve curve(int[] firstDay, int[] lastDay,
      @Nullable LocalDate calibrationEnd, LocalDate end) {
    if (firstDay.length == 0) {
      return null;
    }
    long cohortMonth = Long.MAX_VALUE;
    for (int d : firstDay) {
      cohortMonth = Math.min(cohortMonth, month(LocalDate.ofEpochDay(d)));
    }
    int observed = (int) (month(end) - cohortMonth);
    int fitted = calibrationEnd == null ? observed : (int) (month(calibrationEnd) - cohortMonth);
    if (fitted < 2) {
      return null;
    }
    // customers by the month of their last purchase, then summed from the last month down
    double[] survivors = new double[observed + 1];
    for (int i = 0; i < firstDay.length; i++) {
      if (month(LocalDate.ofEpochDay(firstDay[i])) == cohortMonth) {
        survivors[(int) (month(LocalDate.ofEpochDay(lastDay[i])) - cohortMonth)]++;
      }
    }
    for (int k = observed - 1; k >= 0; k--) {
      survivors[k] += survivors[k + 1];
    }
    FitResult<SbgModel> fit;
    try {
      fit = SbgModel.fit(CohortSurvival.of(Arrays.copyOf(survivors, fitted + 1)));
    } catch (IllegalArgumentException noEstimate) {
      // nobody lost, or everybody lost in the first month: sBG has no finite estimate
      return null;
    }
    double[] actual = new double[observed + 1];
    for (int k = 0; k <= observed; k++) {
      actual[k] = survivors[k] / survivors[0];
    }
    double[] sbg = new double[observed + PROJECTION_MONTHS + 1];
    for (int k = 0; k < sbg.length; k++) {
      sbg[k] = fit.model().survival(k);
    }
    YearMonth start = YearMonth.of((int) (cohortMonth / 12), (int) (cohortMonth % 12) + 1);
    return new AnalysisResult.RetentionCurve(start.atDay(1), (int) survivors[0], fitted, actual, sbg,
        fit.model().alpha(), fit.model().beta(), fit.converged());
  }

  private static long month(LocalDate day) {
    return day.getYear() * 12L + day.getMonthValue() - 1;
  }

  /**
   * The churn scorecard on the calibration features (recency, frequency, spend, tenure) and the
   * holdout outcome (no purchase in the holdout period), checked on the customers it was trained on:
   * KS, AUC, lift and gains and calibration by decile. Null when nobody or everybody churned, no
   * feature carries information (IV below the preset 0.02), or the WoE columns are collinear.
   */
  static AnalysisResult.@Nullable ChurnScorecard scorecard(HoldoutSummary split) {
    Sample sample = ChurnFeatures.training(split, SCORECARD_CUSTOMERS);
    int churned = 0;
    for (String v : sample.column(ChurnFeatures.CHURNED)) {
      churned += "1".equals(v) ? 1 : 0;
    }
    if (churned == 0 || churned == sample.size()) {
      return null;
    }
    ScorecardFit fit;
    try {
      fit = ScorecardTrainer.train(sample, ChurnFeatures.OUTCOME, ScorecardConfig.ofDefaults());
    } catch (IllegalArgumentException | IllegalStateException unfit) {
      // no feature reaches the least IV, or the regression has no unique fit: a log too small to say
      return null;
    }
    ScorecardValidation v = ScoreValidation.validate(fit.scorecard(), sample, ChurnFeatures.OUTCOME);
    return new AnalysisResult.ChurnScorecard(sample.size(), churned / (double) sample.size(),
        fit.scorecard().variableNames(), v.summary(), v.lift(), v.calibration());
  }
}
