package io.crm4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.complaint.CsatFormula;
import io.crm4j.core.complaint.NpsFormula;
import io.crm4j.core.complaint.Satisfaction;
import io.crm4j.scoring.satisfaction.CsatScore;
import io.crm4j.scoring.satisfaction.NetPromoterScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-core computes complaint follow-up CSAT/NPS through two functional interfaces so that it need
 * not depend on crm-scoring; this shows crm-scoring's formulas plugged in and agreeing with core's
 * presets.
 */
class ComplaintSatisfactionBridgeTest {

  static final CsatFormula SCORING_CSAT = answers ->
      CsatScore.ofDefaults().score(answers.stream().mapToInt(Satisfaction::score).toArray());
  static final NpsFormula SCORING_NPS = answers ->
      NetPromoterScore.ofDefaults().compute(answers.stream().mapToInt(Integer::intValue).toArray()).score();

  @Test
  void csat_scoringFormulaMatchesCorePreset() {
    // 3 of 5 answers are 4 or 5: 60
    List<Satisfaction> answers = List.of(Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED, Satisfaction.SATISFIED,
        Satisfaction.NEUTRAL, Satisfaction.VERY_DISSATISFIED);
    assertThat(SCORING_CSAT.csat(answers)).isCloseTo(60.0, within(1e-9));
    assertThat(CsatFormula.topTwoBox().csat(answers)).isCloseTo(60.0, within(1e-9));
  }

  @Test
  void nps_scoringFormulaMatchesCorePreset() {
    // promoters 9, 10 (2); passive 7 (1); detractors 0, 6, 3 (3); n = 6: (2 - 3) / 6 * 100 = -16.67
    List<Integer> answers = List.of(9, 10, 7, 0, 6, 3);
    assertThat(SCORING_NPS.nps(answers)).isCloseTo(-100.0 / 6, within(1e-9));
    assertThat(NpsFormula.standard().nps(answers)).isCloseTo(-100.0 / 6, within(1e-9));
  }
}
