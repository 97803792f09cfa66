package io.crm4j.examples.docs;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvTimeUnit;
import io.crm4j.scoring.clv.DiscountedClv;
import io.crm4j.scoring.clv.GammaGammaModel;

/** docs/concepts/clv.md: a customer's expected purchases, probability alive and 12-month CLV. */
public final class ClvExample {

  private ClvExample() {}

  /** The figures for the example customer. */
  public record Result(double expectedPurchases, double probabilityAlive, double clv) {}

  public static Result run() {
    // snippet-start
    // BG/NBD on CDNOW (Fader, Hardie & Lee 2005): r, alpha, a, b; time in weeks
    BgNbdModel purchases = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    // a customer with 2 repeat purchases, the last in week 30.43, observed for 38.86 weeks
    double next39Weeks = purchases.conditionalExpectedPurchases(39, 2, 30.43, 38.86);
    double alive = purchases.probabilityAlive(2, 30.43, 38.86);

    // Gamma-Gamma spend model: p, q, gamma; the customer's mean repeat spend was USD 22.50
    GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.44);
    double clv = DiscountedClv.of(purchases, spend)
        .value(2, 30.43, 38.86, 22.50, 12, 0.01, ClvTimeUnit.WEEKS);   // 12 months, 1 % a month
    // snippet-end
    return new Result(next39Weeks, alive, clv);
  }
}
