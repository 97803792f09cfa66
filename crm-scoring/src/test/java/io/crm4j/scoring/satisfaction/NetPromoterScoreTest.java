package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

  @Test
  void compute_countsByStandardBands() {
    // by hand: promoters 10, 9, 9, 10 (4); passives 8, 7 (2); detractors 6, 0, 5, 3 (4); NPS = 40 % - 40 % = 0
    NpsResult r = NetPromoterScore.ofDefaults().compute(new int[] {10, 9, 9, 8, 7, 6, 0, 5, 10, 3});
    assertThat(r.promoters()).isEqualTo(4);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.detractors()).isEqualTo(4);
    assertThat(r.total()).isEqualTo(10);
    assertThat(r.score()).isCloseTo(0, within(1e-12));
    // 3 promoters, 1 detractor of 5: 100 × (3 - 1) / 5 = 40
    assertThat(NetPromoterScore.ofDefaults().compute(new int[] {10, 10, 9, 8, 2}).score()).isCloseTo(40, within(1e-12));
  }

  @Test
  void scoreOf_boxedAnswers() {
    // 3 promoters, 1 detractor of 5 -> 40, as in compute_countsByStandardBands
    ToDoubleFunction<List<Integer>> formula = NetPromoterScore.ofDefaults()::scoreOf;
    assertThat(formula.applyAsDouble(List.of(10, 10, 9, 8, 2))).isCloseTo(40, within(1e-12));
    assertThatThrownBy(() -> NetPromoterScore.ofDefaults().scoreOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers must not be empty, but had length 0");
  }

  @Test
  void withThresholds_movesTheBands() {
    NetPromoterScore nps = NetPromoterScore.withThresholds(8, 5);
    // 8 is now a promoter, 6 a passive: promoters 1, detractors 0 of 2 -> 50
    assertThat(nps.compute(new int[] {8, 6}).score()).isCloseTo(50, within(1e-12));
    assertThat(nps.promoterMinimum()).isEqualTo(8);
    assertThat(nps.detractorMaximum()).isEqualTo(5);
    assertThat(nps.toString()).isEqualTo("NetPromoterScore[promoterMinimum=8, detractorMaximum=5]");
  }

  @Test
  void withThresholds_rejectsBadBands() {
    assertThatThrownBy(() -> NetPromoterScore.withThresholds(9, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detractorMaximum must be in [0, 9], but was 10");
    assertThatThrownBy(() -> NetPromoterScore.withThresholds(6, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promoterMinimum must be in (detractorMaximum, 10] = (6, 10], but was 6");
    assertThatThrownBy(() -> NetPromoterScore.withThresholds(11, 6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compute_rejectsBadAnswers() {
    assertThatThrownBy(() -> NetPromoterScore.ofDefaults().compute(new int[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers must not be empty, but had length 0");
    assertThatThrownBy(() -> NetPromoterScore.ofDefaults().compute(new int[] {5, 11}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers[1] must be in [0, 10], but was 11");
  }

  @Property
  void scoreStaysInRange(@ForAll @Size(min = 1, max = 50) int[] raw, @ForAll @IntRange(min = 0, max = 9) int detractorMax) {
    int[] answers = new int[raw.length];
    for (int i = 0; i < raw.length; i++) {
      answers[i] = Math.floorMod(raw[i], 11);
    }
    NpsResult r = NetPromoterScore.withThresholds(10, detractorMax).compute(answers);
    assertThat(r.score()).isBetween(-100.0, 100.0);
    assertThat(r.total()).isEqualTo(answers.length);
  }
}
