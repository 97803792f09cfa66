package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.credit.CreditGrade;
import org.junit.jupiter.api.Test;

class FiveCConfigTest {

  @Test
  void ofDefaults_equalWeightsOnZeroToTen() {
    FiveCConfig c = FiveCConfig.ofDefaults();
    assertThat(c.scaleMin()).isZero();
    assertThat(c.scaleMax()).isEqualTo(10);
    for (FiveCCriterion k : FiveCCriterion.values()) {
      assertThat(c.weight(k)).isEqualTo(0.2);
    }
  }

  @Test
  void from_base_keepsValues() {
    FiveCConfig base = FiveCConfig.custom().scale(1, 5).weight(FiveCCriterion.CHARACTER, 0.4)
        .weight(FiveCCriterion.CONDITIONS, 0).build();
    FiveCConfig copy = FiveCConfig.from(base).build();
    assertThat(copy.toString()).isEqualTo(base.toString());
    assertThat(copy.weight(FiveCCriterion.CHARACTER)).isEqualTo(0.4);
    assertThat(copy.bands().gradeOf(95)).isEqualTo(CreditGrade.AAA);
  }

  @Test
  void custom_invalidValues_throw() {
    assertThatThrownBy(() -> FiveCConfig.custom().scale(5, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be finite with min < max, but was [5.0, 5.0]");
    assertThatThrownBy(() -> FiveCConfig.custom().weight(FiveCCriterion.CAPITAL, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weight of CAPITAL must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> FiveCConfig.custom().weight(FiveCCriterion.CAPITAL, 0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights must sum to 1, but summed to 1.3");
  }
}
