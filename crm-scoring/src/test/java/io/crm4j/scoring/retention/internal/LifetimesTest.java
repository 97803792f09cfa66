package io.crm4j.scoring.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.crm4j.scoring.clv.internal.Special;
import org.junit.jupiter.api.Test;

class LifetimesTest {

  @Test
  void logGammaRatio_matchesMpmathOnBothSidesOfStirlingThreshold() {
    // mpmath 1.3, 40 digits: loggamma(x + a) - loggamma(x)
    assertThat(Lifetimes.logGammaRatio(9.9, 0.7)).isCloseTo(1.5942433491126722085, within(1e-14));
    assertThat(Lifetimes.logGammaRatio(10, 0.7)).isCloseTo(1.6013831162170480515, within(1e-14));
    assertThat(Lifetimes.logGammaRatio(10, 30)).isCloseTo(93.829932780561989515, within(1e-13));
    assertThat(Lifetimes.logGammaRatio(99.0, 1.5)).isCloseTo(6.8964549483368127061, within(1e-13));
    assertThat(Lifetimes.logGammaRatio(100, 0.5)).isCloseTo(2.3013350982022227792, within(1e-14));
    assertThat(Lifetimes.logGammaRatio(1e4, 0.5)).isCloseTo(4.6051576859880965764, within(1e-14));
    assertThat(Lifetimes.logGammaRatio(3.7e5, 2.3)).isCloseTo(29.488898095160922565, within(1e-13));
    assertThat(Lifetimes.logGammaRatio(1e9, 0.01)).isCloseTo(0.20723265836451411587, within(1e-15));
    assertThat(Lifetimes.logGammaRatio(2.5e12, 7.0)).isCloseTo(199.83118293462732291, within(1e-12));
  }

  @Test
  void logSurvival_isZeroAtZeroAndMatchesBetaRatio() {
    assertThat(Lifetimes.logSurvival(0.7, 1.2, 0)).isZero();
    assertThat(Lifetimes.logSurvival(0.7, 1.2, 3)).isCloseTo(Special.lnBeta(0.7, 4.2) - Special.lnBeta(0.7, 1.2),
        within(1e-14));
  }

  @Test
  void hyp2f1One_matchesGeneralSeries() {
    assertThat(Lifetimes.hyp2f1One(4.806, 5.474, 1 / 1.1)).isCloseTo(Special.hyp2f1(1, 4.806, 5.474, 1 / 1.1),
        withinPercentage(1e-12));
    assertThat(Lifetimes.hyp2f1One(2, 3, 0)).isEqualTo(1.0);
  }

  @Test
  void residual_geometricSurvival_isClosedForm() {
    // S(t) = r^t: Σ_j r^(1+j) x^j = r/(1 − r x)
    double r = 0.8;
    double x = 1 / 1.1;
    assertThat(Lifetimes.residual(t -> t * Math.log(r), 5, x)).isCloseTo(r / (1 - r * x), withinPercentage(1e-12));
    assertThat(Lifetimes.residual(t -> t == 0 ? 0 : Double.NEGATIVE_INFINITY, 0, x)).isZero();
  }
}
