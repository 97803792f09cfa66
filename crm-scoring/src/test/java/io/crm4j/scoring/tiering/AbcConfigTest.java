package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbcConfigTest {

  @Test
  void ofDefaults_isTheSourcePreset() {
    AbcConfig c = AbcConfig.ofDefaults();
    assertThat(c.aLimit()).isEqualTo(0.75);
    assertThat(c.bLimit()).isEqualTo(0.95);
    assertThat(c.boundaryRule()).isEqualTo(AbcBoundaryRule.SHARE_AT_MOST);
    assertThat(c.paretoTopFraction()).isEqualTo(0.20);
  }

  @Test
  void from_copiesAndOverrides() {
    AbcConfig base = AbcConfig.custom().limits(0.8, 1.0).paretoTopFraction(0.1)
        .boundaryRule(AbcBoundaryRule.CROSSING_INCLUDED).build();
    AbcConfig copy = AbcConfig.from(base).build();
    assertThat(copy.aLimit()).isEqualTo(0.8);
    assertThat(copy.bLimit()).isEqualTo(1.0);
    assertThat(copy.paretoTopFraction()).isEqualTo(0.1);
    assertThat(copy.boundaryRule()).isEqualTo(AbcBoundaryRule.CROSSING_INCLUDED);
    assertThat(copy.toString()).contains("aLimit=0.8");
  }

  @Test
  void custom_rejectsBadValues() {
    assertThatThrownBy(() -> AbcConfig.custom().limits(0, 0.9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aLimit must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> AbcConfig.custom().limits(0.8, 0.7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bLimit must be in (aLimit, 1] = (0.8, 1], but was 0.7");
    assertThatThrownBy(() -> AbcConfig.custom().limits(0.8, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AbcConfig.custom().paretoTopFraction(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paretoTopFraction must be in (0, 1], but was 1.5");
    assertThatThrownBy(() -> AbcConfig.custom().boundaryRule(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AbcConfig.from(null)).isInstanceOf(NullPointerException.class);
  }
}
