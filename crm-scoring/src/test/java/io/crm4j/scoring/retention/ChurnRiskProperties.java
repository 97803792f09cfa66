package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.MbgNbdModel;
import io.crm4j.scoring.clv.ParetoNbdModel;
import io.crm4j.scoring.clv.PurchaseModel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link ChurnRisk}: a probability, never NaN, non-decreasing in the horizon. */
class ChurnRiskProperties {

  @Property(tries = 300)
  void probabilityChurned_isAProbabilityNonDecreasingInTheHorizon(
      @ForAll @DoubleRange(min = 0.05, max = 20) double r, @ForAll @DoubleRange(min = 0.1, max = 100) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 20) double a, @ForAll @DoubleRange(min = 0.05, max = 20) double b,
      @ForAll @IntRange(min = 0, max = 300) int x, @ForAll @DoubleRange(min = 0, max = 1) double recencyShare,
      @ForAll @DoubleRange(min = 0, max = 200) double age, @ForAll @DoubleRange(min = 0, max = 500) double horizon) {
    double tx = x == 0 ? 0 : recencyShare * age;
    List<PurchaseModel> models = List.of(BgNbdModel.of(r, alpha, a, b), MbgNbdModel.of(r, alpha, a, b),
        ParetoNbdModel.of(r, alpha, a, b));
    for (PurchaseModel m : models) {
      ChurnRisk risk = ChurnRisk.of(m);
      double now = risk.probabilityChurned(horizon, x, tx, age);
      double later = risk.probabilityChurned(horizon * 2 + 1, x, tx, age);
      assertThat(now).as(m.toString()).isBetween(0.0, 1.0);
      assertThat(later).as(m.toString()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(now - 1e-12);
      assertThat(risk.probabilityChurned(0, x, tx, age)).as(m.toString())
          .isCloseTo(1 - m.probabilityAlive(x, tx, age), org.assertj.core.api.Assertions.within(1e-15));
    }
  }
}
