package io.crm4j.examples.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Everything the demo job computed, area by area; the report draws its charts from it and
 * {@code report --format json} prints it. Immutable.
 *
 * @param load what was loaded into the store
 * @param lifecycle lifecycle statuses and loyalty rungs after the evaluation
 * @param clv calibration plot and 12-month CLV
 * @param tiers ABC, RFM and pyramid
 * @param credit the credit portfolio
 * @param complaints the simulated month of complaints
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DemoResult(StoreDemo.Summary load, Lifecycle lifecycle, Clv clv, Tiers tiers, Credit credit,
    Complaints complaints) {

  /**
   * Lifecycle and loyalty after {@code ScheduledEvaluation.evaluateAll}.
   *
   * @param statuses customers per lifecycle status
   * @param rungs customers per rung of Payne's loyalty ladder
   * @param changesThisRun changes made by this run (0 when run again at the same instant)
   */
  public record Lifecycle(Map<String, Long> statuses, Map<String, Long> rungs, long changesThisRun) {
    public Lifecycle {
      statuses = copy(statuses);
      rungs = copy(rungs);
    }
  }

  /**
   * BG/NBD calibration plot and 12-month CLV.
   *
   * @param calibrationParams BG/NBD fitted on the 39-week calibration period
   * @param actualByRepeats customers with 0, 1, ..., 6, 7+ repeat purchases in calibration
   * @param expectedByRepeats the same counts as the calibrated model expects them
   * @param purchaseParams BG/NBD fitted on all 78 weeks (used for CLV)
   * @param spendParams Gamma-Gamma fitted on all 78 weeks
   * @param months the CLV horizon
   * @param values CLV per customer id in USD
   */
  public record Clv(Map<String, Double> calibrationParams, double[] actualByRepeats, double[] expectedByRepeats,
      Map<String, Double> purchaseParams, Map<String, Double> spendParams, int months, Map<String, Double> values) {
    public Clv {
      calibrationParams = copy(calibrationParams);
      actualByRepeats = actualByRepeats.clone();
      expectedByRepeats = expectedByRepeats.clone();
      purchaseParams = copy(purchaseParams);
      spendParams = copy(spendParams);
      values = copy(values);
    }

    /** The sum of all customers' CLV. */
    public double total() {
      return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /**
   * Tiering results on total spend (ABC, RFM) and CLV (pyramid).
   *
   * @param abcClasses customers per ABC class
   * @param lorenzCustomerShare cumulative customer share, largest spender first, from 0
   * @param lorenzValueShare cumulative spend share at each point of {@code lorenzCustomerShare}
   * @param paretoShare spend share of the top 20 % of customers
   * @param rfmSegments customers per RFM segment
   * @param pyramid customers per pyramid tier (by CLV)
   */
  public record Tiers(Map<String, Long> abcClasses, double[] lorenzCustomerShare, double[] lorenzValueShare,
      double paretoShare, Map<String, Long> rfmSegments, Map<String, Long> pyramid) {
    public Tiers {
      abcClasses = copy(abcClasses);
      lorenzCustomerShare = lorenzCustomerShare.clone();
      lorenzValueShare = lorenzValueShare.clone();
      rfmSegments = copy(rfmSegments);
      pyramid = copy(pyramid);
    }
  }

  /**
   * The credit portfolio: a scorecard trained on 700 applicants of the German credit data,
   * applied to the other 300.
   *
   * @param variables the scorecard's variables
   * @param trainingAuc AUC on the 700 training cases
   * @param holdoutAuc AUC on the 300 portfolio cases
   * @param holdoutKs KS on the 300 portfolio cases
   * @param grades portfolio applicants per credit grade
   * @param offeredCredit applicants whose grade gets trade credit
   */
  public record Credit(List<String> variables, double trainingAuc, double holdoutAuc, double holdoutKs,
      Map<String, Long> grades, long offeredCredit) {
    public Credit {
      variables = List.copyOf(variables);
      grades = copy(grades);
    }
  }

  /**
   * A simulated month of complaints measured against the SLA clocks.
   *
   * @param received complaints received in the month
   * @param resolved complaints resolved by the month's end
   * @param resolutionCompliance per priority, resolved within target out of all with a decided clock
   * @param resolutionStates RESOLUTION clock state at the month's end, per state
   * @param medianResolutionHours median business hours to resolution, -1 when none resolved
   */
  public record Complaints(long received, long resolved, Map<String, long[]> resolutionCompliance,
      Map<String, Long> resolutionStates, double medianResolutionHours) {
    public Complaints {
      resolutionCompliance = Collections.unmodifiableMap(new LinkedHashMap<>(resolutionCompliance));
      resolutionStates = copy(resolutionStates);
    }
  }

  private static <K, V> Map<K, V> copy(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
