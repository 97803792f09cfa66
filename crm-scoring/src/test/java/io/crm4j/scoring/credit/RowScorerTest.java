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
  void score_nullValue_throws() {
    RowScorer r = ScorecardTest.handMade().rowScorer(List.of("age", "housing"));
    assertThatThrownBy(() -> r.score(new Object[] {30, null})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row must have a value at column 1 for 'housing', but had none");
  }
}
