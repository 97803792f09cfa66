package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CsatScoreTest {

  @Test
  void score_countsTopLevelsInPercent() {
    // 4, 5, 5 of 5 answers are >= 4: 100 * 3 / 5 = 60, on core CsatFormula's 0-100 scale (issue 18: was 0.6)
    assertThat(CsatScore.ofDefaults().score(new int[] {4, 5, 3, 1, 5})).isCloseTo(60, within(1e-12));
    // on 1..7 with satisfied from 6: 6, 7 of 4 -> 50
    CsatScore seven = CsatScore.of(7, 6);
    assertThat(seven.score(new int[] {6, 7, 5, 1})).isCloseTo(50, within(1e-12));
    assertThat(seven.score(new int[] {1, 2})).isZero();
    assertThat(seven.score(new int[] {7})).isEqualTo(100);
    assertThat(seven.levels()).isEqualTo(7);
    assertThat(seven.satisfiedFrom()).isEqualTo(6);
    assertThat(seven.toString()).isEqualTo("CsatScore[levels=7, satisfiedFrom=6]");
  }

  @Test
  void of_rejectsBadScale() {
    assertThatThrownBy(() -> CsatScore.of(1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels must be >= 2, but was 1");
    assertThatThrownBy(() -> CsatScore.of(5, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("satisfiedFrom must be in (1, 5], but was 6");
  }

  @Test
  void score_rejectsBadAnswers() {
    assertThatThrownBy(() -> CsatScore.ofDefaults().score(new int[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers must not be empty, but had length 0");
    assertThatThrownBy(() -> CsatScore.ofDefaults().score(new int[] {0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers[0] must be in [1, 5], but was 0");
  }
}
