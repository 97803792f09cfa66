package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LikertScaleTest {

  @Test
  void ofDefaults_isTheFiveLevelScale() {
    LikertScale s = LikertScale.ofDefaults();
    assertThat(s.levels()).isEqualTo(5);
    assertThat(s.points()).containsExactly(0.0, 30.0, 60.0, 80.0, 100.0);
    assertThat(s.pointsOf(5)).isEqualTo(100);
    assertThat(s.pointsOf(1)).isEqualTo(0);
    assertThat(s.toString()).isEqualTo("LikertScale[0.0, 30.0, 60.0, 80.0, 100.0]");
  }

  @Test
  void meanPoints_averagesAnswers() {
    // 100 + 80 + 30 = 210, / 3 = 70
    assertThat(LikertScale.ofDefaults().meanPoints(new int[] {5, 4, 2})).isCloseTo(70, within(1e-12));
    assertThat(LikertScale.ofPoints(1, 2, 3).meanPoints(new int[] {1, 3})).isCloseTo(2, within(1e-12));
  }

  @Test
  void ofPoints_rejectsBadScales() {
    assertThatThrownBy(() -> LikertScale.ofPoints(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must have at least 2 levels, but had 1");
    assertThatThrownBy(() -> LikertScale.ofPoints(1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must increase strictly, but points[1] = 1.0 <= points[0] = 1.0");
    assertThatThrownBy(() -> LikertScale.ofPoints(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points[1] must be a finite number, but was NaN");
  }

  @Test
  void pointsOf_rejectsOutOfRange() {
    assertThatThrownBy(() -> LikertScale.ofDefaults().pointsOf(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must be in [1, 5], but was 6");
    assertThatThrownBy(() -> LikertScale.ofDefaults().meanPoints(new int[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers must not be empty, but had length 0");
  }
}
