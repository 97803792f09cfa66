package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.scoring.clv.BgNbdModel;
import io.crm4j.scoring.clv.ClvSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionWorklistTest {

  @Test
  void rank_handWorkedExample_ordersByValueAtRisk() {
    // value at risk: a 0.5*100 = 50, b 0.9*40 = 36, c 0.1*500 = 50, d 0*900 = 0, e 0.2*180 = 36
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(new String[] {"c", "b", "a", "d", "e"},
        new double[] {0.1, 0.9, 0.5, 0.0, 0.2}, new double[] {500, 40, 100, 900, 180}, 10);
    assertThat(list).extracting(RetentionWorklist.Entry::customerId).containsExactly("a", "c", "b", "e", "d");
    assertThat(list).extracting(RetentionWorklist.Entry::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(list.get(0).valueAtRisk()).isEqualTo(50.0);
    assertThat(list.get(0).index()).isEqualTo(2);
    assertThat(list.get(0).churnProbability()).isEqualTo(0.5);
    assertThat(list.get(0).value()).isEqualTo(100.0);
  }

  @Test
  void rank_topN_keepsTheFirstN() {
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(new String[] {"c", "b", "a", "d", "e"},
        new double[] {0.1, 0.9, 0.5, 0.0, 0.2}, new double[] {500, 40, 100, 900, 180}, 3);
    assertThat(list).extracting(RetentionWorklist.Entry::customerId).containsExactly("a", "c", "b");
    assertThat(RetentionWorklist.rank(new String[] {"a"}, new double[] {1}, new double[] {1}, 0)).isEmpty();
  }

  @Test
  void rank_summary_usesChurnRiskOverTheHorizon() {
    BgNbdModel model = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    ClvSummary s = ClvSummary.of(new int[] {0, 2}, new double[] {0, 30.43}, new double[] {38.86, 38.86});
    List<RetentionWorklist.Entry> list = RetentionWorklist.rank(ChurnRisk.of(model), 52, s, new double[] {100, 100}, 5);
    // P(churn within 52 weeks) from ChurnRiskTest's mpmath values: 0.0561284..., 0.4683538...
    assertThat(list.get(0).customerId()).isEqualTo("2");
    assertThat(list.get(0).valueAtRisk()).isCloseTo(46.835381058369933, within(1e-9));
    assertThat(list.get(1).valueAtRisk()).isCloseTo(5.6128418365055717, within(1e-9));
  }

  @Test
  void subscriberChurnProbability_sbg_isOneMinusSurvivalRatio() {
    SbgModel m = SbgModel.of(0.668, 3.806);
    // S(t) of the sBG: S(t) = B(α, β + t)/B(α, β); 1 - S(9)/S(7) computed from the model's survival
    double expected = 1 - m.survival(9) / m.survival(7);
    assertThat(RetentionWorklist.subscriberChurnProbability(m, 7, 2)).isCloseTo(expected, within(1e-15));
    // one period: 1 - r(8), the churn among those active in period 8 (retention rate r(t) = (β + t - 1)/(α + β + t - 1))
    assertThat(RetentionWorklist.subscriberChurnProbability(m, 7, 1))
        .isCloseTo(1 - (3.806 + 7) / (0.668 + 3.806 + 7), within(1e-12));
    assertThat(RetentionWorklist.subscriberChurnProbability(m, 7, 0)).isEqualTo(0.0);
  }

  @Test
  void rank_badInput_throwsNamingTheParameter() {
    String[] ids = {"a", "b"};
    assertThatThrownBy(() -> RetentionWorklist.rank(ids, new double[] {0.5}, new double[] {1, 2}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equal lengths");
    assertThatThrownBy(() -> RetentionWorklist.rank(ids, new double[] {0.5, 1.5}, new double[] {1, 2}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("churnProbability[1] must be in [0, 1], but was 1.5");
    assertThatThrownBy(() -> RetentionWorklist.rank(ids, new double[] {0.5, 0.5}, new double[] {1, Double.NaN}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value[1] must be finite and >= 0, but was NaN");
    assertThatThrownBy(() -> RetentionWorklist.rank(ids, new double[] {0.5, 0.5}, new double[] {1, 2}, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("top must be >= 0, but was -1");
    assertThatThrownBy(() -> RetentionWorklist.subscriberChurnProbability(SbgModel.of(1, 1), -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("renewals must be >= 0, but was -1");
    assertThatThrownBy(() -> RetentionWorklist.subscriberChurnProbability(SbgModel.of(1, 1), 1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods must be >= 0, but was -1");
    ClvSummary s = ClvSummary.of(new int[] {0}, new double[] {0}, new double[] {1});
    assertThatThrownBy(() -> RetentionWorklist.rank(ChurnRisk.of(BgNbdModel.of(1, 1, 1, 1)), 1, s, new double[2], 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must have 1 entries, but had 2");
  }
}
