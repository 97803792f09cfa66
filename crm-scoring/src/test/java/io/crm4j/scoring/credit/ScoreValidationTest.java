package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
    // With adjustment 1: (11, 1) / 12 and (6, 6) / 12: (6 - 11)/12 ln(6/11) + (6 - 1)/12 ln(6) = 0.252557 + 0.746566 = 0.999123.
    assertThat(ScoreValidation.psi(new long[] {10, 0}, new long[] {5, 5}, 1)).isCloseTo(0.999123, within(1e-6));
    assertThatThrownBy(() -> ScoreValidation.psi(new long[] {1}, new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("emptyCellAdjustment must be in (0, 1], but was 0.0");
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

  @Test
  void lift_smallSample_matchesHandComputation() {
    // By hand, three groups of the six cases, ranked by score: 1 (bad), 2 (bad), 3 (good), 4 (good), 4 (bad),
    // 5 (good). Group of a case = floor(3 * p / 6) + 1, p = cases scoring strictly lower: scores 1 and 2
    // (p = 0, 1) -> group 1; 3 (p = 2) and both 4s (p = 3) -> group 2; 5 (p = 5) -> group 3. Overall event
    // rate 3 / 6 = 0.5. Group 1: 2 events of 2, lift 2, gains 2/3; group 2: 1 of 3, lift 2/3, gains 1;
    // group 3: 0 of 1, lift 0, gains 1.
    List<LiftRow> rows = ScoreValidation.lift(SCORES, GOOD, 3);
    assertThat(rows).containsExactly(new LiftRow(1, 2, 2, 1, 2, 2.0 / 3), new LiftRow(2, 3, 1, 1.0 / 3, 2.0 / 3, 1),
        new LiftRow(3, 1, 0, 0, 0, 1));
  }

  @Test
  void lift_tiedRunCrossesDeciles_keepsTiesTogetherWhateverTheOrder() {
    // Ten cases, five tied at score 1 (two events among them), then 2..6. The tie run starts at p = 0, so all
    // five go to decile 1 and deciles 2 to 5 are empty; score 2 has p = 5 -> decile 6, ..., 6 -> decile 10.
    double[] scores = {1, 1, 1, 1, 1, 2, 3, 4, 5, 6};
    boolean[] good = {false, true, true, false, true, false, true, true, true, true};
    List<LiftRow> rows = ScoreValidation.lift(scores, good, 10);
    assertThat(rows).extracting(LiftRow::cases).containsExactly(5, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    // overall rate 3 / 10; decile 1: 2 of 5 = 0.4, lift 4/3, gains 2/3; decile 6: 1 of 1, lift 10/3, gains 1
    assertThat(rows.get(0).lift()).isCloseTo(0.4 / 0.3, within(1e-12));
    assertThat(rows.get(0).cumulativeGains()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(rows.get(1)).isEqualTo(new LiftRow(2, 0, 0, 0, 0, 2.0 / 3));
    assertThat(rows.get(5).lift()).isCloseTo(1 / 0.3, within(1e-12));
    assertThat(rows.get(9).cumulativeGains()).isEqualTo(1.0);
    // the same cases in reverse order give the same table
    double[] reversed = new double[10];
    boolean[] reversedGood = new boolean[10];
    for (int i = 0; i < 10; i++) {
      reversed[i] = scores[9 - i];
      reversedGood[i] = good[9 - i];
    }
    assertThat(ScoreValidation.lift(reversed, reversedGood, 10)).isEqualTo(rows);
  }

  @Test
  void lift_invalidInput_throws() {
    assertThatThrownBy(() -> ScoreValidation.lift(SCORES, GOOD, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups must be >= 2, but was 1");
    assertThatThrownBy(() -> ScoreValidation.lift(new double[] {1, 2}, new boolean[] {true, true}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("good must hold goods and bads, but had 2 goods of 2");
    assertThatThrownBy(() -> ScoreValidation.lift(new double[] {1, Double.NaN}, new boolean[] {true, false}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scores must be finite, but scores[1] was NaN");
  }

  @Test
  void calibration_unitScaling_matchesHandComputation() {
    // PDO ln 2 gives factor 1; base score 0 at odds 1 gives offset 0, so P(event) = 1 / (1 + e^score).
    // Scores 0, 0 (one event) -> group 1: mean predicted 1/2, observed 1/2; scores ln 3, ln 3 (no event) ->
    // group 2: mean predicted 1 / (1 + 3) = 1/4, observed 0.
    PointsScaling unit = new PointsScaling(Math.log(2), 0, 1);
    double ln3 = Math.log(3);
    List<CalibrationRow> rows = ScoreValidation.calibration(new double[] {0, ln3, 0, ln3},
        new boolean[] {false, true, true, true}, unit, 2);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cases()).isEqualTo(2);
    assertThat(rows.get(0).meanPredicted()).isCloseTo(0.5, within(1e-15));
    assertThat(rows.get(0).observedRate()).isEqualTo(0.5);
    assertThat(rows.get(1).meanPredicted()).isCloseTo(0.25, within(1e-15));
    assertThat(rows.get(1).observedRate()).isZero();
    assertThatThrownBy(() -> ScoreValidation.calibration(SCORES, GOOD, unit, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("groups must be >= 2, but was 0");
  }

  @Test
  void validate_germanCredit_reproducesTheTrainingReport() {
    Sample s = GermanCredit.sample();
    ScorecardFit fit = ScorecardTrainer.train(s, GermanCredit.TARGET, GermanCredit.GOOD, ScorecardConfig.ofDefaults());
    ScorecardValidation v = ScoreValidation.validate(fit.scorecard(), s,
        BinaryTarget.nonEvent(GermanCredit.TARGET, GermanCredit.GOOD));
    assertThat(v.summary().auc()).isCloseTo(fit.training().auc(), within(1e-12));
    assertThat(v.summary().ks()).isCloseTo(fit.training().ks(), within(1e-12));
    assertThat(v.lift()).hasSize(10);
    assertThat(v.lift().stream().mapToInt(LiftRow::cases).sum()).isEqualTo(1000);
    // 300 of the 1000 applicants are bad
    assertThat(v.lift().stream().mapToInt(LiftRow::events).sum()).isEqualTo(300);
    assertThat(v.lift().get(0).lift()).isGreaterThan(2);
    assertThat(v.lift().get(9).cumulativeGains()).isEqualTo(1.0);
    assertThat(v.calibration()).extracting(CalibrationRow::cases)
        .containsExactlyElementsOf(v.lift().stream().map(LiftRow::cases).toList());
  }
}
