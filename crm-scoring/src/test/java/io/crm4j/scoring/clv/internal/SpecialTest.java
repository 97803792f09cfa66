package io.crm4j.scoring.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialTest {

  @Test
  void hyp2f1_matchesClosedForms() {
    // 2F1(1, 1; 2; z) = -ln(1-z)/z (Abramowitz & Stegun 15.1.3)
    assertThat(Special.hyp2f1(1, 1, 2, 0.5)).isCloseTo(-Math.log(0.5) / 0.5, within(1e-14));
    assertThat(Special.hyp2f1(1, 1, 2, 0.99)).isCloseTo(-Math.log(0.01) / 0.99, within(1e-10));
    // negative argument through the Pfaff transformation: 2F1(1,1;2;-3) = ln(4)/3
    assertThat(Special.hyp2f1(1, 1, 2, -3)).isCloseTo(Math.log(4) / 3, within(1e-13));
    // 2F1(a, b; b; z) = (1-z)^-a (A&S 15.1.8)
    assertThat(Special.hyp2f1(2.5, 3, 3, 0.3)).isCloseTo(Math.pow(0.7, -2.5), within(1e-13));
    assertThatThrownBy(() -> Special.hyp2f1(1, 1, 2, 1)).hasMessage("z must be < 1, but was 1.0");
    assertThatThrownBy(() -> Special.hyp2f1(1, 1, -2, 0.1)).hasMessage("c must be > 0, but was -2.0");
  }

  @Test
  void hyp2f1TimesC_equalsCTimesSeriesAndIsFiniteAtCZero() {
    assertThat(Special.hyp2f1TimesC(1, 1, 2, 0.5)).isCloseTo(2 * Special.hyp2f1(1, 1, 2, 0.5), within(1e-13));
    // at c = 0 the limit of c 2F1(a, b; c; z) is a b z 2F1(a+1, b+1; 2; z)
    assertThat(Special.hyp2f1TimesC(0.5, 1.5, 0, 0.4))
        .isCloseTo(0.5 * 1.5 * 0.4 * Special.hyp2f1(1.5, 2.5, 2, 0.4), within(1e-13));
    assertThatThrownBy(() -> Special.hyp2f1TimesC(1, 1, -1, 0.1)).hasMessage("c must be > -1, but was -1.0");
    assertThatThrownBy(() -> Special.hyp2f1TimesC(1, 1, 1, -0.1)).hasMessage("z must be in [0, 1), but was -0.1");
  }

  @Test
  void logAddExp_isStable() {
    assertThat(Special.logAddExp(1000, 1000)).isCloseTo(1000 + Math.log(2), within(1e-12));
    assertThat(Special.logAddExp(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Special.lnBeta(2, 3)).isCloseTo(Math.log(1.0 / 12), within(1e-14));
  }

  @Test
  void paretoHyp_derivativesMatchDifferences() {
    double[] f = new double[4];
    double[] up = new double[4];
    double[] down = new double[4];
    ParetoNbdLikelihood.hyp(3.2, 1.6, 0.4, f);
    double h = 1e-6;
    ParetoNbdLikelihood.hyp(3.2 + h, 1.6, 0.4, up);
    ParetoNbdLikelihood.hyp(3.2 - h, 1.6, 0.4, down);
    assertThat(f[1]).isCloseTo((up[0] - down[0]) / (2 * h), within(1e-7));
    ParetoNbdLikelihood.hyp(3.2, 1.6 + h, 0.4, up);
    ParetoNbdLikelihood.hyp(3.2, 1.6 - h, 0.4, down);
    assertThat(f[2]).isCloseTo((up[0] - down[0]) / (2 * h), within(1e-7));
    ParetoNbdLikelihood.hyp(3.2, 1.6, 0.4 + h, up);
    ParetoNbdLikelihood.hyp(3.2, 1.6, 0.4 - h, down);
    assertThat(f[3]).isCloseTo((up[0] - down[0]) / (2 * h), within(1e-7));
    assertThat(f[0]).isCloseTo(Special.hyp2f1(3.2, 1.6, 4.2, 0.4), within(1e-13));
  }

  @Test
  void gaussLegendre_integratesPolynomialsExactly() {
    // ∫_0^2 x^5 dx = 64/6
    assertThat(GaussLegendre.integrate(x -> Math.pow(x, 5), 0, 2, 1)).isCloseTo(64.0 / 6, within(1e-12));
  }
}
