package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.Kernels;
import org.junit.jupiter.api.Test;

class FitResultTest {

  @Test
  void of_namesTheStandardErrorsAfterTheKernelsParameters() {
    KernelFit fit = new KernelFit(new double[] {6.25, 3.74, 15.45}, -4055.9, 946, 5, true,
        new double[] {1.2, 0.3, 4.1}, 9);
    FitResult<GammaGammaModel> r = FitResult.of(Kernels.gammaGamma(), fit, 946,
        t -> GammaGammaModel.of(t[0], t[1], t[2]));
    assertThat(r.model()).isEqualTo(GammaGammaModel.of(6.25, 3.74, 15.45));
    assertThat(r.standardErrors()).containsExactly(
        java.util.Map.entry("p", 1.2), java.util.Map.entry("q", 0.3), java.util.Map.entry("gamma", 4.1));
    assertThat(r.logLikelihood()).isEqualTo(-4055.9);
    assertThat(r.customers()).isEqualTo(946);
    assertThat(r.iterations()).isEqualTo(5);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void of_withoutStandardErrorsHasNone() {
    KernelFit fit = new KernelFit(new double[] {6.25, 3.74, 15.45}, -4055.9, 946, 40, false, new double[0], 41);
    FitResult<GammaGammaModel> r = FitResult.of(Kernels.gammaGamma(), fit, 946,
        t -> GammaGammaModel.of(t[0], t[1], t[2]));
    assertThat(r.standardErrors()).isEmpty();
    assertThat(r.converged()).isFalse();
    assertThatThrownBy(() -> r.standardError("p")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("standard error of p must be available");
  }
}
