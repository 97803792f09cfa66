package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgNbdFormulas;
import io.crm4j.scoring.clv.internal.ExpectationTable;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Scores every customer of a summary for a campaign or a nightly job: P(alive), the expected
 * purchases in the next {@code horizon} time units and the discounted CLV over {@code months}
 * months as {@link DiscountedClv} defines it, all in one sweep per customer.
 *
 * <p>For BG/NBD and MBG/NBD the expectations come from short Taylor polynomials per frequency that
 * this object builds when first needed and keeps for every later call and thread, so keep one
 * {@code ClvScoring} for a whole run (one per Spark partition, say) rather than one per batch.
 * Pareto/NBD is scored through the model's bulk predictions. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClvScoring {

  private final PurchaseModel purchases;
  private final GammaGammaModel spend;
  /** The month ends, then the horizon: the expectations one sweep per customer asks for. */
  private final double[] horizons;
  private final double[] discounts;
  private final BgNbdFormulas formulas;
  private final ExpectationTable table;

  private ClvScoring(PurchaseModel purchases, GammaGammaModel spend, double horizon, int months, double rate,
      ClvTimeUnit unit) {
    this.purchases = purchases;
    this.spend = spend;
    this.horizons = new double[months + 1];
    if (months > 0) {
      System.arraycopy(DiscountedClv.monthEnds(months, unit), 0, horizons, 0, months);
    }
    horizons[months] = horizon;
    this.discounts = DiscountedClv.discounts(months, rate);
    BgNbdFormulas f = null;
    if (purchases instanceof BgNbdModel m) {
      f = m.formulas();
    } else if (purchases instanceof MbgNbdModel m) {
      f = m.formulas();
    }
    this.formulas = f != null && f.usesTable() ? f : null;
    this.table = formulas == null ? null : formulas.newTable();
  }

  /**
   * @param purchases the fitted purchase model
   * @param spend the fitted Gamma-Gamma spend model (its q must be above 1 when months &gt; 0)
   * @param horizon the horizon of the expected purchases, in the summary's time unit, finite and &gt;= 0
   * @param months the CLV horizon in months, 0 for none (then {@link Scores#clv()} is empty), at most
   *     {@link DiscountedClv#MAX_MONTHS}
   * @param monthlyDiscountRate the monthly discount rate, in [0, 1)
   * @param unit the summary's time unit, which must be the purchase model's
   * @throws IllegalArgumentException naming both units when {@code unit} is not the purchase model's
   */
  public static ClvScoring of(PurchaseModel purchases, GammaGammaModel spend, double horizon, int months,
      double monthlyDiscountRate, ClvTimeUnit unit) {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(spend, "spend");
    DiscountedClv.requireModelUnit(purchases, unit);
    Validation.nonNegative(horizon, "horizon");
    Validation.nonNegative(months, "months");
    DiscountedClv.checkMonths(months);
    DiscountedClv.checkRate(monthlyDiscountRate);
    return new ClvScoring(purchases, spend, horizon, months, monthlyDiscountRate, unit);
  }

  /**
   * The scores of every customer of {@code summary}, in its order.
   *
   * @throws IllegalArgumentException naming both units when the summary is not in the purchase model's unit
   */
  public Scores score(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    summary.requireUnit(purchases.unit());
    int n = summary.size();
    int months = discounts.length;
    if (formulas == null) {
      double[][] cumulative = purchases.conditionalExpectedPurchases(horizons, summary);
      double[] clv = months == 0 ? new double[0] : DiscountedClv.fromCumulative(spend, summary, cumulative, discounts);
      return new Scores(purchases.probabilityAlive(summary), cumulative[months], clv);
    }
    double[] alive = new double[n];
    double[] expected = new double[n];
    double[] clv = new double[months == 0 ? 0 : n];
    double[] z = new double[horizons.length];
    double[] w = new double[horizons.length];
    double[] customer = new double[horizons.length];
    for (int i = 0; i < n; i++) {
      int x = summary.frequency[i];
      double p = formulas.probabilityAlive(x, summary.recency[i], summary.age[i]);
      formulas.expectations(table, horizons, x, summary.recency[i], summary.age[i], p, z, w, customer);
      alive[i] = p;
      expected[i] = customer[months];
      if (months > 0) {
        double profit = spend.conditionalExpectedAverageProfit(x, summary.monetary[i]);
        clv[i] = DiscountedClv.discountedSum(profit, customer, discounts);
      }
    }
    return new Scores(alive, expected, clv);
  }

  /**
   * The scores of a summary's customers, index for index; the arrays belong to the caller.
   *
   * @param probabilityAlive P(alive) at the end of the calibration period
   * @param expectedPurchases expected purchases in the next {@code horizon}
   * @param clv discounted CLV over the months, empty when the scoring has no months
   */
  public record Scores(double[] probabilityAlive, double[] expectedPurchases, double[] clv) {}
}
