package io.crm4j.examples.analysis;

import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.credit.CalibrationRow;
import io.crm4j.scoring.credit.LiftRow;
import io.crm4j.scoring.credit.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Analysis#run} found in one transaction log. Arrays are owned by the result and not
 * copied; treat them as read-only.
 *
 * @param settings what was asked for, with the defaults filled in
 * @param log the size of the log and its cohort
 * @param bgnbd the BG/NBD fit on the calibration summary (always made: it is the reference model)
 * @param models the purchase models compared, in the order bgnbd, mbgnbd, pareto-nbd, each with its
 *     holdout error when there is a holdout period
 * @param best the name of the purchase model used for CLV and P(alive): the one with the smallest
 *     holdout RMSE, or bgnbd without a holdout period
 * @param gammaGamma the Gamma-Gamma fit on the calibration repeaters with a positive spend, or null
 *     when the log has no amounts or fewer than two such repeaters
 * @param frequencies customers by repeat purchases in the calibration period, actual and as BG/NBD expects
 * @param holdout the calibration-versus-holdout check, or null without a holdout period
 * @param tracking actual and expected repeat purchases over calibration and holdout
 * @param aliveMatrix P(alive) by frequency and recency for the longest observation in the cohort
 * @param customers one row per customer of the cohort
 * @param rfmSegments customers per RFM segment
 * @param abcBasis what ABC classifies: "spend", or "purchases" (their number) for a log without amounts
 * @param abcClasses customers per ABC class of that
 * @param lorenz the ABC (Lorenz) curve of the same: customer share, value share (at most 1,001 points)
 * @param paretoShare the share of the value held by the top 20 % of customers
 * @param pyramid customers per pyramid tier of CLV
 * @param lifecycle customers per lifecycle status under the preset policy at {@code asOf}
 * @param retention the first monthly cohort's survival against the sBG model fitted to it, or null
 *     when it is observed for fewer than 2 months or admits no sBG fit
 * @param churn the churn scorecard of the calibration/holdout split, or null without a holdout period
 *     or when it cannot be trained (nobody or everybody churned, no informative feature)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AnalysisResult(Settings settings, LogFacts log, Fit bgnbd, List<ModelCheck> models, String best,
    @Nullable Fit gammaGamma, Frequencies frequencies, @Nullable Holdout holdout, Tracking tracking,
    AliveMatrix aliveMatrix,
    Customers customers, Map<String, Long> rfmSegments, String abcBasis, Map<String, Long> abcClasses, double[][] lorenz,
    double paretoShare, Map<String, Long> pyramid, Map<String, Long> lifecycle, @Nullable RetentionCurve retention,
    @Nullable ChurnScorecard churn) {

  /** The settings as used: calibration end (null: no holdout), as-of date, time unit, currency, CLV. */
  public record Settings(@Nullable LocalDate calibrationEnd, LocalDate asOf, String unit, String currency,
      int clvMonths, double monthlyDiscountRate) {}

  /**
   * @param rows transactions read
   * @param customers distinct customers in the log
   * @param cohort customers whose first purchase is on or before the calibration end (or as-of)
   * @param firstDay the first purchase day in the log
   * @param lastDay the last purchase day in the log
   */
  public record LogFacts(int rows, int customers, int cohort, LocalDate firstDay, LocalDate lastDay) {}

  /**
   * A model fit: its parameters by name, log-likelihood, standard errors and convergence.
   *
   * @param problem why the fit did not converge (a parameter at a bound, no standard errors, ...), or
   *     null when it converged
   */
  public record Fit(String model, Map<String, Double> parameters, Map<String, Double> standardErrors,
      double logLikelihood, boolean converged, int iterations, @Nullable String problem) {}

  /**
   * A purchase model fitted on the calibration period and checked on the holdout period.
   *
   * @param fit the fit
   * @param holdoutRmse root mean square error of the predicted holdout purchases per customer, or
   *     null without a holdout period
   * @param holdoutMae mean absolute error of the same, or null
   * @param expectedHoldoutPurchases predicted repeat purchases of the cohort in the holdout, or null
   */
  public record ModelCheck(Fit fit, @Nullable Double holdoutRmse, @Nullable Double holdoutMae,
      @Nullable Double expectedHoldoutPurchases) {}

  /**
   * Customers by their number of repeat purchases in the calibration period, 0 to 6 and "7 or more":
   * actual, and as the BG/NBD fit expects them (Fader, Hardie &amp; Lee 2005, Figure 2; lifetimes'
   * {@code plot_period_transactions}).
   */
  public record Frequencies(double[] actual, double[] expected) {}

  /**
   * lifetimes' calibration-versus-holdout check: customers grouped by their calibration frequency
   * (0 to 6), the mean actual and the mean predicted purchases in the holdout period per group.
   *
   * @param duration the holdout period's length in the time unit
   * @param actualPurchases repeat purchases of the cohort in the holdout period
   * @param frequency the group's calibration frequency
   * @param customers customers in the group
   * @param actual mean holdout purchases of the group
   * @param expected mean predicted holdout purchases by model name
   */
  public record Holdout(double duration, long actualPurchases, int[] frequency, long[] customers, double[] actual,
      Map<String, double[]> expected) {}

  /**
   * Repeat purchases of the cohort, actual and expected by the chosen model, per time unit from the
   * first purchase day of the log to {@code asOf}; {@code calibrationPeriods} of them are calibration.
   *
   * @param period the end of each period, in time units from the first day
   * @param actualCumulative actual repeat purchases up to the period's end
   * @param expectedCumulative expected repeat purchases up to the period's end
   * @param calibrationPeriods periods that end on or before the calibration end
   */
  public record Tracking(double[] period, double[] actualCumulative, double[] expectedCumulative,
      int calibrationPeriods) {}

  /**
   * P(alive) of a customer with {@code frequency[i]} repeat purchases and recency {@code recency[j]}
   * observed for {@code age}, by the chosen model: {@code value[i][j]}.
   */
  public record AliveMatrix(double age, int[] frequency, double[] recency, double[][] value) {}

  /**
   * The cohort, in order of first appearance in the log, with its scores as of {@code asOf}: row
   * {@code i} of {@code summary} (id, frequency, recency, T, mean repeat spend) and entry {@code i} of
   * each array.
   */
  public record Customers(ClvSummary summary, double[] spend, double[] probabilityAlive, double[] expectedPurchases,
      double[] clv, String[] rfmSegment, String[] abcClass, String[] pyramidTier, String[] lifecycleStatus) {}

  /**
   * The survival of the log's first monthly cohort (customers whose first purchase fell in that
   * calendar month), actual and by the sBG model (Fader &amp; Hardie 2007) fitted to months 0 to
   * {@code fittedMonths}. A customer counts as surviving month {@code k} when she buys in month
   * {@code k} of the cohort or later, up to {@code asOf}: near {@code asOf} this undercounts, as a
   * customer who will buy again has not yet.
   *
   * @param cohortStart the first day of the cohort's month
   * @param cohortSize the customers of the cohort
   * @param fittedMonths the last month the fit saw (the calibration end's, or the as-of month's)
   * @param actual the share surviving month k, k = 0 to the as-of month
   * @param sbg the sBG survival S(k), to {@link RetentionAnalysis#PROJECTION_MONTHS} months past the as-of month
   * @param alpha the sBG alpha
   * @param beta the sBG beta
   * @param converged whether the fit met its gradient test
   */
  public record RetentionCurve(LocalDate cohortStart, int cohortSize, int fittedMonths, double[] actual, double[] sbg,
      double alpha, double beta, boolean converged) {}

  /**
   * The churn scorecard: trained on the calibration features (recency, frequency, spend, tenure) of
   * the cohort's customers (a systematic sample of at most 50,000) against churn = no purchase in the
   * holdout period, and checked on the same customers.
   *
   * @param customers the customers it was trained and checked on
   * @param churnRate the share of them who churned
   * @param variables the features the scorecard kept
   * @param summary KS, AUC and Gini
   * @param lift lift and gains by decile, riskiest first
   * @param calibration mean predicted churn probability against the observed churn rate by decile
   */
  public record ChurnScorecard(int customers, double churnRate, List<String> variables, ValidationReport summary,
      List<LiftRow> lift, List<CalibrationRow> calibration) {}
}
