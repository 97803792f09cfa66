package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardBinTest {

  @Test
  void new_keepsValues() {
    assertThat(new ScorecardBin("own", List.of("own"), 0.2, 4).points()).isEqualTo(4);
    assertThat(new ScorecardBin("own", List.of("own"), 0.2, 4).missing()).isFalse();
    assertThat(new ScorecardBin("(missing)", List.of(), 0.1, 2, true).missing()).isTrue();
  }

  @Test
  void new_missingBinWithCategories_throws() {
    assertThatThrownBy(() -> new ScorecardBin("m", List.of("a"), 0, 0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories of missing bin 'm' must be empty, but were [a]");
  }

  @Test
  void new_nonFinite_throws() {
    assertThatThrownBy(() -> new ScorecardBin("x", List.of(), 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("woe and points of bin 'x' must be finite, but were 0.0 and NaN");
  }
}
