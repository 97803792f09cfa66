package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinningConfigTest {

  @Test
  void ofDefaults_hasPresets() {
    BinningConfig c = BinningConfig.ofDefaults();
    assertThat(c.preBins()).isEqualTo(20);
    assertThat(c.maxBins()).isEqualTo(5);
    assertThat(c.minBinShare()).isEqualTo(0.05);
    assertThat(c.monotonic()).isFalse();
    assertThat(c.emptyCellAdjustment()).isEqualTo(0.5);
  }

  @Test
  void from_base_keepsValues() {
    BinningConfig base = BinningConfig.custom().preBins(10).maxBins(8).minBinShare(0.1).monotonic(true)
        .emptyCellAdjustment(0).build();
    assertThat(BinningConfig.from(base).build().toString()).isEqualTo(base.toString());
  }

  @Test
  void custom_invalidValues_throw() {
    assertThatThrownBy(() -> BinningConfig.custom().preBins(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preBins must be in [2, 1000], but was 1");
    assertThatThrownBy(() -> BinningConfig.custom().maxBins(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBins must be in [1, 100], but was 0");
    assertThatThrownBy(() -> BinningConfig.custom().minBinShare(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minBinShare must be in [0, 0.5], but was NaN");
    assertThatThrownBy(() -> BinningConfig.custom().emptyCellAdjustment(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("emptyCellAdjustment must be in [0, 1], but was 2.0");
  }
  @Test
  void specialValues_perVariableCheckedAndCopiedByFrom() {
    BinningConfig c = BinningConfig.custom().specialValues("x", List.of(" -1", "9999")).build();
    assertThat(c.specialValues("x")).containsExactly("-1", "9999");
    assertThat(c.specialValues("y")).isEmpty();
    assertThat(BinningConfig.from(c).build().specialValues("x")).containsExactly("-1", "9999");
    assertThat(BinningConfig.from(c).specialValues("x", List.of()).build().specialValues("x")).isEmpty();
    assertThat(c.toString()).contains("specialValues={x=[-1, 9999]}");
    assertThatThrownBy(() -> BinningConfig.custom().specialValues("x", List.of("-1", "-1.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("special values of 'x' must differ, but '-1.0' matches an earlier one");
    assertThatThrownBy(() -> BinningConfig.custom().specialValues("x", List.of(" ")))
        .hasMessage("special values of 'x' must not be blank (a blank value is missing), but values[0] was ' '");
  }
}
