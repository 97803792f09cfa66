package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTrainerTest {

  @Test
  void train_germanCredit_buildsScorecardWithAucAboveThreshold() {
    // Acceptance (issue 7): a full scorecard builds and scores all 1000 rows; AUC on training data > 0.75.
    Sample s = GermanCredit.sample();
    ScorecardFit fit = ScorecardTrainer.train(s, GermanCredit.TARGET, GermanCredit.GOOD, ScorecardConfig.ofDefaults());
    assertThat(fit.training().auc()).isGreaterThan(0.75);
    assertThat(fit.training().cases()).isEqualTo(1000);
    assertThat(fit.candidates()).hasSize(20);
    double[] scores = new double[s.size()];
    boolean[] good = s.goodFlags(GermanCredit.TARGET, GermanCredit.GOOD);
    for (int i = 0; i < s.size(); i++) {
      scores[i] = fit.scorecard().score(s.row(i));
    }
    // scoring row by row reproduces the training report
    assertThat(ScoreValidation.auc(scores, good)).isCloseTo(fit.training().auc(), within(1e-12));
  }

  @Test
  void train_invalidInput_throws() {
    Sample s = GermanCredit.sample();
    assertThatThrownBy(() -> ScorecardTrainer.train(s, "nope", "good", ScorecardConfig.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target must be one of");
    assertThatThrownBy(() -> ScorecardTrainer.train(s, GermanCredit.TARGET, "good",
        ScorecardConfig.custom().minIv(5).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minIv");
    assertThatThrownBy(() -> ScorecardTrainer.train(s, GermanCredit.TARGET, "good",
        ScorecardConfig.custom().variables(List.of(GermanCredit.TARGET)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
  }
}
