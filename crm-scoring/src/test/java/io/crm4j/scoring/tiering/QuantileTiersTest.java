package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class QuantileTiersTest {

  @Test
  void ladder_cutsAtQuantiles() {
    // scores 1..10: q = 0.5 -> index ceil(5) = 5 -> 6.0; q = 0.9 -> index 9 -> 10.0 (by hand)
    double[] population = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    TierLadder ladder = QuantileTiers.ladder(population, List.of("Bronze", "Silver", "Gold"), 0.5, 0.9)
        .hysteresis(0.5, 0.5).build();
    assertThat(ladder.lowerBound(ladder.tier("Silver"))).isEqualTo(OptionalDouble.of(6));
    assertThat(ladder.lowerBound(ladder.tier("Gold"))).isEqualTo(OptionalDouble.of(10));
    assertThat(ladder.tierFor(5.9).name()).isEqualTo("Bronze");
    assertThat(ladder.promotionMargin()).isEqualTo(0.5);
  }

  @Test
  void ladder_singleTier() {
    TierLadder ladder = QuantileTiers.ladder(new double[] {3}, List.of("All")).build();
    assertThat(ladder.tierFor(-10).name()).isEqualTo("All");
  }

  @Test
  void ladder_rejectsBadInput() {
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[0], List.of("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("population must not be empty, but had length 0");
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[] {1}, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("names must not be empty, but was []");
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[] {1}, List.of("A", "B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cumulativeFractions must have names.size() - 1 = 1 elements, but had 0");
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[] {Double.NaN}, List.of("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("population[0] must be a finite number, but was NaN");
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[] {1, 2}, List.of("A", "B", "C"), 0.6, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cumulativeFractions[1] must be in (0.6, 1), but was 0.5");
    assertThatThrownBy(() -> QuantileTiers.ladder(new double[] {1, 1, 1, 2}, List.of("A", "B", "C"), 0.2, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("population must give distinct quantiles");
  }
}
