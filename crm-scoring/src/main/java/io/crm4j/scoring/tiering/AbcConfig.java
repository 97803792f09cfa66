package io.crm4j.scoring.tiering;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of an {@link AbcClassification}: the cumulative-share limits of classes A and B, the
 * boundary rule, and the top fraction used by the Pareto check.
 *
 * <p>The defaults are the source material's preset: A up to 75 % of cumulative value, B up to
 * 95 %, C the rest, boundary rule {@link AbcBoundaryRule#SHARE_AT_MOST}, and the Pareto check over
 * the top 20 % of customers (the 80/20 rule).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AbcConfig {

  private static final AbcConfig DEFAULTS = new Builder().build();

  private final double aLimit;
  private final double bLimit;
  private final AbcBoundaryRule boundaryRule;
  private final double paretoTopFraction;

  private AbcConfig(Builder b) {
    this.aLimit = b.aLimit;
    this.bLimit = b.bLimit;
    this.boundaryRule = b.boundaryRule;
    this.paretoTopFraction = b.paretoTopFraction;
  }

  /** The preset: A ≤ 75 %, B ≤ 95 %, {@link AbcBoundaryRule#SHARE_AT_MOST}, Pareto top 20 %. */
  public static AbcConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(AbcConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.aLimit = base.aLimit;
    b.bLimit = base.bLimit;
    b.boundaryRule = base.boundaryRule;
    b.paretoTopFraction = base.paretoTopFraction;
    return b;
  }

  /** Upper cumulative share of class A, in {@code (0, 1)}. */
  public double aLimit() {
    return aLimit;
  }

  /** Upper cumulative share of class B, in {@code (aLimit, 1]}. */
  public double bLimit() {
    return bLimit;
  }

  public AbcBoundaryRule boundaryRule() {
    return boundaryRule;
  }

  /** Fraction of customers, largest first, whose share of value the Pareto check reports. */
  public double paretoTopFraction() {
    return paretoTopFraction;
  }

  @Override
  public String toString() {
    return "AbcConfig[aLimit=" + aLimit + ", bLimit=" + bLimit + ", boundaryRule=" + boundaryRule
        + ", paretoTopFraction=" + paretoTopFraction + "]";
  }

  /** Builds an {@link AbcConfig}; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private double aLimit = 0.75;
    private double bLimit = 0.95;
    private AbcBoundaryRule boundaryRule = AbcBoundaryRule.SHARE_AT_MOST;
    private double paretoTopFraction = 0.20;

    private Builder() {}

    /**
     * Sets both limits, e.g. {@code limits(0.75, 0.95)}.
     *
     * @throws IllegalArgumentException unless {@code 0 < aLimit < bLimit <= 1}
     */
    public Builder limits(double aLimit, double bLimit) {
      if (!(aLimit > 0 && aLimit < 1)) {
        throw new IllegalArgumentException("aLimit must be in (0, 1), but was " + aLimit);
      }
      if (!(bLimit > aLimit && bLimit <= 1)) {
        throw new IllegalArgumentException(
            "bLimit must be in (aLimit, 1] = (" + aLimit + ", 1], but was " + bLimit);
      }
      this.aLimit = aLimit;
      this.bLimit = bLimit;
      return this;
    }

    public Builder boundaryRule(AbcBoundaryRule boundaryRule) {
      this.boundaryRule = Objects.requireNonNull(boundaryRule, "boundaryRule");
      return this;
    }

    /** @throws IllegalArgumentException unless {@code 0 < paretoTopFraction <= 1} */
    public Builder paretoTopFraction(double paretoTopFraction) {
      if (!(paretoTopFraction > 0 && paretoTopFraction <= 1)) {
        throw new IllegalArgumentException(
            "paretoTopFraction must be in (0, 1], but was " + paretoTopFraction);
      }
      this.paretoTopFraction = paretoTopFraction;
      return this;
    }

    public AbcConfig build() {
      return new AbcConfig(this);
    }
  }
}
