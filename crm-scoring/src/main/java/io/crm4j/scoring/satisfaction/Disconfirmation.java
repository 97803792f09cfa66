package io.crm4j.scoring.satisfaction;

import io.crm4j.core.outcome.Outcome;
import org.apiguardian.api.API;

/**
 * Outcome of the expectation-disconfirmation model (满意度: 效果 &lt; / = / &gt; 期望): performance
 * below, equal to or above what the customer expected.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Disconfirmation {
  /** Performance fell short of expectation by more than the tolerance. */
  DISSATISFIED,
  /** Performance met expectation within the tolerance. */
  SATISFIED,
  /** Performance exceeded expectation by more than the tolerance. */
  DELIGHTED
}
