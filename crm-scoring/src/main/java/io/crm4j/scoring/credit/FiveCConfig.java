package io.crm4j.scoring.credit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a 5C evaluation is scored: the rating scale, the weight of each criterion (summing to 1) and
 * the grade bands. Presets ({@link #ofDefaults()}): scale 0 to 10, equal weights of 0.2, and
 * {@link GradeBands#ofDefaults()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FiveCConfig {

  private static final double WEIGHT_TOLERANCE = 1e-9;

  private final double scaleMin;
  private final double scaleMax;
  private final Map<FiveCCriterion, Double> weights;
  private final GradeBands bands;

  private FiveCConfig(Builder b) {
    this.scaleMin = b.scaleMin;
    this.scaleMax = b.scaleMax;
    this.weights = new EnumMap<>(b.weights);
    this.bands = b.bands;
  }

  /** The presets described in the class comment. */
  public static FiveCConfig ofDefaults() {
    return custom().build();
  }

  /** A builder starting from the presets. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from the values of {@code base}. */
  public static Builder from(FiveCConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder().scale(base.scaleMin, base.scaleMax).bands(base.bands);
    b.weights.putAll(base.weights);
    return b;
  }

  /** The lowest rating. */
  public double scaleMin() {
    return scaleMin;
  }

  /** The highest rating. */
  public double scaleMax() {
    return scaleMax;
  }

  /** The weight of a criterion. */
  public double weight(FiveCCriterion criterion) {
    return weights.get(Objects.requireNonNull(criterion, "criterion"));
  }

  public GradeBands bands() {
    return bands;
  }

  @Override
  public String toString() {
    return "FiveCConfig[scale=" + scaleMin + ".." + scaleMax + ", weights=" + weights + ", " + bands + "]";
  }

  /** Builds a {@link FiveCConfig}; each setter checks its value at once, {@link #build()} the sum. */
  public static final class Builder {
    private double scaleMin = 0;
    private double scaleMax = 10;
    private final Map<FiveCCriterion, Double> weights = new EnumMap<>(FiveCCriterion.class);
    private GradeBands bands = GradeBands.ofDefaults();

    private Builder() {
      for (FiveCCriterion c : FiveCCriterion.values()) {
        weights.put(c, 0.2);
      }
    }

    /** The rating scale; both finite and {@code min < max}. */
    public Builder scale(double min, double max) {
      if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
        throw new IllegalArgumentException("scale must be finite with min < max, but was [" + min + ", " + max + "]");
      }
      this.scaleMin = min;
      this.scaleMax = max;
      return this;
    }

    /** The weight of one criterion, in [0, 1]. */
    public Builder weight(FiveCCriterion criterion, double weight) {
      Objects.requireNonNull(criterion, "criterion");
      if (!(weight >= 0 && weight <= 1)) {
        throw new IllegalArgumentException("weight of " + criterion + " must be in [0, 1], but was " + weight);
      }
      weights.put(criterion, weight);
      return this;
    }

    public Builder bands(GradeBands bands) {
      this.bands = Objects.requireNonNull(bands, "bands");
      return this;
    }

    /**
     * Builds the config.
     *
     * @throws IllegalArgumentException if the weights do not sum to 1 (within 1e-9)
     */
    public FiveCConfig build() {
      double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
      if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
        throw new IllegalArgumentException("weights must sum to 1, but summed to " + sum + ": " + weights);
      }
      return new FiveCConfig(this);
    }
  }
}
