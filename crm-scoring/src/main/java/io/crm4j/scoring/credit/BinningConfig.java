package io.crm4j.scoring.credit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How variables are binned for a scorecard. Presets ({@link #ofDefaults()}): 20 equal-frequency
 * pre-bins, at most 5 final bins, each final bin holding at least 5 % of the cases, no monotonic
 * trend required, empty-cell adjustment 0.5 (see {@link InformationValue}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BinningConfig {

  private final int preBins;
  private final int maxBins;
  private final double minBinShare;
  private final boolean monotonic;
  private final double emptyCellAdjustment;

  private BinningConfig(Builder b) {
    this.preBins = b.preBins;
    this.maxBins = b.maxBins;
    this.minBinShare = b.minBinShare;
    this.monotonic = b.monotonic;
    this.emptyCellAdjustment = b.emptyCellAdjustment;
  }

  /** The presets described in the class comment. */
  public static BinningConfig ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(BinningConfig base) {
    Objects.requireNonNull(base, "base");
    return new Builder().preBins(base.preBins).maxBins(base.maxBins).minBinShare(base.minBinShare)
        .monotonic(base.monotonic).emptyCellAdjustment(base.emptyCellAdjustment);
  }

  /** The number of equal-frequency pre-bins of a numeric variable. */
  public int preBins() {
    return preBins;
  }

  /** The most bins a variable ends with. */
  public int maxBins() {
    return maxBins;
  }

  /** The least share of all cases that a final bin holds. */
  public double minBinShare() {
    return minBinShare;
  }

  /** Whether the bad rate must rise or fall monotonically across a numeric variable's bins. */
  public boolean monotonic() {
    return monotonic;
  }

  /** The count added to every cell of a variable that has a group without goods or bads. */
  public double emptyCellAdjustment() {
    return emptyCellAdjustment;
  }

  @Override
  public String toString() {
    return "BinningConfig[preBins=" + preBins + ", maxBins=" + maxBins + ", minBinShare=" + minBinShare
        + ", monotonic=" + monotonic + ", emptyCellAdjustment=" + emptyCellAdjustment + "]";
  }

  /** Builds a {@link BinningConfig}; each setter checks its value at once. */
  public static final class Builder {
    private int preBins = 20;
    private int maxBins = 5;
    private double minBinShare = 0.05;
    private boolean monotonic;
    private double emptyCellAdjustment = 0.5;

    private Builder() {}

    /** Pre-bins of a numeric variable, in [2, 1000]. */
    public Builder preBins(int preBins) {
      if (preBins < 2 || preBins > 1000) {
        throw new IllegalArgumentException("preBins must be in [2, 1000], but was " + preBins);
      }
      this.preBins = preBins;
      return this;
    }

    /** Most final bins, in [1, 100]. */
    public Builder maxBins(int maxBins) {
      if (maxBins < 1 || maxBins > 100) {
        throw new IllegalArgumentException("maxBins must be in [1, 100], but was " + maxBins);
      }
      this.maxBins = maxBins;
      return this;
    }

    /** Least share of cases per final bin, in [0, 0.5]. */
    public Builder minBinShare(double minBinShare) {
      if (!(minBinShare >= 0 && minBinShare <= 0.5)) {
        throw new IllegalArgumentException("minBinShare must be in [0, 0.5], but was " + minBinShare);
      }
      this.minBinShare = minBinShare;
      return this;
    }

    /** Whether numeric variables must have a monotonic bad rate. */
    public Builder monotonic(boolean monotonic) {
      this.monotonic = monotonic;
      return this;
    }

    /** Count added to every cell when a group lacks goods or bads, in [0, 1]. */
    public Builder emptyCellAdjustment(double emptyCellAdjustment) {
      InformationValue.checkAdjustment(emptyCellAdjustment);
      this.emptyCellAdjustment = emptyCellAdjustment;
      return this;
    }

    public BinningConfig build() {
      return new BinningConfig(this);
    }
  }
}
