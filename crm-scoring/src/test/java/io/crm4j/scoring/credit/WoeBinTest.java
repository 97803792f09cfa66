package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WoeBinTest {

  @Test
  void count_isGoodsPlusBads() {
    assertThat(new WoeBin("a", 3, 4, 0.1, 0.01).count()).isEqualTo(7);
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new WoeBin("a", -1, 4, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goods and bads must be >= 0, but were -1 and 4");
    assertThatThrownBy(() -> new WoeBin("a", 1, 4, Double.POSITIVE_INFINITY, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite");
  }
}
