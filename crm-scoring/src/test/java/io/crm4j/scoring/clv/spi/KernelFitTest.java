package io.crm4j.scoring.clv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KernelFitTest {

  @Test
  void accessors_copyTheArrays() {
    double[] theta = {1, 2};
    KernelFit fit = new KernelFit(theta, -5, 10, 3, true, new double[] {0.1, 0.2}, 4);
    theta[0] = 99;
    fit.theta()[1] = 99;
    assertThat(fit.theta()).containsExactly(1.0, 2.0);
    assertThat(fit.hasStandardErrors()).isTrue();
    assertThat(fit).isEqualTo(new KernelFit(new double[] {1, 2}, -5, 10, 3, true, new double[] {0.1, 0.2}, 4))
        .hasSameHashCodeAs(new KernelFit(new double[] {1, 2}, -5, 10, 3, true, new double[] {0.1, 0.2}, 4));
    assertThat(fit.toString()).contains("passes=4");
    assertThat(new KernelFit(theta, -5, 10, 3, true, new double[0], 4).hasStandardErrors()).isFalse();
  }

  @Test
  void new_rejectsNonFiniteLogLikelihood() {
    assertThatThrownBy(() -> new KernelFit(new double[] {1}, Double.NaN, 1, 1, true, new double[0], 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("logLikelihood must be finite, but was NaN");
  }
}
