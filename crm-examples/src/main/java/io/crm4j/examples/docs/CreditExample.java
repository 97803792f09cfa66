package io.crm4j.examples.docs;

import io.crm4j.core.credit.CreditGrade;
import io.crm4j.scoring.credit.GradeBands;
import io.crm4j.scoring.credit.PointsScaling;

/** docs/concepts/credit.md: from a scorecard score to odds, a 0-100 total and a grade. */
public final class CreditExample {

  private CreditExample() {}

  /** The odds at the score, the grade and whether trade credit is offered. */
  public record Result(double odds, CreditGrade grade, boolean tradeCredit) {}

  public static Result run(double score) {
    // snippet-start
    // 600 points at good:bad odds of 50:1, 20 points to double the odds
    PointsScaling scaling = new PointsScaling(20, 600, 50);
    double odds = scaling.odds(score);                       // 620 points: 100:1
    double total = 100 / (1 + 1 / odds);                     // probability of "good", in percent
    GradeBands bands = GradeBands.ofDefaults();              // above 90 AAA, 80 AA, 70 A, ... else D
    CreditGrade grade = bands.gradeOf(total);
    boolean tradeCredit = bands.offersTradeCredit(grade);    // down to grade B
    // snippet-end
    return new Result(odds, grade, tradeCredit);
  }
}
