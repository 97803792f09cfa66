package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CriterionRatingTest {

  @Test
  void new_keepsValues() {
    assertThat(new CriterionRating(FiveCCriterion.CAPITAL, 7, "equity").score()).isEqualTo(7);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new CriterionRating(FiveCCriterion.CAPITAL, Double.NaN, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("score of CAPITAL must be finite, but was NaN");
    assertThatThrownBy(() -> new CriterionRating(null, 1, "x")).isInstanceOf(NullPointerException.class)
        .hasMessage("criterion");
  }
}
