package io.crm4j.scoring.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The rating of one 5C criterion on the configured scale, with the evidence it rests on. Immutable
 * and thread-safe.
 *
 * @param criterion the criterion rated
 * @param score the rating on the scale of {@link FiveCConfig}, finite
 * @param evidence what the rating rests on, e.g. "no late payment in 3 years"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CriterionRating(FiveCCriterion criterion, double score, String evidence) {

  public CriterionRating {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(evidence, "evidence");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score of " + criterion + " must be finite, but was " + score);
    }
  }
}
