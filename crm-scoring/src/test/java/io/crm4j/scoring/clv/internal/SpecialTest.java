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
    // reference values from mpmath 1.3 (40 digits): mp.digamma(x), mp.psi(1, x)
    double[][] reference = {
        {1e-3, -1000.5755719318102797, 1000001.6425331958273},
        {0.24, -4.4061603457926036261, 18.571858181768831012},
        {2.5, 0.70315664064524318723, 0.49035775610023486497},
        {9.99, 2.250700372831201122, 0.10527695014824178439},
        {10, 2.2517525890667211076, 0.10516633568168574612},
        {37.3, 3.6055286087651183163, 0.027172241325139979993},
        {1e4, 9.2102903711428494036, 0.00010000500016666666633},
        {-0.5, 0.036489973978576520559, 8.9348022005446793094},
        {-2.75, -1.9590552649779970098, 19.433868949488464162}};
    for (double[] row : reference) {
      assertThat(Special.digamma(row[0])).as("digamma(%s)", row[0])
          .isCloseTo(row[1], within(1e-14 * Math.max(1, Math.abs(row[1]))));
      assertThat(Special.trigamma(row[0])).as("trigamma(%s)", row[0])
          .isCloseTo(row[2], within(1e-14 * Math.max(1, row[2])));
    }
    assertThat(Special.digamma(0)).isNaN();
    assertThat(Special.trigamma(Double.NaN)).isNaN();
  }

  @Test
  void lnGamma_matchesMpmath() {
    // mpmath 1.3 (40 digits): mp.loggamma(x); absolute error within 4e-15, relative within 1e-15
    double[][] reference = {
        {1e-300, 690.77552789821370518}, {1e-8, 18.420680738180208884}, {1e-3, 6.9071788853838536617},
        {0.1, 2.252712651734205902}, {0.5, 0.57236494292470008707}, {0.9, 0.066376239734742954426},
        {1, 0}, {1.5, -0.12078223763524522235}, {2, 0}, {2.5, 0.28468287047291915963},
        {3.7, 1.4280723266653881292}, {9.99, 12.77931521435019336}, {10, 12.801827480081469611},
        {10.5, 13.940625219403763633}, {37.3, 96.800127038023291234}, {171.5, 709.14316303092824227},
        {1e4, 82099.717496442377273}, {1e7, 151180949.36947391394}, {1e15, 33538776394910668.91},
        {1e300, 6.8977552789821374147e302}};
    for (double[] row : reference) {
      assertThat(Special.lnGamma(row[0])).as("lnGamma(%s)", row[0])
          .isCloseTo(row[1], within(Math.max(4e-15, 1e-15 * Math.abs(row[1]))));
    }
    assertThat(Special.lnGamma(0)).isNaN();
    assertThat(Special.lnGamma(-1.5)).isNaN();
  }
}
