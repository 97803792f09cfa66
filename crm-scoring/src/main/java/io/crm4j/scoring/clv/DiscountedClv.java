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

  private final PurchaseModel purchases;
  private final GammaGammaModel spend;

  private DiscountedClv(PurchaseModel purchases, GammaGammaModel spend) {
    this.purchases = purchases;
    this.spend = spend;
  }

  /** Combines a fitted purchase model and a fitted spend model (both in the summary's units). */
  public static DiscountedClv of(PurchaseModel purchases, GammaGammaModel spend) {
    return new DiscountedClv(Objects.requireNonNull(purchases, "purchases"), Objects.requireNonNull(spend, "spend"));
  }

  /**
   * CLV of every customer of {@code summary}.
   *
   * @param months the horizon in months, 1 or more
   * @param monthlyDiscountRate d in [0, 1)
   * @param unit the time unit the summary and the models use
   */
  public double[] values(ClvSummary summary, int months, double monthlyDiscountRate, ClvTimeUnit unit) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(unit, "unit");
    checkHorizon(months, monthlyDiscountRate);
    int n = summary.size();
    double step = unit.perMonth();
    double[] horizons = new double[months];
    for (int m = 0; m < months; m++) {
      horizons[m] = (m + 1) * step;
    }
    // all months in one call: BG/NBD and MBG/NBD then evaluate every month in one sweep per customer
    double[][] cumulative = purchases.conditionalExpectedPurchases(horizons, summary);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double profit = spend.conditionalExpectedAverageProfit(summary.frequency[i], summary.monetary[i]);
      double previous = 0;
      double clv = 0;
      double discount = 1;
      for (int m = 0; m < months; m++) {
        discount /= 1 + monthlyDiscountRate;
        double c = cumulative[m][i];
        clv += profit * Math.max(0.0, c - previous) * discount;
        previous = Math.max(previous, c);
      }
      out[i] = clv;
    }
    return out;
  }

  /** CLV of one customer with history (x, t_x, T) and mean repeat spend m. */
  public double value(int frequency, double recency, double age, double monetaryValue, int months,
      double monthlyDiscountRate, ClvTimeUnit unit) {
    Objects.requireNonNull(unit, "unit");
    checkHorizon(months, monthlyDiscountRate);
    double profit = spend.conditionalExpectedAverageProfit(frequency, monetaryValue);
    double step = unit.perMonth();
    double previous = 0;
    double clv = 0;
    for (int i = 1; i <= months; i++) {
      double cumulative = purchases.conditionalExpectedPurchases(i * step, frequency, recency, age);
      clv += profit * Math.max(0.0, cumulative - previous) / Math.pow(1 + monthlyDiscountRate, i);
      previous = Math.max(previous, cumulative);
    }
    return clv;
  }

  private static void checkHorizon(int months, double rate) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be >= 1, but was " + months);
    }
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("monthlyDiscountRate must be in [0, 1), but was " + rate);
    }
  }
}
