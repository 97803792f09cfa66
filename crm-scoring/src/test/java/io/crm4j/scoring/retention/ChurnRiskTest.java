package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reference values: the CDNOW BG/NBD estimates of Fader, Hardie &amp; Lee (2005), r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426 (weeks), and the CDNOW Pareto/NBD estimates r = 0.553,
 * α = 10.578, s = 0.606, β = 11.669 (Fader, Hardie &amp; Lee 2005, "A note on implementing the
 * Pareto/NBD model"). The BG/NBD and MBG/NBD conditional survivals were computed with mpmath
 * (30 digits) by direct quadrature of E[((α+T)/(α+T+ph))^(r+x)] over p ~ beta(a, b+x(+1)),
 * {@code quad(p^(a-1)(1-p)^(b'-1)((al+T)/(al+T+p h))^(r+x), [0, 0.5, 1]) / B(a, b')}, which
 * agreed with mpmath's hyp2f1(r+x, a; a+b'; -h/(α+T)) to 1e-26. The Pareto/NBD survival and the
 * BG/NBD one are also checked against a simulation of the models' own story.
 */
class ChurnRiskTest {

  private static final BgNbdModel BG = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
  private static final MbgNbdModel MBG = MbgNbdModel.of(0.243, 4.414, 0.793, 2.426);
  private static final ParetoNbdModel PARETO = ParetoNbdModel.of(0.553, 10.578, 0.606, 11.669);

  @Test
  void conditionalSurvival_bgNbd_matchesMpmathQuadrature() {
    ChurnRisk risk = ChurnRisk.of(BG);
    assertThat(risk.conditionalSurvival(52, 0, 38.86)).isCloseTo(0.94387158163494428, within(1e-12));
    assertThat(risk.conditionalSurvival(52, 2, 38.86)).isCloseTo(0.73171190468399218, within(1e-12));
    assertThat(risk.conditionalSurvival(26, 10, 38.86)).isCloseTo(0.73963442550931854, within(1e-12));
    assertThat(risk.conditionalSurvival(104, 5, 70)).isCloseTo(0.60953594741055233, within(1e-12));
    assertThat(risk.conditionalSurvival(1000, 0, 1)).isCloseTo(0.46270079235917039, within(1e-12));
  }

  @Test
  void probabilityChurned_bgNbd_matchesMpmath() {
    ChurnRisk risk = ChurnRisk.of(BG);
    assertThat(risk.probabilityChurned(52, 0, 0, 38.86)).isCloseTo(0.056128418365055717, within(1e-12));
    assertThat(risk.probabilityChurned(52, 2, 30.43, 38.86)).isCloseTo(0.46835381058369933, within(1e-12));
    assertThat(risk.probabilityChurned(26, 10, 35, 38.86)).isCloseTo(0.37357297860574556, within(1e-12));
    assertThat(risk.probabilityChurned(104, 5, 10, 70)).isCloseTo(0.99909750407650193, within(1e-12));
  }

  @Test
  void probabilityChurned_mbgNbd_matchesMpmath() {
    ChurnRisk risk = ChurnRisk.of(MBG);
    assertThat(risk.probabilityChurned(52, 0, 0, 38.86)).isCloseTo(0.39118821996358576, within(1e-12));
    assertThat(risk.probabilityChurned(52, 2, 30.43, 38.86)).isCloseTo(0.40869839460190284, within(1e-12));
  }

  @Test
  void probabilityAlive_zeroHorizon_isModelsProbabilityAlive() {
    for (var model : new io.crm4j.scoring.clv.PurchaseModel[] {BG, MBG, PARETO}) {
      ChurnRisk risk = ChurnRisk.of(model);
      assertThat(risk.model()).isSameAs(model);
      assertThat(risk.probabilityAlive(0, 3, 20, 38)).isEqualTo(model.probabilityAlive(3, 20, 38));
    }
  }

  @Test
  void conditionalSurvival_paretoNbd_isClosedForm() {
    // ((β+T)/(β+T+h))^s with β = 11.669, T = 38.86, h = 52, s = 0.606
    double expected = Math.pow((11.669 + 38.86) / (11.669 + 38.86 + 52), 0.606);
    assertThat(ChurnRisk.of(PARETO).conditionalSurvival(52, 4, 38.86)).isCloseTo(expected, within(1e-14));
    assertThat(ChurnRisk.of(PARETO).probabilityChurned(52, 4, 30, 38.86))
        .isCloseTo(1 - PARETO.probabilityAlive(4, 30, 38.86) * expected, within(1e-14));
  }

  /**
   * Simulates 200 000 customers of each model for T = 30, then h = 20 more, and compares the
   * share of those with x = 1 (any t_x) still alive at T + h with the mean predicted
   * P(alive at T + h); the standard error of a share near 0.5 over the ~20 000 such customers is
   * about 0.0035, so 0.015 is over four standard errors.
   */
  @Test
  void probabilityAlive_simulatedCustomers_agreeWithinMonteCarloError() {
    assertThat(simulatedGap(BG, false)).isLessThan(0.015);
    assertThat(simulatedGap(PARETO, true)).isLessThan(0.015);
  }

  private static double simulatedGap(io.crm4j.scoring.clv.PurchaseModel model, boolean pareto) {
    ChurnRisk risk = ChurnRisk.of(model);
    SplittableRandom rnd = new SplittableRandom(19);
    double age = 30;
    double horizon = 20;
    int n = 0;
    int alive = 0;
    double predicted = 0;
    for (int i = 0; i < 200_000; i++) {
      double lambda = gamma(rnd, pareto ? PARETO.r() : BG.r()) / (pareto ? PARETO.alpha() : BG.alpha());
      double death;
      int x = 0;
      double tx = 0;
      double t = 0;
      if (pareto) {
        double mu = gamma(rnd, PARETO.s()) / PARETO.beta();
        death = -Math.log(1 - rnd.nextDouble()) / mu;
        while (true) {
          t += -Math.log(1 - rnd.nextDouble()) / lambda;
          if (t > Math.min(death, age)) {
            break;
          }
          x++;
          tx = t;
        }
      } else {
        double ga = gamma(rnd, BG.a());
        double p = ga / (ga + gamma(rnd, BG.b()));
        death = Double.POSITIVE_INFINITY;
        while (true) {
          t += -Math.log(1 - rnd.nextDouble()) / lambda;
          if (t > age + horizon) {
            break;
          }
          if (t <= age) {
            x++;
            tx = t;
          }
          if (rnd.nextDouble() < p) {
            death = t;
            break;
          }
        }
      }
      if (x == 1) {
        n++;
        alive += death > age + horizon ? 1 : 0;
        predicted += risk.probabilityAlive(horizon, 1, tx, age);
      }
    }
    assertThat(n).isGreaterThan(10_000);
    return Math.abs(alive / (double) n - predicted / n);
  }

  /** Marsaglia-Tsang gamma(shape, 1), with the shape &lt; 1 boost. */
  private static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = rnd.nextGaussian();
      double v = Math.pow(1 + c * z, 3);
      if (v > 0 && Math.log(rnd.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  @Test
  void probabilityChurned_summary_matchesSingleCalls() {
    ClvSummary s = ClvSummary.of(new int[] {0, 2, 7}, new double[] {0, 30.43, 35}, new double[] {38.86, 38.86, 38.86});
    for (var model : new io.crm4j.scoring.clv.PurchaseModel[] {BG, MBG, PARETO}) {
      double[] bulk = ChurnRisk.of(model).probabilityChurned(52, s);
      for (int i = 0; i < 3; i++) {
        assertThat(bulk[i]).isEqualTo(ChurnRisk.of(model).probabilityChurned(52, s.frequency(i), s.recency(i), s.age(i)));
      }
    }
  }

  @Test
  void probabilityChurned_extremeHorizon_staysInUnitInterval() {
    double p = ChurnRisk.of(BG).probabilityChurned(1e5, 0, 0, 0.0);
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(ChurnRisk.of(BG).probabilityChurned(1e5, 0, 0, 0.0)).isGreaterThan(
        ChurnRisk.of(BG).probabilityChurned(1e3, 0, 0, 0.0));
  }

  @Test
  void of_badInput_throwsNamingTheParameter() {
    assertThatThrownBy(() -> ChurnRisk.of(null)).isInstanceOf(NullPointerException.class).hasMessage("model");
    ChurnRisk risk = ChurnRisk.of(BG);
    assertThatThrownBy(() -> risk.probabilityChurned(-1, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("horizon must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> risk.probabilityChurned(Double.NaN, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
    assertThatThrownBy(() -> risk.probabilityChurned(1, 2, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency must be <= T");
    assertThatThrownBy(() -> risk.conditionalSurvival(1, -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frequency must be >= 0, but was -1");
    assertThatThrownBy(() -> risk.conditionalSurvival(1, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("T must be finite and >= 0, but was Infinity");
    assertThat(risk.toString()).isEqualTo("ChurnRisk[bgnbd]");
  }
}
