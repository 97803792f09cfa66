package io.crm4j.scoring.credit;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How {@link ScorecardTrainer} builds a scorecard. Presets ({@link #ofDefaults()}): binning as in
 * {@link BinningConfig#ofDefaults()}, scaling as in {@link PointsScaling#ofDefaults()} (600 points at
 * 50:1, PDO 20), variables kept when their binned information value is at least 0.02 (the usual
 * "weak predictor" threshold), and every column but the target as a candidate.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScorecardConfig {

  private final BinningConfig binning;
  private final PointsScaling scaling;
  private final double minIv;
  private final List<String> variables;

  private ScorecardConfig(Builder b) {
    this.binning = b.binning;
    this.scaling = b.scaling;
    this.minIv = b.minIv;
    this.variables = b.variables;
  }

  /** The presets described in the class comment. */
  public static ScorecardConfig ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(ScorecardConfig base) {
    Objects.requireNonNull(base, "base");
    return new Builder().binning(base.binning).scaling(base.scaling).minIv(base.minIv).variables(base.variables);
  }

  public BinningConfig binning() {
    return binning;
  }

  public PointsScaling scaling() {
    return scaling;
  }

  /** The least binned IV for a variable to enter the regression. */
  public double minIv() {
    return minIv;
  }

  /** The candidate variables; empty means every column but the target. */
  public List<String> variables() {
    return variables;
  }

  @Override
  public String toString() {
    return "ScorecardConfig[" + binning + ", " + scaling + ", minIv=" + minIv + ", variables=" + variables + "]";
  }

  /** Builds a {@link ScorecardConfig}; each setter checks its value at once. */
  public static final class Builder {
    private BinningConfig binning = BinningConfig.ofDefaults();
    private PointsScaling scaling = PointsScaling.ofDefaults();
    private double minIv = 0.02;
    private List<String> variables = List.of();

    private Builder() {}

    public Builder binning(BinningConfig binning) {
      this.binning = Objects.requireNonNull(binning, "binning");
      return this;
    }

    public Builder scaling(PointsScaling scaling) {
      this.scaling = Objects.requireNonNull(scaling, "scaling");
      return this;
    }

    /** Least IV to keep a variable, finite and >= 0. */
    public Builder minIv(double minIv) {
      if (!(Double.isFinite(minIv) && minIv >= 0)) {
        throw new IllegalArgumentException("minIv must be finite and >= 0, but was " + minIv);
      }
      this.minIv = minIv;
      return this;
    }

    /** Candidate variables; empty for all columns but the target. */
    public Builder variables(List<String> variables) {
      Objects.requireNonNull(variables, "variables");
      if (variables.stream().distinct().count() != variables.size()) {
        throw new IllegalArgumentException("variables must be unique, but were " + variables);
      }
      this.variables = List.copyOf(variables);
      return this;
    }

    public ScorecardConfig build() {
      return new ScorecardConfig(this);
    }
  }
}
