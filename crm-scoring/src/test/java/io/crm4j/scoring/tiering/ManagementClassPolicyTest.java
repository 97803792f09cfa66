package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagementClassPolicyTest {

  @Test
  void classify_elevenCustomersWithDefaults() {
    // value - cost = profit, by hand: customer 0 costs more than it brings (-20) -> not worth
    // retaining. The other ten have profits 100, 90, ..., 10; with m = 10 retained, the customer
    // with k more profitable has position k / 10: key < .2 (k = 0, 1), ordinary < .5 (k = 2..4),
    // small otherwise (k = 5..9).
    double[] value = {30, 150, 130, 110, 90, 70, 50, 40, 30, 25, 15};
    double[] cost = {50, 50, 40, 30, 20, 10, 0, 0, 0, 5, 5};
    ManagementClass[] classes = ManagementClassPolicy.ofDefaults().classify(value, cost);
    assertThat(classes).containsExactly(ManagementClass.NOT_WORTH_RETAINING,
        ManagementClass.KEY, ManagementClass.KEY,
        ManagementClass.ORDINARY, ManagementClass.ORDINARY, ManagementClass.ORDINARY,
        ManagementClass.SMALL, ManagementClass.SMALL, ManagementClass.SMALL, ManagementClass.SMALL,
        ManagementClass.SMALL);
  }

  @Test
  void classify_minimumProfitMovesBorderline() {
    ManagementClassPolicy policy = ManagementClassPolicy.custom().minimumProfit(15).shares(0.5, 1.0).build();
    // profits 10 (below 15), 20, 40: retained m = 2 -> 40 key (0/2), 20 ordinary (1/2 = .5 < 1.0)
    assertThat(policy.classify(new double[] {10, 20, 40}, new double[] {0, 0, 0}))
        .containsExactly(ManagementClass.NOT_WORTH_RETAINING, ManagementClass.ORDINARY, ManagementClass.KEY);
  }

  @Test
  void classify_allBelowMinimum() {
    assertThat(ManagementClassPolicy.ofDefaults().classify(new double[] {1}, new double[] {2}))
        .containsExactly(ManagementClass.NOT_WORTH_RETAINING);
  }

  @Test
  void classify_rejectsBadInput() {
    ManagementClassPolicy p = ManagementClassPolicy.ofDefaults();
    assertThatThrownBy(() -> p.classify(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be empty, but had length 0");
    assertThatThrownBy(() -> p.classify(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("costToServe must have the length of value (1), but had 2");
    assertThatThrownBy(() -> p.classify(new double[] {1}, new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("costToServe[0] must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> p.classify(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value[0] must be a finite number, but was NaN");
  }

  @Test
  void custom_rejectsBadSettings() {
    assertThatThrownBy(() -> ManagementClassPolicy.custom().minimumProfit(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumProfit must be a finite number, but was NaN");
    assertThatThrownBy(() -> ManagementClassPolicy.custom().shares(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("keyTop must be in (0, 1), but was 0.0");
    assertThatThrownBy(() -> ManagementClassPolicy.custom().shares(0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ordinaryTop must be in (keyTop, 1]");
    assertThatThrownBy(() -> ManagementClassPolicy.from(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void from_copies() {
    ManagementClassPolicy p = ManagementClassPolicy.from(
        ManagementClassPolicy.custom().minimumProfit(-5).shares(0.1, 0.6).build()).build();
    assertThat(p.minimumProfit()).isEqualTo(-5);
    assertThat(p.keyTop()).isEqualTo(0.1);
    assertThat(p.ordinaryTop()).isEqualTo(0.6);
    assertThat(p.toString()).contains("keyTop=0.1");
  }
}
