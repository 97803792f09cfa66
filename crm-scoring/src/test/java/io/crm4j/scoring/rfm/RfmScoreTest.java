package io.crm4j.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RfmScoreTest {

  @Test
  void cell_andFm() {
    RfmScore s = new RfmScore(5, 4, 3);
    assertThat(s.cell()).isEqualTo(543);
    assertThat(s.fm()).isEqualTo(4); // (4 + 3 + 1) / 2
    assertThat(new RfmScore(1, 1, 2).fm()).isEqualTo(2); // 1.5 rounds half up
  }

  @Test
  void new_rejectsOutOfRange() {
    assertThatThrownBy(() -> new RfmScore(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("r must be in [1, 9], but was 0");
    assertThatThrownBy(() -> new RfmScore(1, 10, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f must be in [1, 9], but was 10");
    assertThatThrownBy(() -> new RfmScore(1, 1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m must be in [1, 9], but was -1");
  }
}
