package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowScorerTest {

  @Test
  void score_germanCreditRows_matchMapScoring() {
    Sample s = GermanCredit.sample();
    Scorecard card = ScorecardTest.Fitted.SCORECARD;
    RowScorer r = card.rowScorer(s.columns());
    for (int i = 0; i < 50; i++) {
      Object[] row = new Object[s.columns().size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = s.value(i, s.columns().get(c));
      }
      assertThat(r.score(row)).isCloseTo(card.score(s.row(i)), within(1e-9));
    }
  }

  @Test
  void score_valueKinds_followScorecardRules() {
    // Hand-made card (ScorecardTest): base 500, age [25, 40) +2, [40, inf) +8; own +4, unseen category 0.
    RowScorer r = ScorecardTest.handMade().rowScorer(List.of("age", "housing"));
    assertThat(r.score(new Object[] {30.0, "own"})).isEqualTo(506);
    assertThat(r.score(new Object[] {45, "castle"})).isEqualTo(508);
    assertThat(r.score(new Object[] {"41", "own"})).isEqualTo(512);
    assertThatThrownBy(() -> r.score(new Object[] {Double.NaN, "own"})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of numeric variable 'age' must be a finite number, but was 'NaN'");
    assertThatThrownBy(() -> r.score(new Object[] {30.0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row must have a value at column 1 for 'housing', but had 1 columns");
  }

  @Test
  void score_nullOrBlankValue_isMissing() {
    // The hand-made card has no missing bins, so a missing value scores 0 points: 500 + 2 (age 30) + 0 = 502,
    // and 500 + 0 + 4 (own) = 504. With a missing bin (ScorecardTest.withMissingBins) it scores that bin: 500 + 2 - 7.
    RowScorer r = ScorecardTest.handMade().rowScorer(List.of("age", "housing"));
    assertThat(r.score(new Object[] {30, null})).isEqualTo(502);
    assertThat(r.score(new Object[] {" ", "own"})).isEqualTo(504);
    assertThat(r.score(new Object[] {null, "own"})).isEqualTo(504);
    RowScorer m = ScorecardTest.withMissingBins().rowScorer(List.of("age", "housing"));
    assertThat(m.score(new Object[] {30, ""})).isEqualTo(495);
    assertThat(m.score(new Object[] {null, "own"})).isEqualTo(500 + 3 + 4);
  }
}
