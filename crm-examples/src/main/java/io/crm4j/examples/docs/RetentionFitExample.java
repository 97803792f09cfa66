package io.crm4j.examples.docs;

import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.retention.CohortSurvival;
import io.crm4j.scoring.retention.SbgModel;

/** docs/concepts/retention.md: fitting with your own options (penalizer, iterations, starts). */
public final class RetentionFitExample {

  private RetentionFitExample() {}

  /** The model fitted without and with the penalizer. */
  public record Result(SbgModel plain, SbgModel penalized) {}

  public static Result run() {
    // snippet-start
    CohortSurvival cohort = CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491);
    FitOptions careful = FitOptions.custom()
        .penalizer(0.01)                  // adds 0.01 (alpha^2 + beta^2) to the mean negative log-likelihood
        .maxIterations(500)               // per start (preset 200)
        .starts(4).exhaustiveStarts(true) // run all 4 starts, keep the best (preset: up to 3, first that converges)
        .build();
    SbgModel plain = SbgModel.fit(cohort).model();                   // alpha 0.668, beta 3.806
    FitResult<SbgModel> fit = SbgModel.fit(cohort, careful);
    SbgModel penalized = fit.model();                                // alpha 0.342, beta 1.395: pulled towards 0
    // snippet-end
    return new Result(plain, penalized);
  }
}
