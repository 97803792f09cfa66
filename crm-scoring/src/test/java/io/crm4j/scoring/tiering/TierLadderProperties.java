package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TierLadderProperties {

  private static TierLadder ladder(double up, double down) {
    return TierLadder.custom().baseTier("T0").tier("T1", 100).tier("T2", 250).tier("T3", 600)
        .hysteresis(up, down).build();
  }

  @Property
  void reEvaluatingTheSameScoreKeepsTheTier(@ForAll @DoubleRange(min = -100, max = 1000) double score,
      @ForAll @IntRange(min = 0, max = 3) int current, @ForAll @DoubleRange(min = 0, max = 300) double up,
      @ForAll @DoubleRange(min = 0, max = 300) double down) {
    TierLadder l = ladder(up, down);
    Tier first = l.tierFor(score, l.tiers().get(current));
    assertThat(l.tierFor(score, first)).isEqualTo(first);
  }

  @Property
  void zeroMarginsEqualPlainThresholds(@ForAll @DoubleRange(min = -100, max = 1000) double score,
      @ForAll @IntRange(min = 0, max = 3) int current) {
    TierLadder l = ladder(0, 0);
    assertThat(l.tierFor(score, l.tiers().get(current))).isEqualTo(l.tierFor(score));
  }

  @Property
  void hysteresisStaysBetweenCurrentAndPlainTier(@ForAll @DoubleRange(min = -100, max = 1000) double score,
      @ForAll @IntRange(min = 0, max = 3) int current, @ForAll @DoubleRange(min = 0, max = 300) double up,
      @ForAll @DoubleRange(min = 0, max = 300) double down) {
    TierLadder l = ladder(up, down);
    int plain = l.tierFor(score).rank();
    int result = l.tierFor(score, l.tiers().get(current)).rank();
    assertThat(result).isBetween(Math.min(plain, current), Math.max(plain, current));
  }

  @Property
  void plainTierIsMonotoneInScore(@ForAll @DoubleRange(min = -100, max = 1000) double a,
      @ForAll @DoubleRange(min = -100, max = 1000) double b) {
    TierLadder l = ladder(0, 0);
    if (a <= b) {
      assertThat(l.tierFor(a).rank()).isLessThanOrEqualTo(l.tierFor(b).rank());
    }
  }
}
