package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PyramidConfigTest {

  @Test
  void ofDefaults_isThePreset() {
    PyramidConfig c = PyramidConfig.ofDefaults();
    assertThat(c.platinumTop()).isEqualTo(0.05);
    assertThat(c.goldTop()).isEqualTo(0.20);
    assertThat(c.ironTop()).isEqualTo(0.80);
    assertThat(c.toString()).contains("goldTop=0.2");
  }

  @Test
  void from_copies() {
    PyramidConfig c = PyramidConfig.from(PyramidConfig.custom().cutPoints(0.1, 0.3, 1.0).build()).build();
    assertThat(c.ironTop()).isEqualTo(1.0);
    assertThat(c.platinumTop()).isEqualTo(0.1);
  }

  @Test
  void custom_rejectsBadCutPoints() {
    assertThatThrownBy(() -> PyramidConfig.custom().cutPoints(0, 0.2, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("platinumTop must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> PyramidConfig.custom().cutPoints(0.3, 0.2, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("goldTop must be in (platinumTop, 1)");
    assertThatThrownBy(() -> PyramidConfig.custom().cutPoints(0.1, 0.2, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ironTop must be in (goldTop, 1]");
    assertThatThrownBy(() -> PyramidConfig.from(null)).isInstanceOf(NullPointerException.class);
  }
}
