package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionIndexTest {

  private static final SatisfactionIndex CSI = SatisfactionIndex.custom()
      .item("quality", 0.5).item("service", 0.3).item("price", 0.2).build();

  /**
   * Computed by hand on the five-level scale (codes 1..5 = 0 / 30 / 60 / 80 / 100 points):
   * quality answers 5, 4, 4, 3 -> (100 + 80 + 80 + 60) / 4 = 80;
   * service answers 5, 5, 2 -> (100 + 100 + 30) / 3 = 76.667;
   * price answers 3, 1 -> (60 + 0) / 2 = 30;
   * CSI = 0.5 × 80 + 0.3 × 76.667 + 0.2 × 30 = 40 + 23 + 6 = 69.
   */
  @Test
  void compute_handExample() {
    CsiResult r = CSI.compute(Map.of("quality", new int[] {5, 4, 4, 3}, "service", new int[] {5, 5, 2},
        "price", new int[] {3, 1}));
    assertThat(r.index()).isCloseTo(69.0, within(1e-9));
    assertThat(r.itemScores().keySet()).containsExactly("quality", "service", "price");
    assertThat(r.itemScores().get("service")).isCloseTo(230.0 / 3, within(1e-9));
  }

  @Test
  void compute_customScale() {
    SatisfactionIndex sevenPoint = SatisfactionIndex.from(CSI).scale(LikertScale.ofPoints(1, 2, 3, 4, 5, 6, 7)).build();
    // all answers 7 -> every item 7 -> CSI 7
    CsiResult r = sevenPoint.compute(Map.of("quality", new int[] {7}, "service", new int[] {7}, "price", new int[] {7}));
    assertThat(r.index()).isCloseTo(7, within(1e-12));
    assertThat(sevenPoint.weights()).isEqualTo(CSI.weights());
    assertThat(sevenPoint.scale().levels()).isEqualTo(7);
  }

  @Test
  void compute_rejectsBadAnswers() {
    assertThatThrownBy(() -> CSI.compute(Map.of("quality", new int[] {5}, "service", new int[] {5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers must cover every item, but 'price' was missing");
    assertThatThrownBy(() -> CSI.compute(Map.of("speed", new int[] {5})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers item must be one of [quality, service, price], but was 'speed'");
    assertThatThrownBy(() -> CSI.compute(Map.of("quality", new int[] {6}, "service", new int[] {5}, "price", new int[] {5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers for 'quality': answer must be in [1, 5], but was 6");
  }

  @Test
  void custom_rejectsBadItems() {
    // bad weights throw IllegalArgumentException, as in FiveCConfig (issue 18: was IllegalStateException here)
    assertThatThrownBy(() -> SatisfactionIndex.custom().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("items must not be empty, but none were added");
    assertThatThrownBy(() -> SatisfactionIndex.custom().item("a", 0.5).item("b", 0.4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weights must sum to 1, but summed to 0.9");
    assertThatThrownBy(() -> SatisfactionIndex.custom().item("a", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be in (0, 1], but was 0.0 for 'a'");
    assertThatThrownBy(() -> SatisfactionIndex.custom().item("a", 0.5).item("a", 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name must be unique, but 'a' was added twice");
    assertThatThrownBy(() -> SatisfactionIndex.custom().item(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SatisfactionIndex.custom().scale(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SatisfactionIndex.from(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void build_acceptsDecimalWeightsThatRound() {
    // 0.1 + 0.2 + 0.7 is 0.9999999999999999 in binary; within the tolerance
    SatisfactionIndex csi = SatisfactionIndex.custom().item("a", 0.1).item("b", 0.2).item("c", 0.7).build();
    assertThat(csi.toString()).startsWith("SatisfactionIndex[weights={a=0.1");
  }
}
