package io.crm4j.scoring.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectationDisconfirmationTest {

  @Test
  void evaluate_strictByDefault() {
    ExpectationDisconfirmation m = ExpectationDisconfirmation.ofDefaults();
    assertThat(m.tolerance()).isZero();
    assertThat(m.evaluate(3.9, 4)).isEqualTo(Disconfirmation.DISSATISFIED);
    assertThat(m.evaluate(4, 4)).isEqualTo(Disconfirmation.SATISFIED);
    assertThat(m.evaluate(4.1, 4)).isEqualTo(Disconfirmation.DELIGHTED);
  }

  @Test
  void evaluate_toleranceBandIsInclusive() {
    ExpectationDisconfirmation m = ExpectationDisconfirmation.withTolerance(0.5);
    assertThat(m.evaluate(3.5, 4)).isEqualTo(Disconfirmation.SATISFIED);
    assertThat(m.evaluate(4.5, 4)).isEqualTo(Disconfirmation.SATISFIED);
    assertThat(m.evaluate(3.4, 4)).isEqualTo(Disconfirmation.DISSATISFIED);
    assertThat(m.evaluate(4.6, 4)).isEqualTo(Disconfirmation.DELIGHTED);
    assertThat(m.toString()).isEqualTo("ExpectationDisconfirmation[tolerance=0.5]");
  }

  @Test
  void withTolerance_rejectsBadValues() {
    assertThatThrownBy(() -> ExpectationDisconfirmation.withTolerance(-0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tolerance must be finite and >= 0, but was -0.1");
    assertThatThrownBy(() -> ExpectationDisconfirmation.withTolerance(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluate_rejectsNonFinite() {
    ExpectationDisconfirmation m = ExpectationDisconfirmation.ofDefaults();
    assertThatThrownBy(() -> m.evaluate(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("performance must be a finite number, but was NaN");
    assertThatThrownBy(() -> m.evaluate(1, Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectation must be a finite number, but was -Infinity");
  }
}
