package io.crm4j.scoring.rfm;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of an {@link RfmAnalysis}: the number of quantile bins, what M measures, and the
 * segment map. Defaults: 5 bins (quintiles), {@link MonetaryMeasure#TOTAL}, and
 * {@link RfmSegmentMap#ofDefaults()}.
 *
 * <p>{@link Builder#build()} checks that the segment map names a segment for every score the bin
 * count allows; when changing the bins, set a matching map too.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmConfig {

  /** The most bins allowed, so that the cell stays three digits. */
  public static final int MAX_BINS = 9;

  private static final RfmConfig DEFAULTS = new Builder().build();

  private final int bins;
  private final MonetaryMeasure monetaryMeasure;
  private final RfmSegmentMap segmentMap;

  private RfmConfig(Builder b) {
    this.bins = b.bins;
    this.monetaryMeasure = b.monetaryMeasure;
    this.segmentMap = b.segmentMap;
  }

  /** 5 bins, total spend, the default segment map. */
  public static RfmConfig ofDefaults() {
    return DEFAULTS;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(RfmConfig base) {
    Objects.requireNonNull(base, "base");
    return new Builder().bins(base.bins).monetaryMeasure(base.monetaryMeasure).segmentMap(base.segmentMap);
  }

  public int bins() {
    return bins;
  }

  public MonetaryMeasure monetaryMeasure() {
    return monetaryMeasure;
  }

  public RfmSegmentMap segmentMap() {
    return segmentMap;
  }

  @Override
  public String toString() {
    return "RfmConfig[bins=" + bins + ", monetaryMeasure=" + monetaryMeasure + ", segmentMap=" + segmentMap + "]";
  }

  /** Builds an {@link RfmConfig}; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int bins = 5;
    private MonetaryMeasure monetaryMeasure = MonetaryMeasure.TOTAL;
    private RfmSegmentMap segmentMap = RfmSegmentMap.ofDefaults();

    private Builder() {}

    /** @throws IllegalArgumentException unless {@code 2 <= bins <= 9} */
    public Builder bins(int bins) {
      if (bins < 2 || bins > MAX_BINS) {
        throw new IllegalArgumentException("bins must be in [2, " + MAX_BINS + "], but was " + bins);
      }
      this.bins = bins;
      return this;
    }

    public Builder monetaryMeasure(MonetaryMeasure monetaryMeasure) {
      this.monetaryMeasure = Objects.requireNonNull(monetaryMeasure, "monetaryMeasure");
      return this;
    }

    public Builder segmentMap(RfmSegmentMap segmentMap) {
      this.segmentMap = Objects.requireNonNull(segmentMap, "segmentMap");
      return this;
    }

    /** @throws IllegalStateException if the segment map leaves a score of the bin count unnamed */
    public RfmConfig build() {
      List<String> gaps = segmentMap.gaps(bins);
      if (!gaps.isEmpty()) {
        throw new IllegalStateException("segmentMap must cover every r/fm pair for " + bins
            + " bins, but these had no segment: " + gaps);
      }
      return new RfmConfig(this);
    }
  }
}
