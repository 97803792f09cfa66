package io.crm4j.scoring.credit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * How variables are binned for a scorecard. Presets ({@link #ofDefaults()}): 20 equal-frequency
 * pre-bins, at most 5 final bins, each final bin holding at least 5 % of the cases, no monotonic
 * trend required, empty-cell adjustment 0.5 (see {@link InformationValue}), no special values.
 *
 * <p><b>Special values</b> ({@link Builder#specialValues}) are codes such as -1 or 9999 that mean
 * something other than their size ("no account", "not asked"). Each configured value of a variable
 * that occurs in the training sample gets a bin of its own, outside the regular binning (see
 * {@link VariableBinning}). A value matches a special value when the texts are equal after trimming,
 * or when both are numbers of equal value ({@code -1.0} matches {@code -1}).
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
  private final Map<String, List<String>> specialValues;

  private BinningConfig(Builder b) {
    this.specialValues = Map.copyOf(b.specialValues);
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
        .monotonic(base.monotonic).emptyCellAdjustment(base.emptyCellAdjustment).specialValues(base.specialValues);
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

  /** The special values of {@code variable}, in the configured order (empty when it has none). */
  public List<String> specialValues(String variable) {
    Objects.requireNonNull(variable, "variable");
    return specialValues.getOrDefault(variable, List.of());
  }

  @Override
  public String toString() {
    return "BinningConfig[preBins=" + preBins + ", maxBins=" + maxBins + ", minBinShare=" + minBinShare
        + ", monotonic=" + monotonic + ", emptyCellAdjustment=" + emptyCellAdjustment
        + (specialValues.isEmpty() ? "" : ", specialValues=" + new TreeMap<>(specialValues)) + "]";
  }

  /** Builds a {@link BinningConfig}; each setter checks its value at once. */
  public static final class Builder {
    private int preBins = 20;
    private int maxBins = 5;
    private double minBinShare = 0.05;
    private boolean monotonic;
    private double emptyCellAdjustment = 0.5;
    private final Map<String, List<String>> specialValues = new HashMap<>();

    private Builder() {}

    /**
     * The special values of {@code variable}, each of which gets its own bin (see the class comment);
     * an empty list removes them. Each must be non-blank (a blank value is missing) and match no other.
     */
    public Builder specialValues(String variable, List<String> values) {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(values, "values");
      List<String> kept = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        String v = Objects.requireNonNull(values.get(i), "values[" + i + "]");
        if (VariableBinning.isMissing(v)) {
          throw new IllegalArgumentException("special values of '" + variable + "' must not be blank (a blank value "
              + "is missing), but values[" + i + "] was '" + v + "'");
        }
        if (VariableBinning.specialIndex(kept, v) >= 0) {
          throw new IllegalArgumentException("special values of '" + variable + "' must differ, but '" + v.trim()
              + "' matches an earlier one");
        }
        kept.add(v.trim());
      }
      if (kept.isEmpty()) {
        specialValues.remove(variable);
      } else {
        specialValues.put(variable, List.copyOf(kept));
      }
      return this;
    }

    private Builder specialValues(Map<String, List<String>> all) {
      specialValues.clear();
      specialValues.putAll(all);
      return this;
    }

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
