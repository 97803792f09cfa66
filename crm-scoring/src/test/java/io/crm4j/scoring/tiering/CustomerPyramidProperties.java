package io.crm4j.scoring.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class CustomerPyramidProperties {

  @Property
  void everyCustomerGetsOneTierMonotoneInProfit(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -1e4, max = 1e4) Double> profits) {
    double[] p = profits.stream().mapToDouble(Double::doubleValue).toArray();
    PyramidTier[] tiers = CustomerPyramid.ofDefaults().assign(p);
    assertThat(tiers).hasSize(p.length).doesNotContainNull();
    for (int i = 0; i < p.length; i++) {
      for (int j = 0; j < p.length; j++) {
        if (p[i] > p[j]) {
          assertThat(tiers[i]).isLessThanOrEqualTo(tiers[j]);
        } else if (p[i] == p[j]) {
          assertThat(tiers[i]).isEqualTo(tiers[j]);
        }
      }
    }
  }

  @Property
  void platinumHoldsAtMostItsShareWhenProfitsAreDistinct(@ForAll @Size(min = 1, max = 200) List<Integer> raw) {
    double[] p = raw.stream().distinct().mapToDouble(Integer::doubleValue).toArray();
    long platinum = java.util.Arrays.stream(CustomerPyramid.ofDefaults().assign(p))
        .filter(t -> t == PyramidTier.PLATINUM).count();
    // positions k/n below 1/20 exactly when 20k < n: k = 0 .. ceil(n/20) - 1, in integers
    assertThat(platinum).isEqualTo((p.length + 19) / 20);
  }
}
