package io.crm4j.scoring.clv;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Discounted customer lifetime value from a purchase model and the Gamma-Gamma spend model,
 * computed as in lifetimes 0.11.3: over months i = 1..H, the expected purchases in month i
 * (the difference of conditional expectations at i and i−1 months) times the expected average
 * profit, divided by (1 + d)^i with d the monthly discount rate. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DiscountedClv {

  /** The longest horizon in months (100 years); longer horizons are refused, not computed. */
  public static final int MAX_MONTHS = 1_200;

  private final PurchaseModel purchases;
  private final GammaGammaModel spend;

  private DiscountedClv(PurchaseModel purchases, GammaGammaModel spend) {
    this.purchases = purchases;
    this.spend = spend;
  }

  /**
   * Combines a fitted purchase model and a fitted spend model. The purchase model's {@link PurchaseModel#unit()}
   * is the unit every summary and {@code unit} argument must have.
   */
  public static DiscountedClv of(PurchaseModel purchases, GammaGammaModel spend) {
    return new DiscountedClv(Objects.requireNonNull(purchases, "purchases"), Objects.requireNonNull(spend, "spend"));
  }

  /**
   * CLV of every customer of {@code summary}.
   *
   * @param months the horizon in months, 1 to {@link #MAX_MONTHS}
   * @param monthlyDiscountRate d in [0, 1)
   * @param unit the time unit the summary and the purchase model use
   * @throws IllegalArgumentException naming both units when {@code unit} or the summary's unit is not the
   *     purchase model's
   */
  public double[] values(ClvSummary summary, int months, double monthlyDiscountRate, ClvTimeUnit unit) {
    Objects.requireNonNull(summary, "summary");
    requireModelUnit(purchases, unit);
    summary.requireUnit(unit);
    checkHorizon(months, monthlyDiscountRate);
    // all months in one call: BG/NBD and MBG/NBD then evaluate every month in one sweep per customer
    return fromCumulative(spend, summary, purchases.conditionalExpectedPurchases(monthEnds(months, unit), summary),
        discounts(months, monthlyDiscountRate));
  }

  /**
   * The CLV of every customer from the cumulative expectations at the month ends,
   * {@code cumulative[m][i]} for m &lt; discounts.length (later rows are not read).
   */
  static double[] fromCumulative(GammaGammaModel spend, ClvSummary summary, double[][] cumulative,
      double[] discounts) {
    int months = discounts.length;
    double[] out = new double[summary.size()];
    double[] customer = new double[months];
    for (int i = 0; i < out.length; i++) {
      for (int m = 0; m < months; m++) {
        customer[m] = cumulative[m][i];
      }
      double profit = spend.conditionalExpectedAverageProfit(summary.frequency[i], summary.monetary[i]);
      out[i] = discountedSum(profit, customer, discounts);
    }
    return out;
  }

  /**
   * CLV of one customer with history (x, t_x, T), in {@code unit}, and mean repeat spend m.
   *
   * @throws IllegalArgumentException naming both units when {@code unit} is not the purchase model's
   */
  public double value(int frequency, double recency, double age, double monetaryValue, int months,
      double monthlyDiscountRate, ClvTimeUnit unit) {
    requireModelUnit(purchases, unit);
    checkHorizon(months, monthlyDiscountRate);
    double[] horizons = monthEnds(months, unit);
    double[] cumulative = new double[months];
    for (int m = 0; m < months; m++) {
      cumulative[m] = purchases.conditionalExpectedPurchases(horizons[m], frequency, recency, age);
    }
    return discountedSum(spend.conditionalExpectedAverageProfit(frequency, monetaryValue), cumulative,
        discounts(months, monthlyDiscountRate));
  }

  /** The end of each month of the horizon, in the summary's time unit. */
  static double[] monthEnds(int months, ClvTimeUnit unit) {
    double step = unit.perMonth();
    double[] horizons = new double[months];
    for (int m = 0; m < months; m++) {
      horizons[m] = (m + 1) * step;
    }
    return horizons;
  }

  /** 1/(1 + d)^m for m = 1..months. */
  static double[] discounts(int months, double rate) {
    double[] discounts = new double[months];
    double discount = 1;
    for (int m = 0; m < months; m++) {
      discount /= 1 + rate;
      discounts[m] = discount;
    }
    return discounts;
  }

  /**
   * Σ over months m of profit × (purchases expected in month m) / (1 + d)^m, where the purchases of
   * month m are the growth of the cumulative expectation over its largest earlier value; reads
   * {@code cumulative[m]} for m &lt; discounts.length.
   */
  static double discountedSum(double profit, double[] cumulative, double[] discounts) {
    double previous = 0;
    double clv = 0;
    for (int m = 0; m < discounts.length; m++) {
      double c = cumulative[m];
      clv += profit * Math.max(0.0, c - previous) * discounts[m];
      previous = Math.max(previous, c);
    }
    return clv;
  }

  /** Checks that {@code unit}, the caller's unit, is the unit {@code model} was fitted in. */
  static void requireModelUnit(PurchaseModel model, ClvTimeUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit != model.unit()) {
      throw new IllegalArgumentException("unit must be " + model.unit().label() + ", the unit the purchase model "
          + "was fitted in, but was " + unit.label() + " (convert the data, or the model with inUnit)");
    }
  }

  static void checkHorizon(int months, double rate) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be >= 1, but was " + months);
    }
    checkMonths(months);
    checkRate(rate);
  }

  static void checkMonths(int months) {
    if (months > MAX_MONTHS) {
      throw new IllegalArgumentException("months must be <= " + MAX_MONTHS + " (100 years), but was " + months);
    }
  }

  static void checkRate(double rate) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("monthlyDiscountRate must be in [0, 1), but was " + rate);
    }
  }
}
