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

  @Test
  void digammaAndTrigamma_matchKnownValues() {
    double euler = 0.5772156649015329;
    // A&S 6.3.2-6.3.4 and 6.4.4: psi(1) = -gamma, psi(1/2) = -gamma - 2 ln 2,
    // psi(1/4) = -gamma - pi/2 - 3 ln 2, psi'(1) = pi^2/6, psi'(1/2) = pi^2/2,
    // psi'(1/4) = pi^2 + 8 G (Catalan's constant G = 0.915965594177219)
    assertThat(Special.digamma(1)).isCloseTo(-euler, within(1e-15));
    assertThat(Special.digamma(0.5)).isCloseTo(-euler - 2 * Math.log(2), within(1e-14));
    assertThat(Special.digamma(0.25)).isCloseTo(-euler - Math.PI / 2 - 3 * Math.log(2), within(1e-14));
    assertThat(Special.trigamma(1)).isCloseTo(Math.PI * Math.PI / 6, within(1e-14));
    assertThat(Special.trigamma(0.5)).isCloseTo(Math.PI * Math.PI / 2, within(1e-13));
    assertThat(Special.trigamma(0.25)).isCloseTo(Math.PI * Math.PI + 8 * 0.915965594177219, within(1e-13));
    // large arguments and agreement with commons-math3 (accurate to about 3e-9 in digamma)
    for (double x : new double[] {1e-3, 0.24, 2.5, 9.99, 10, 37.3, 1e4}) {
      assertThat(Special.digamma(x)).isCloseTo(org.apache.commons.math3.special.Gamma.digamma(x),
          within(5e-9 * Math.max(1, Math.abs(Special.digamma(x)))));
      assertThat(Special.trigamma(x)).isCloseTo(org.apache.commons.math3.special.Gamma.trigamma(x),
          within(5e-9 * Math.max(1, Special.trigamma(x))));
    }
  }
}
