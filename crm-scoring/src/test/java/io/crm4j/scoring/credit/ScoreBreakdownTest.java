package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreBreakdownTest {

  @Test
  void new_keepsParts() {
    ScoreBreakdown b = new ScoreBreakdown(510, 500, List.of(new ScoreBreakdown.Part("age", "[40, inf)", 10)));
    assertThat(b.parts()).hasSize(1);
  }

  @Test
  void part_nulls_throw() {
    assertThatThrownBy(() -> new ScoreBreakdown.Part("age", null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("bin");
  }
}
