package io.crm4j.scoring.tiering;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Cut points of the {@link CustomerPyramid}, as cumulative fractions of customers counted from
 * the most profitable: platinum is the top {@code platinumTop}, gold runs down to
 * {@code goldTop}, iron down to {@code ironTop}, and lead is the rest.
 *
 * <p>Zeithaml, Rust &amp; Lemon (2001) name the four tiers but leave the cut points to the firm;
 * the defaults are crm4j's preset: top 5 % platinum, next 15 % gold (so the top 20 %, the Pareto
 * head), next 60 % iron, bottom 20 % lead.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PyramidConfig {

  private static final PyramidConfig DEFAULTS = new Builder().build();

  private final double platinumTop;
  private final double goldTop;
  private final double ironTop;

  private PyramidConfig(Builder b) {
    this.platinumTop = b.platinumTop;
    this.goldTop = b.goldTop;
    this.ironTop = b.ironTop;
  }

  /** The preset 5 % / 20 % / 80 %. */
  public static PyramidConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(PyramidConfig base) {
    Objects.requireNonNull(base, "base");
    return new Builder().cutPoints(base.platinumTop, base.goldTop, base.ironTop);
  }

  public double platinumTop() {
    return platinumTop;
  }

  public double goldTop() {
    return goldTop;
  }

  public double ironTop() {
    return ironTop;
  }

  @Override
  public String toString() {
    return "PyramidConfig[platinumTop=" + platinumTop + ", goldTop=" + goldTop + ", ironTop=" + ironTop + "]";
  }

  /** Builds a {@link PyramidConfig}; each setter checks its arguments at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private double platinumTop = 0.05;
    private double goldTop = 0.20;
    private double ironTop = 0.80;

    private Builder() {}

    /**
     * Sets the three cumulative cut points.
     *
     * @throws IllegalArgumentException unless {@code 0 < platinumTop < goldTop < ironTop <= 1}
     */
    public Builder cutPoints(double platinumTop, double goldTop, double ironTop) {
      if (!(platinumTop > 0 && platinumTop < 1)) {
        throw new IllegalArgumentException("platinumTop must be in (0, 1), but was " + platinumTop);
      }
      if (!(goldTop > platinumTop && goldTop < 1)) {
        throw new IllegalArgumentException(
            "goldTop must be in (platinumTop, 1) = (" + platinumTop + ", 1), but was " + goldTop);
      }
      if (!(ironTop > goldTop && ironTop <= 1)) {
        throw new IllegalArgumentException(
            "ironTop must be in (goldTop, 1] = (" + goldTop + ", 1], but was " + ironTop);
      }
      this.platinumTop = platinumTop;
      this.goldTop = goldTop;
      this.ironTop = ironTop;
      return this;
    }

    public PyramidConfig build() {
      return new PyramidConfig(this);
    }
  }
}
