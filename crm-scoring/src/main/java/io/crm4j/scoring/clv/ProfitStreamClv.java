package io.crm4j.scoring.clv;

import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The textbook CLV of a discounted profit stream:
 * CLV = [Po] − [Co] + Σ_{t=1..n} (R_t − C_t) / (1 + d)^e(t), where Po is the price of the first
 * purchase, Co the acquisition cost, R_t and C_t the revenue and the cost to serve in period t,
 * d the discount rate per period and e(t) = t for payments at the end of a period or t − 1 at
 * its start. Whether Po and Co are included and the timing are the selectable variants; d = 0
 * gives the undiscounted sum. Amounts are computed in decimal arithmetic (34 digits) and rounded
 * half-even to the currency's minor unit. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfitStreamClv {

  private static final ProfitStreamClv DEFAULTS = new Builder().build();

  private final PaymentTiming timing;
  private final boolean includeFirstPurchase;
  private final boolean includeAcquisitionCost;

  private ProfitStreamClv(Builder b) {
    this.timing = b.timing;
    this.includeFirstPurchase = b.includeFirstPurchase;
    this.includeAcquisitionCost = b.includeAcquisitionCost;
  }

  /** Payments at period end, with Po and Co included. */
  public static ProfitStreamClv ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(ProfitStreamClv base) {
    Objects.requireNonNull(base, "base");
    return new Builder().timing(base.timing).includeFirstPurchase(base.includeFirstPurchase)
        .includeAcquisitionCost(base.includeAcquisitionCost);
  }

  /** The payment timing. */
  public PaymentTiming timing() {
    return timing;
  }

  /** Whether the first-purchase price Po is added. */
  public boolean includesFirstPurchase() {
    return includeFirstPurchase;
  }

  /** Whether the acquisition cost Co is subtracted. */
  public boolean includesAcquisitionCost() {
    return includeAcquisitionCost;
  }

  /**
   * CLV of per-period revenues and costs (equal lengths n ≥ 1, one currency).
   *
   * @param discountRate d per period, in [0, 1)
   */
  public Money value(List<Money> revenues, List<Money> costs, double discountRate, Money firstPurchasePrice,
      Money acquisitionCost) {
    Objects.requireNonNull(revenues, "revenues");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(firstPurchasePrice, "firstPurchasePrice");
    Objects.requireNonNull(acquisitionCost, "acquisitionCost");
    if (revenues.size() != costs.size() || revenues.isEmpty()) {
      throw new IllegalArgumentException("revenues and costs must have the same length >= 1, but had "
          + revenues.size() + " and " + costs.size());
    }
    checkRate(discountRate);
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(discountRate));
    Money start = firstPurchasePrice.minus(firstPurchasePrice);
    if (includeFirstPurchase) {
      start = start.plus(firstPurchasePrice);
    }
    if (includeAcquisitionCost) {
      start = start.minus(acquisitionCost);
    }
    BigDecimal sum = start.amount();
    for (int t = 1; t <= revenues.size(); t++) {
      Money net = Objects.requireNonNull(revenues.get(t - 1), "revenues[" + (t - 1) + "]")
          .minus(Objects.requireNonNull(costs.get(t - 1), "costs[" + (t - 1) + "]"));
      if (!net.currency().equals(start.currency())) {
        throw new CurrencyMismatchException(start.currency(), net.currency());
      }
      int exponent = timing == PaymentTiming.END_OF_PERIOD ? t : t - 1;
      sum = sum.add(net.amount().divide(factor.pow(exponent, MathContext.DECIMAL128), MathContext.DECIMAL128));
    }
    return Money.ofRounded(sum.setScale(start.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
        start.currency());
  }

  /** CLV of a constant stream: {@code periods} periods of revenue {@code revenue} and cost {@code cost}. */
  public Money valueOfConstantStream(int periods, Money revenue, Money cost, double discountRate,
      Money firstPurchasePrice, Money acquisitionCost) {
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be >= 1, but was " + periods);
    }
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(cost, "cost");
    return value(java.util.Collections.nCopies(periods, revenue), java.util.Collections.nCopies(periods, cost),
        discountRate, firstPurchasePrice, acquisitionCost);
  }

  static void checkRate(double rate) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("discountRate must be in [0, 1), but was " + rate);
    }
  }

  @Override
  public String toString() {
    return "ProfitStreamClv[timing=" + timing + ", firstPurchase=" + includeFirstPurchase + ", acquisitionCost="
        + includeAcquisitionCost + "]";
  }

  /** Builder for {@link ProfitStreamClv}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private PaymentTiming timing = PaymentTiming.END_OF_PERIOD;
    private boolean includeFirstPurchase = true;
    private boolean includeAcquisitionCost = true;

    private Builder() {}

    /** When each period's net flow arrives (default end of period). */
    public Builder timing(PaymentTiming timing) {
      this.timing = Objects.requireNonNull(timing, "timing");
      return this;
    }

    /** Whether Po is added (default true). */
    public Builder includeFirstPurchase(boolean include) {
      this.includeFirstPurchase = include;
      return this;
    }

    /** Whether Co is subtracted (default true). */
    public Builder includeAcquisitionCost(boolean include) {
      this.includeAcquisitionCost = include;
      return this;
    }

    /** Returns the configuration. */
    public ProfitStreamClv build() {
      return new ProfitStreamClv(this);
    }
  }
}
