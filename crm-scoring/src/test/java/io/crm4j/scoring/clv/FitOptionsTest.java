package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FitOptionsTest {

  @Test
  void ofDefaults_hasNoPenalizer() {
    FitOptions d = FitOptions.ofDefaults();
    assertThat(d.penalizer()).isZero();
    assertThat(d.maxIterations()).isEqualTo(200);
    assertThat(d.starts()).isEqualTo(3);
    assertThat(d.exhaustiveStarts()).isFalse();
  }

  @Test
  void from_copiesAndOverrides() {
    FitOptions o = FitOptions.custom().penalizer(0.5).maxIterations(10).starts(4).exhaustiveStarts(true).build();
    FitOptions copy = FitOptions.from(o).starts(1).build();
    assertThat(copy.penalizer()).isEqualTo(0.5);
    assertThat(copy.maxIterations()).isEqualTo(10);
    assertThat(copy.starts()).isEqualTo(1);
    assertThat(copy.exhaustiveStarts()).isTrue();
    assertThat(copy).hasToString("FitOptions[penalizer=0.5, maxIterations=10, starts=1, exhaustiveStarts=true]");
  }

  @Test
  void custom_rejectsInvalidValues() {
    assertThatThrownBy(() -> FitOptions.custom().penalizer(-1)).hasMessage("penalizer must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> FitOptions.custom().penalizer(Double.NaN)).hasMessageContaining("penalizer");
    assertThatThrownBy(() -> FitOptions.custom().maxIterations(0)).hasMessage("maxIterations must be in [1, 100000], but was 0");
    assertThatThrownBy(() -> FitOptions.custom().starts(5)).hasMessage("starts must be in [1, 4], but was 5");
  }

  @Test
  void maxIterations_limitReportsNonConvergenceWithFiniteParameters() {
    FitResult<BgNbdModel> r = BgNbdModel.fit(ClvData.cdnowSummary(), FitOptions.custom().maxIterations(1).starts(1).build());
    assertThat(r.converged()).isFalse();
    assertThat(r.iterations()).isEqualTo(1);
    assertThat(r.model().parameters().values()).allSatisfy(v -> assertThat(v).isFinite().isPositive());
  }

  @Test
  void exhaustiveStarts_findsTheSameOptimum() {
    FitResult<BgNbdModel> r = BgNbdModel.fit(ClvData.cdnowSummary(), FitOptions.custom().exhaustiveStarts(true).starts(4).build());
    assertThat(r.logLikelihood()).isCloseTo(-9582.4256, org.assertj.core.api.Assertions.within(0.001));
  }
}
