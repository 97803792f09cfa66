package io.crm4j.scoring.credit;

import org.apiguardian.api.API;

/**
 * How well a score separates goods from bads on a sample; see {@link ScoreValidation}. Immutable
 * and thread-safe.
 *
 * @param cases the number of scored cases
 * @param ks the Kolmogorov-Smirnov statistic in [0, 1]
 * @param auc the area under the ROC curve in [0, 1]
 * @param gini {@code 2 * auc - 1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ValidationReport(int cases, double ks, double auc, double gini) {

  public ValidationReport {
    if (cases < 0) {
      throw new IllegalArgumentException("cases must be >= 0, but was " + cases);
    }
    if (!(ks >= 0 && ks <= 1) || !(auc >= 0 && auc <= 1) || !(gini >= -1 && gini <= 1)) {
      throw new IllegalArgumentException("ks and auc must be in [0, 1] and gini in [-1, 1], but were "
          + ks + ", " + auc + " and " + gini);
    }
  }
}
