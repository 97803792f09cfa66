package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PointsScalingTest {

  @Test
  void ofDefaults_600At50To1Pdo20_givesPublishedFactorAndOffset() {
    // Published scaling example (issue 7; the same figures appear in Siddiqi, "Credit Risk Scorecards", Wiley 2006, section on scaling):
    // Factor = 20 / ln 2 = 28.8539; Offset = 600 - 28.8539 * ln 50 = 600 - 112.8771 = 487.123.
    PointsScaling s = PointsScaling.ofDefaults();
    assertThat(s.factor()).isCloseTo(28.8539, within(5e-5));
    assertThat(s.offset()).isCloseTo(487.123, within(5e-4));
  }

  @Test
  void score_doubledOdds_addsPdo() {
    PointsScaling s = new PointsScaling(20, 600, 50);
    assertThat(s.score(50)).isCloseTo(600, within(1e-9));
    assertThat(s.score(100)).isCloseTo(620, within(1e-9));
    assertThat(s.score(25)).isCloseTo(580, within(1e-9));
  }

  @Test
  void odds_ofBaseScore_isBaseOdds() {
    assertThat(PointsScaling.ofDefaults().odds(600)).isCloseTo(50, within(1e-9));
  }

  @Test
  void new_invalidInput_throws() {
    assertThatThrownBy(() -> new PointsScaling(0, 600, 50)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pdo must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> new PointsScaling(20, Double.NaN, 50)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseScore");
    assertThatThrownBy(() -> new PointsScaling(20, 600, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseOdds");
    assertThatThrownBy(() -> PointsScaling.ofDefaults().score(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("odds");
    assertThatThrownBy(() -> PointsScaling.ofDefaults().odds(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
    assertThatThrownBy(() -> PointsScaling.ofDefaults().odds(1e6))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite, non-zero odds");
  }

  @Property
  void score_odds_roundTrip(@ForAll @DoubleRange(min = 0.01, max = 1000) double odds) {
    PointsScaling s = PointsScaling.ofDefaults();
    assertThat(s.odds(s.score(odds))).isCloseTo(odds, within(odds * 1e-9));
  }

  @Test
  void eventProbability_defaultScaling_isOneOverOnePlusOdds() {
    // 600 points stand for good:bad odds 50:1, so P(bad) = 1 / 51; 620 points for 100:1, P(bad) = 1 / 101;
    // the offset (odds 1:1) for 1/2.
    PointsScaling s = PointsScaling.ofDefaults();
    assertThat(s.eventProbability(600)).isCloseTo(1 / 51.0, within(1e-12));
    assertThat(s.eventProbability(620)).isCloseTo(1 / 101.0, within(1e-12));
    assertThat(s.eventProbability(s.offset())).isCloseTo(0.5, within(1e-12));
    // far outside the odds a double can hold: 0 and 1, never NaN
    assertThat(s.eventProbability(1e6)).isZero();
    assertThat(s.eventProbability(-1e6)).isEqualTo(1.0);
    assertThatThrownBy(() -> s.eventProbability(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be finite, but was NaN");
  }
}
