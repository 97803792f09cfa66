package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TierLadderTest {

  /** Bronze below 1000 points, Silver from 1000, Gold from 5000; margins 100 up, 200 down. */
  private static final TierLadder LADDER = TierLadder.custom()
      .baseTier("Bronze").tier("Silver", 1000).tier("Gold", 5000)
      .hysteresis(100, 200).build();

  @Test
  void tierFor_withoutHistoryUsesPlainThresholds() {
    assertThat(LADDER.tierFor(-5).name()).isEqualTo("Bronze");
    assertThat(LADDER.tierFor(999.99).name()).isEqualTo("Bronze");
    assertThat(LADDER.tierFor(1000).name()).isEqualTo("Silver");
    assertThat(LADDER.tierFor(5000).name()).isEqualTo("Gold");
    assertThat(LADDER.tierFor(1000, null).name()).isEqualTo("Silver");
  }

  @Test
  void tierFor_promotionNeedsTheMargin() {
    Tier bronze = LADDER.tier("Bronze");
    assertThat(LADDER.tierFor(1050, bronze).name()).isEqualTo("Bronze"); // 1050 < 1000 + 100
    assertThat(LADDER.tierFor(1100, bronze).name()).isEqualTo("Silver");
    assertThat(LADDER.tierFor(5100, bronze).name()).isEqualTo("Gold"); // straight to the highest earned
    assertThat(LADDER.tierFor(5050, bronze).name()).isEqualTo("Silver"); // Gold not earned, Silver is
  }

  @Test
  void tierFor_demotionNeedsTheMargin() {
    Tier gold = LADDER.tier("Gold");
    assertThat(LADDER.tierFor(4800, gold).name()).isEqualTo("Gold"); // >= 5000 - 200
    assertThat(LADDER.tierFor(4799, gold).name()).isEqualTo("Silver");
    assertThat(LADDER.tierFor(850, gold).name()).isEqualTo("Silver"); // >= 1000 - 200
    assertThat(LADDER.tierFor(799, gold).name()).isEqualTo("Bronze");
    assertThat(LADDER.tierFor(-1e9, LADDER.tier("Bronze")).name()).isEqualTo("Bronze");
  }

  @Test
  void tierFor_scoreOscillatingAroundBoundaryDoesNotFlip() {
    Tier current = LADDER.tier("Silver");
    double[] scores = {1010, 990, 1020, 950, 1000, 820, 1080};
    for (double s : scores) {
      current = LADDER.tierFor(s, current);
      assertThat(current.name()).as("score %s", s).isEqualTo("Silver");
    }
  }

  @Test
  void tierNameFor_worksByName() {
    assertThat(LADDER.tierNameFor(1050, "Bronze")).isEqualTo("Bronze");
    assertThat(LADDER.tierNameFor(1050, null)).isEqualTo("Silver");
    assertThatThrownBy(() -> LADDER.tierNameFor(1, "Platinum")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be one of [Bronze, Silver, Gold], but was 'Platinum'");
  }

  @Test
  void tierFor_rejectsBadInput() {
    assertThatThrownBy(() -> LADDER.tierFor(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be a finite number, but was NaN");
    assertThatThrownBy(() -> LADDER.tierFor(1, new Tier("Gold", 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tier must be one of");
    assertThatThrownBy(() -> LADDER.tierFor(1, new Tier("Gold", 7))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LADDER.tierFor(Double.POSITIVE_INFINITY, LADDER.tier("Gold")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accessors_describeTheLadder() {
    assertThat(LADDER.tiers()).extracting(Tier::rank).containsExactly(0, 1, 2);
    assertThat(LADDER.lowerBound(LADDER.tier("Bronze"))).isEqualTo(OptionalDouble.empty());
    assertThat(LADDER.lowerBound(LADDER.tier("Gold"))).isEqualTo(OptionalDouble.of(5000));
    assertThat(LADDER.promotionMargin()).isEqualTo(100);
    assertThat(LADDER.demotionMargin()).isEqualTo(200);
    assertThat(LADDER.toString()).isEqualTo(
        "TierLadder[Bronze, Silver >= 1000.0, Gold >= 5000.0, promotionMargin=100.0, demotionMargin=200.0]");
  }

  @Test
  void from_copiesAndExtends() {
    TierLadder extended = TierLadder.from(LADDER).tier("Platinum", 20000).build();
    assertThat(extended.tiers()).extracting(Tier::name).containsExactly("Bronze", "Silver", "Gold", "Platinum");
    assertThat(extended.promotionMargin()).isEqualTo(100);
    assertThat(extended.tierFor(25000).name()).isEqualTo("Platinum");
  }

  @Test
  void custom_rejectsBadLadders() {
    assertThatThrownBy(() -> TierLadder.custom().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("baseTier must be set before build()");
    assertThatThrownBy(() -> TierLadder.custom().tier("Silver", 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TierLadder.custom().baseTier("A").baseTier("B")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TierLadder.custom().baseTier("A").tier("A", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must be unique in the ladder, but 'A' was used twice");
    assertThatThrownBy(() -> TierLadder.custom().baseTier(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank, but was ''");
    assertThatThrownBy(() -> TierLadder.custom().baseTier("A").tier("B", 10).tier("C", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lowerBound must be above the previous tier's (10.0), but was 10.0");
    assertThatThrownBy(() -> TierLadder.custom().baseTier("A").tier("B", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lowerBound must be a finite number, but was NaN");
    assertThatThrownBy(() -> TierLadder.custom().hysteresis(-1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("promotionMargin must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> TierLadder.custom().hysteresis(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("demotionMargin must be finite and >= 0, but was Infinity");
    assertThatThrownBy(() -> TierLadder.from(null)).isInstanceOf(NullPointerException.class);
  }
}
