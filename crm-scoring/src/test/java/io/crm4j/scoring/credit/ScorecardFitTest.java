package io.crm4j.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardFitTest {

  @Test
  void new_keepsParts() {
    ScorecardFit fit = new ScorecardFit(ScorecardTest.handMade(), List.of(), -0.8, new ValidationReport(1, 0, 0.5, 0));
    assertThat(fit.intercept()).isEqualTo(-0.8);
    assertThat(fit.candidates()).isEmpty();
  }

  @Test
  void new_nulls_throw() {
    assertThatThrownBy(() -> new ScorecardFit(null, List.of(), 0, new ValidationReport(1, 0, 0.5, 0)))
        .isInstanceOf(NullPointerException.class).hasMessage("scorecard");
  }
}
