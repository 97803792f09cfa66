package io.crm4j.scoring.tiering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void countStrictlyBelow_handlesTies() {
    assertThat(Ranking.countStrictlyBelow(new double[] {3, 1, 3, 2})).containsExactly(2, 0, 2, 1);
    assertThat(Ranking.countStrictlyAbove(new double[] {3, 1, 3, 2})).containsExactly(0, 3, 0, 2);
    assertThat(Ranking.countStrictlyBelow(new int[] {3, 1, 3, 2})).containsExactly(2, 0, 2, 1);
    assertThat(Ranking.countStrictlyAbove(new int[] {3, 1, 3, 2})).containsExactly(0, 3, 0, 2);
    assertThat(Ranking.countStrictlyBelow(new int[0])).isEmpty();
    // a wide range takes the sorting path
    assertThat(Ranking.countStrictlyBelow(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 0}))
        .containsExactly(2, 0, 1);
  }

  @Test
  void bin_isOnePlusFloor() {
    // 1 + floor(5 * w / 10): w = 0 -> 1, w = 1 -> 1, w = 2 -> 2, w = 9 -> 5
    assertThat(Ranking.bin(0, 10, 5)).isEqualTo(1);
    assertThat(Ranking.bin(1, 10, 5)).isEqualTo(1);
    assertThat(Ranking.bin(2, 10, 5)).isEqualTo(2);
    assertThat(Ranking.bin(9, 10, 5)).isEqualTo(5);
  }

  @Test
  void requireFinite_namesTheElement() {
    assertThatThrownBy(() -> Ranking.requireFinite(new double[] {0, Double.NaN}, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x[1] must be a finite number, but was NaN");
    assertThatThrownBy(() -> Ranking.requireFiniteNonNegative(new double[] {-0.5}, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x[0] must be finite and >= 0, but was -0.5");
  }

  @Property
  void intAndDoubleFormsAgree(@ForAll @Size(max = 50) int[] values) {
    double[] asDouble = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      asDouble[i] = values[i];
    }
    assertThat(Ranking.countStrictlyBelow(values)).containsExactly(Ranking.countStrictlyBelow(asDouble));
    assertThat(Ranking.countStrictlyAbove(values)).containsExactly(Ranking.countStrictlyAbove(asDouble));
  }

  @Property
  void countsMatchBruteForce(@ForAll @Size(max = 40) int[] raw, @ForAll @IntRange(min = 1, max = 5) int mod) {
    int[] values = new int[raw.length];
    for (int i = 0; i < raw.length; i++) {
      values[i] = Math.floorMod(raw[i], mod * 3);
    }
    int[] below = Ranking.countStrictlyBelow(values);
    for (int i = 0; i < values.length; i++) {
      int expected = 0;
      for (int v : values) {
        if (v < values[i]) {
          expected++;
        }
      }
      assertThat(below[i]).isEqualTo(expected);
    }
  }
}
