package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreValidationTest {

  // Goods score 3, 4, 5; bads score 1, 2, 4.
  static final double[] SCORES = {3, 4, 5, 1, 2, 4};
  static final boolean[] GOOD = {true, true, true, false, false, false};

  @Test
  void auc_smallSample_matchesPairCount() {
    // By hand over the 9 good/bad pairs: good 3 beats 1, 2 (2); good 4 beats 1, 2 and ties 4 (2.5);
    // good 5 beats all three (3). AUC = 7.5 / 9 = 0.833333.
    assertThat(ScoreValidation.auc(SCORES, GOOD)).isCloseTo(7.5 / 9, within(1e-12));
    assertThat(ScoreValidation.gini(SCORES, GOOD)).isCloseTo(2 * 7.5 / 9 - 1, within(1e-12));
  }

  @Test
  void ks_smallSample_matchesHandComputation() {
    // By hand, cumulative shares at or below each score (bad, good): 1 (1/3, 0), 2 (2/3, 0), 3 (2/3, 1/3),
    // 4 (1, 2/3), 5 (1, 1). Largest gap 2/3.
    assertThat(ScoreValidation.ks(SCORES, GOOD)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void report_bundlesTheStatistics() {
    ValidationReport r = ScoreValidation.report(SCORES, GOOD);
    assertThat(r.cases()).isEqualTo(6);
    assertThat(r.auc()).isCloseTo(7.5 / 9, within(1e-12));
    assertThat(r.ks()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void psi_counts_matchHandComputation() {
    // Shares expected (0.5, 0.5), actual (0.25, 0.75):
    // (0.25 - 0.5) ln(0.5) + (0.75 - 0.5) ln(1.5) = 0.173287 + 0.101366 = 0.274653.
    assertThat(ScoreValidation.psi(new long[] {50, 50}, new long[] {25, 75})).isCloseTo(0.274653, within(1e-6));
    assertThat(ScoreValidation.psi(new long[] {10, 20}, new long[] {20, 40})).isCloseTo(0, within(1e-15));
  }

  @Test
  void psi_emptyBin_addsHalfToEveryCount() {
    // Counts (10, 0) and (5, 5) become (10.5, 0.5) / 11 and (5.5, 5.5) / 11:
    // (5.5 - 10.5)/11 * ln(5.5/10.5) + (5.5 - 0.5)/11 * ln(5.5/0.5) = 0.293921 + 1.089952 = 1.383874.
    assertThat(ScoreValidation.psi(new long[] {10, 0}, new long[] {5, 5})).isCloseTo(1.383874, within(1e-6));
  }

  @Test
  void psi_sameScores_isZero() {
    double[] s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(ScoreValidation.psi(s, s.clone(), 5)).isCloseTo(0, within(1e-15));
    assertThat(ScoreValidation.psi(s, new double[] {9, 10, 10, 10}, 5)).isGreaterThan(1);
  }

  @Test
  void auc_invalidInput_throws() {
    assertThatThrownBy(() -> ScoreValidation.auc(new double[] {1, 2}, new boolean[] {true, true}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("good must hold goods and bads, but had 2 goods of 2");
    assertThatThrownBy(() -> ScoreValidation.auc(new double[] {1}, new boolean[] {true, false}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    assertThatThrownBy(() -> ScoreValidation.ks(new double[] {1, Double.NaN}, new boolean[] {true, false}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scores must be finite, but scores[1] was NaN");
    assertThatThrownBy(() -> ScoreValidation.psi(new long[] {1}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same non-zero length");
    assertThatThrownBy(() -> ScoreValidation.psi(new long[] {-1, 2}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> ScoreValidation.psi(new long[] {0, 0}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each hold cases");
    assertThatThrownBy(() -> ScoreValidation.psi(new double[] {1}, new double[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bins must be >= 2, but was 1");
    assertThatThrownBy(() -> ScoreValidation.psi(new double[0], new double[] {1}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
  }
}
