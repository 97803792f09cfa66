package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerPyramidTest {

  @Test
  void assign_twentyCustomersWithDefaultCutPoints() {
    // profits 20, 19, ..., 1: the customer with profit p has 20 - p more profitable customers,
    // position (20 - p) / 20. Platinum: position < 0.05 -> p = 20; gold: < 0.20 -> p = 19..17;
    // iron: < 0.80 -> p = 16..5; lead: p = 4..1. Worked out by hand.
    double[] profits = new double[20];
    for (int i = 0; i < 20; i++) {
      profits[i] = 20 - i;
    }
    PyramidTier[] tiers = CustomerPyramid.ofDefaults().assign(profits);
    assertThat(tiers[0]).isEqualTo(PyramidTier.PLATINUM);
    assertThat(tiers[1]).isEqualTo(PyramidTier.GOLD);
    assertThat(tiers[3]).isEqualTo(PyramidTier.GOLD);
    assertThat(tiers[4]).isEqualTo(PyramidTier.IRON);
    assertThat(tiers[15]).isEqualTo(PyramidTier.IRON);
    assertThat(tiers[16]).isEqualTo(PyramidTier.LEAD);
    assertThat(tiers[19]).isEqualTo(PyramidTier.LEAD);
  }

  @Test
  void assign_negativeProfitsAndTies() {
    Map<String, Double> profits = new LinkedHashMap<>();
    profits.put("a", -50.0);
    profits.put("b", 500.0);
    profits.put("c", 500.0);
    profits.put("d", 10.0);
    // cut points 25 % / 50 % / 75 %: b and c have 0 more profitable (0 < .25: platinum);
    // d has 2 above (.5: not < .5, < .75: iron); a has 3 above (.75: lead)
    CustomerPyramid pyramid = CustomerPyramid.of(PyramidConfig.custom().cutPoints(0.25, 0.5, 0.75).build());
    assertThat(pyramid.assign(profits)).containsExactly(
        Map.entry("a", PyramidTier.LEAD), Map.entry("b", PyramidTier.PLATINUM),
        Map.entry("c", PyramidTier.PLATINUM), Map.entry("d", PyramidTier.IRON));
  }

  @Test
  void assign_rejectsBadInput() {
    CustomerPyramid p = CustomerPyramid.ofDefaults();
    assertThatThrownBy(() -> p.assign(new double[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profits must not be empty, but had length 0");
    assertThatThrownBy(() -> p.assign(new double[] {1, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("profits[1] must be a finite number, but was Infinity");
    assertThatThrownBy(() -> CustomerPyramid.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(p.config()).isSameAs(PyramidConfig.ofDefaults());
  }
}
