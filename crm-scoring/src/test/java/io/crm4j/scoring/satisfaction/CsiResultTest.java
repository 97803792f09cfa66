package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsiResultTest {

  @Test
  void new_copiesItemScores() {
    Map<String, Double> scores = new HashMap<>(Map.of("a", 50.0));
    CsiResult r = new CsiResult(50, scores);
    scores.put("b", 1.0);
    assertThat(r.itemScores()).containsOnlyKeys("a");
  }

  @Test
  void new_rejectsNonFiniteIndex() {
    assertThatThrownBy(() -> new CsiResult(Double.NaN, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be a finite number, but was NaN");
  }
}
