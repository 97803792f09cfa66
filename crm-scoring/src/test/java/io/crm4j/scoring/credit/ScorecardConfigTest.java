package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardConfigTest {

  @Test
  void ofDefaults_hasPresets() {
    ScorecardConfig c = ScorecardConfig.ofDefaults();
    assertThat(c.minIv()).isEqualTo(0.02);
    assertThat(c.variables()).isEmpty();
    assertThat(c.scaling()).isEqualTo(PointsScaling.ofDefaults());
    assertThat(c.binning().maxBins()).isEqualTo(5);
  }

  @Test
  void from_base_keepsValues() {
    ScorecardConfig base = ScorecardConfig.custom().minIv(0.1).variables(List.of("a", "b"))
        .scaling(new PointsScaling(40, 500, 20)).binning(BinningConfig.custom().maxBins(3).build()).build();
    ScorecardConfig copy = ScorecardConfig.from(base).build();
    assertThat(copy.toString()).isEqualTo(base.toString());
  }

  @Test
  void custom_invalidValues_throw() {
    assertThatThrownBy(() -> ScorecardConfig.custom().minIv(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minIv must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> ScorecardConfig.custom().variables(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("variables must be unique, but were [a, a]");
  }
}
