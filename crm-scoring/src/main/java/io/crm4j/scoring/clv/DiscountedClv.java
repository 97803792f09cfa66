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
    double[] out = new double[summary.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = value(summary.frequency[i], summary.recency[i], summary.age[i], summary.monetary[i], months,
          monthlyDiscountRate, unit);
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
