package io.crm4j.examples.demo;

import io.crm4j.examples.analysis.AnalysisResult;
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
 * @param analysis the analysis of the CDNOW purchases ({@code crm4j analyze}'s pipeline): the models checked on
 *     the holdout period, 12-month CLV, RFM, ABC and pyramid
 * @param credit the credit portfolio
 * @param complaints the simulated month of complaints
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DemoResult(StoreDemo.Summary load, Lifecycle lifecycle, AnalysisResult analysis, Credit credit,
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
