package io.crm4j.scoring.credit;

import io.crm4j.core.credit.CreditGrade;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A 5C evaluation: the total on 0-100, its grade, and each criterion's contribution so a reader
 * sees why. Made by {@link #evaluate}: a rating {@code s} on the scale {@code [min, max]} with weight
 * {@code w} contributes {@code w * (s - min) / (max - min) * 100} points; the total is their sum, rounded to 10
 * decimals (so floating-point noise cannot move a total across a band edge).
 *
 * <p>Immutable and thread-safe.
 *
 * @param contributions one per criterion, in the order of {@link FiveCCriterion}
 * @param total the sum of the contributions, in [0, 100]
 * @param grade the grade of the total under the config's bands
 * @param tradeCredit whether the grade gets trade credit
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FiveCEvaluation(List<Contribution> contributions, double total, CreditGrade grade, boolean tradeCredit) {

  public FiveCEvaluation {
    contributions = List.copyOf(contributions);
    Objects.requireNonNull(grade, "grade");
    if (!(total >= 0 && total <= 100)) {
      throw new IllegalArgumentException("total must be in [0, 100], but was " + total);
    }
  }

  /**
   * Evaluates the five criteria.
   *
   * @param ratings exactly one rating per criterion
   * @throws IllegalArgumentException if a criterion is missing or repeated, or a score lies outside
   *     the scale
   */
  public static FiveCEvaluation evaluate(List<CriterionRating> ratings, FiveCConfig config) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(config, "config");
    Map<FiveCCriterion, CriterionRating> byCriterion = new EnumMap<>(FiveCCriterion.class);
    for (CriterionRating r : ratings) {
      Objects.requireNonNull(r, "ratings element");
      if (byCriterion.put(r.criterion(), r) != null) {
        throw new IllegalArgumentException("ratings must rate each criterion once, but " + r.criterion() + " repeats");
      }
      if (r.score() < config.scaleMin() || r.score() > config.scaleMax()) {
        throw new IllegalArgumentException("score of " + r.criterion() + " must be in [" + config.scaleMin() + ", "
            + config.scaleMax() + "], but was " + r.score());
      }
    }
    if (byCriterion.size() != FiveCCriterion.values().length) {
      throw new IllegalArgumentException("ratings must cover all five criteria, but had " + byCriterion.keySet());
    }
    double range = config.scaleMax() - config.scaleMin();
    double total = 0;
    List<Contribution> contributions = new ArrayList<>();
    for (CriterionRating r : byCriterion.values()) {
      double w = config.weight(r.criterion());
      double points = w * (r.score() - config.scaleMin()) / range * 100;
      total += points;
      contributions.add(new Contribution(r.criterion(), r.score(), w, points, r.evidence()));
    }
    // rounded to 10 decimals so that sums such as 5 x 6.0 land exactly on a band edge
    total = Math.min(100, Math.max(0, Math.rint(total * 1e10) / 1e10));
    CreditGrade grade = config.bands().gradeOf(total);
    return new FiveCEvaluation(contributions, total, grade, config.bands().offersTradeCredit(grade));
  }

  /** The contribution of one criterion. */
  public Contribution contribution(FiveCCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return contributions.stream().filter(c -> c.criterion() == criterion).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("criterion " + criterion + " was not evaluated"));
  }

  /**
   * What one criterion added to the total.
   *
   * @param criterion the criterion
   * @param score its rating on the scale
   * @param weight its weight
   * @param points its part of the total
   * @param evidence what the rating rests on
   */
  public record Contribution(FiveCCriterion criterion, double score, double weight, double points, String evidence) {
    public Contribution {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(evidence, "evidence");
    }
  }
}
