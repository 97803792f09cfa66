package io.crm4j.core.complaint;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns follow-up satisfaction answers into a CSAT figure in [0, 100]. Core ships the common
 * top-two-box share; a caller may plug in another formula (for example crm-scoring's) with a
 * lambda. Called only with a non-empty list.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface CsatFormula {

  /** The CSAT of {@code answers} (non-empty), in [0, 100]. */
  double csat(List<Satisfaction> answers);

  /** Percentage of answers that are SATISFIED or VERY_SATISFIED (the "top two boxes"). */
  static CsatFormula topTwoBox() {
    return answers -> {
      Objects.requireNonNull(answers, "answers");
      if (answers.isEmpty()) {
        throw new IllegalArgumentException("answers must not be empty, but was []");
      }
      long top = answers.stream().filter(a -> a.compareTo(Satisfaction.SATISFIED) >= 0).count();
      return 100.0 * top / answers.size();
    };
  }
}
