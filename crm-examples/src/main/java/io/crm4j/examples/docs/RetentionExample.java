package io.crm4j.examples.docs;

import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.retention.CohortSurvival;
import io.crm4j.scoring.retention.SbgModel;

/** docs/concepts/retention.md: the sBG fit of a cohort, its survival forecast, DERL and residual value. */
public final class RetentionExample {

  private RetentionExample() {}

  /** The figures of the example. */
  public record Result(SbgModel model, double[] forecast, double derl, Money cohortValue) {}

  public static Result run() {
    // snippet-start
    // the "high end" cohort of Fader & Hardie (2007): 1,000 subscribers and the survivors of years 1-7
    CohortSurvival cohort = CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491);
    FitResult<SbgModel> fit = SbgModel.fit(cohort);            // alpha 0.668, beta 3.806
    SbgModel sbg = fit.model();

    double[] years8To12 = sbg.survivalCurve(7, 5);              // 0.460, 0.436, 0.414, 0.395, 0.378
    double derl = sbg.derl(7, 0.10);                            // 7.53 years of value, 10 % a year
    // the 491 subscribers still active, at USD 100 a year each
    Money cohortValue = sbg.residualValue(Money.of("100", "USD"), cohort, 0.10);
    // snippet-end
    return new Result(sbg, years8To12, derl, cohortValue);
  }
}
