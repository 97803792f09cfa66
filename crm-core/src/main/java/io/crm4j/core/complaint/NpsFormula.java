package io.crm4j.core.complaint;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns 0-10 recommendation answers into a Net Promoter Score in [-100, 100]. Core ships the
 * standard definition; a caller may plug in another with a lambda. Called only with a
 * non-empty list.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface NpsFormula {

  /** The NPS of {@code answers} (non-empty, each in [0, 10]), in [-100, 100]. */
  double nps(List<Integer> answers);

  /** Percentage of promoters (9-10) minus percentage of detractors (0-6), as defined by Reichheld (2003). */
  static NpsFormula standard() {
    return answers -> {
      Objects.requireNonNull(answers, "answers");
      if (answers.isEmpty()) {
        throw new IllegalArgumentException("answers must not be empty, but was []");
      }
      long promoters = 0;
      long detractors = 0;
      for (Integer a : answers) {
        Objects.requireNonNull(a, "answers element");
        if (a < 0 || a > 10) {
          throw new IllegalArgumentException("answers must be in [0, 10], but contained " + a);
        }
        if (a >= 9) {
          promoters++;
        } else if (a <= 6) {
          detractors++;
        }
      }
      return 100.0 * (promoters - detractors) / answers.size();
    };
  }
}
