package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBinTest {

  @Test
  void new_keepsValues() {
    assertThat(new ScorecardBin("own", List.of("own"), 0.2, 4).points()).isEqualTo(4);
  }

  @Test
  void new_nonFinite_throws() {
    assertThatThrownBy(() -> new ScorecardBin("x", List.of(), 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("woe and points of bin 'x' must be finite, but were 0.0 and NaN");
  }
}
