package io.crm4j.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CsatFormula, NpsFormula, FollowUpSurvey, Satisfaction. */
class SatisfactionFormulasTest {

  @Test
  void topTwoBox_shareOfSatisfiedAndVerySatisfied() {
    // 3 of 4 answers are 4 or 5: 75
    double csat = CsatFormula.topTwoBox().csat(List.of(Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED,
        Satisfaction.SATISFIED, Satisfaction.NEUTRAL));
    assertThat(csat).isCloseTo(75.0, within(1e-12));
    assertThatThrownBy(() -> CsatFormula.topTwoBox().csat(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers must not be empty, but was []");
  }

  @Test
  void standard_promotersMinusDetractors() {
    // promoters 10, 9, 9 (3); passives 8, 7 (2); detractors 6, 0 (2); n = 7: (3 - 2) / 7 * 100 = 14.2857...
    double nps = NpsFormula.standard().nps(List.of(10, 9, 9, 8, 7, 6, 0));
    assertThat(nps).isCloseTo(100.0 / 7, within(1e-12));
    assertThatThrownBy(() -> NpsFormula.standard().nps(List.of(11)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers must be in [0, 10], but contained 11");
    assertThatThrownBy(() -> NpsFormula.standard().nps(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void survey_invalidInputIsRejected() {
    assertThatThrownBy(() -> new FollowUpSurvey(Satisfaction.SATISFIED, 11, "", "a", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("recommendation must be in [0, 10], but was 11");
    assertThatThrownBy(() -> new FollowUpSurvey(Satisfaction.SATISFIED, -1, "", "a", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FollowUpSurvey(null, 1, "", "a", Instant.EPOCH))
        .isInstanceOf(NullPointerException.class).hasMessage("satisfaction");
    assertThat(Satisfaction.VERY_DISSATISFIED.score()).isEqualTo(1);
    assertThat(Satisfaction.VERY_SATISFIED.score()).isEqualTo(5);
  }
}
