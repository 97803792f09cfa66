package io.crm4j.scoring.credit;

import io.crm4j.core.credit.CreditGrade;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The fractions used by {@link CreditLimits}. Presets ({@link #ofDefaults()}): 10 % of net worth,
 * 10 % of working capital, 10 % of average monthly sales; and a grade multiplier applied to a base
 * limit of AAA 1.5, AA 1.25, A 1.0, BBB 0.75, BB 0.5, B 0.25, and 0 for CCC, CC, C and D (no trade
 * credit).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LimitPolicy {

  private final BigDecimal netWorthShare;
  private final BigDecimal workingCapitalShare;
  private final BigDecimal monthlySalesShare;
  private final Map<CreditGrade, BigDecimal> gradeMultipliers;

  private LimitPolicy(Builder b) {
    this.netWorthShare = b.netWorthShare;
    this.workingCapitalShare = b.workingCapitalShare;
    this.monthlySalesShare = b.monthlySalesShare;
    this.gradeMultipliers = new EnumMap<>(b.gradeMultipliers);
  }

  /** The presets described in the class comment. */
  public static LimitPolicy ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(LimitPolicy base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder().netWorthShare(base.netWorthShare).workingCapitalShare(base.workingCapitalShare)
        .monthlySalesShare(base.monthlySalesShare);
    b.gradeMultipliers.putAll(base.gradeMultipliers);
    return b;
  }

  public BigDecimal netWorthShare() {
    return netWorthShare;
  }

  public BigDecimal workingCapitalShare() {
    return workingCapitalShare;
  }

  public BigDecimal monthlySalesShare() {
    return monthlySalesShare;
  }

  /** The multiplier of a grade. */
  public BigDecimal gradeMultiplier(CreditGrade grade) {
    return gradeMultipliers.get(Objects.requireNonNull(grade, "grade"));
  }

  @Override
  public String toString() {
    return "LimitPolicy[netWorth=" + netWorthShare + ", workingCapital=" + workingCapitalShare
        + ", monthlySales=" + monthlySalesShare + ", grades=" + gradeMultipliers + "]";
  }

  /** Builds a {@link LimitPolicy}; each setter checks its value at once. */
  public static final class Builder {
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private BigDecimal netWorthShare = TEN_PERCENT;
    private BigDecimal workingCapitalShare = TEN_PERCENT;
    private BigDecimal monthlySalesShare = TEN_PERCENT;
    private final Map<CreditGrade, BigDecimal> gradeMultipliers = new EnumMap<>(CreditGrade.class);

    private Builder() {
      String[] preset = {"1.5", "1.25", "1.0", "0.75", "0.5", "0.25", "0", "0", "0", "0"};
      for (CreditGrade g : CreditGrade.values()) {
        gradeMultipliers.put(g, new BigDecimal(preset[g.ordinal()]));
      }
    }

    /** Share of net worth, in [0, 1]. */
    public Builder netWorthShare(BigDecimal share) {
      this.netWorthShare = share(share, "netWorthShare");
      return this;
    }

    /** Share of working capital, in [0, 1]. */
    public Builder workingCapitalShare(BigDecimal share) {
      this.workingCapitalShare = share(share, "workingCapitalShare");
      return this;
    }

    /** Share of average monthly sales, in [0, 1]. */
    public Builder monthlySalesShare(BigDecimal share) {
      this.monthlySalesShare = share(share, "monthlySalesShare");
      return this;
    }

    /** Multiplier of a base limit for a grade, in [0, 10]. */
    public Builder gradeMultiplier(CreditGrade grade, BigDecimal multiplier) {
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(multiplier, "multiplier");
      if (multiplier.signum() < 0 || multiplier.compareTo(BigDecimal.TEN) > 0) {
        throw new IllegalArgumentException("multiplier of " + grade + " must be in [0, 10], but was " + multiplier);
      }
      gradeMultipliers.put(grade, multiplier);
      return this;
    }

    private static BigDecimal share(BigDecimal share, String name) {
      Objects.requireNonNull(share, name);
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(name + " must be in [0, 1], but was " + share);
      }
      return share;
    }

    public LimitPolicy build() {
      return new LimitPolicy(this);
    }
  }
}
